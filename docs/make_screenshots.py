"""Regenerate the screenshots in docs/ from the demo journal (``make screenshots``).

Runs offscreen; the demo journal is written to a temporary folder and removed afterwards.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from journal.app import create_window  # noqa: E402
from journal.store.demo_writer import write_demo  # noqa: E402

DOCS = Path(__file__).resolve().parent


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CONFIG_HOME"] = folder  # leave the user's window settings alone
        path = Path(folder) / "demo.sqlite"
        write_demo(path, end=date.today()).close()
        window = create_window(path, is_demo=True)
        window.resize(1280, 820)
        window.show()
        QApplication.processEvents()
        window.grab().save(str(DOCS / "screenshot-journal.png"))

        window.form.fields["pain_now"].widget.setText("6")
        window.form.fields["temperature"].widget.setText("47")
        window.form.save()
        QApplication.processEvents()
        window.grab().save(str(DOCS / "screenshot-error.png"))
        for extra in getattr(window, "screenshot_pages", lambda: [])():
            name, widget = extra
            window.pages.setCurrentWidget(widget)
            QApplication.processEvents()
            window.grab().save(str(DOCS / f"screenshot-{name}.png"))
        window.close()
        window.facade.close()
    print(f"screenshots written to {DOCS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
