"""Regenerate the screenshots in docs/ from the demo journal (``make screenshots``).

Runs offscreen; the demo journal is written to a temporary folder and removed afterwards.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QComboBox

from journal.app import _application, create_window
from journal.store.demo_writer import write_demo
from journal.ui.flags.flags_settings import ThresholdsDialog
from journal.ui.shell.welcome import WelcomeDialog

DOCS = Path(__file__).resolve().parent


def _settle(seconds: float = 0.6) -> None:
    """Let queued work (chart drawing, thumbnails loaded off the UI thread) finish."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)


def _shoot(widget, name: str) -> None:
    _settle()
    widget.grab().save(str(DOCS / f"screenshot-{name}.png"))


def _pick_range(window, text: str) -> None:
    combo = next(c for c in window.trends.findChildren(QComboBox) if c.accessibleName() == "Range")
    combo.setCurrentIndex(combo.findText(text))


def _summary_page(journal: Path, folder: Path) -> None:
    """Page 1 of the demo's summary, made by the command line and rendered by poppler."""
    pdf = folder / "summary.pdf"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-m", "journal", "summary", "--journal", str(journal)]
    subprocess.run([*command, "--name", "Ana Lima", "-o", str(pdf)], check=True, env=env)
    out = folder / "page"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", str(pdf), str(out)], check=True
    )
    (rendered,) = folder.glob("page*.png")
    shutil.copyfile(rendered, DOCS / "summary-page-1.png")


def _german(path: Path) -> None:
    """The journal page and the red flags in German, the second language."""
    from journal.ui.shell.language import install_language

    os.environ["SYMPTOM_JOURNAL_LANGUAGE"] = "de"
    install_language(QApplication.instance())
    window = create_window(path, is_demo=True)
    window.resize(1280, 860)
    window.show()
    _shoot(window, "journal-de")
    window.pages.setCurrentWidget(window.flags_page)
    _shoot(window, "flags-de")
    window.close()
    window.facade.close()
    os.environ["SYMPTOM_JOURNAL_LANGUAGE"] = "en"
    install_language(QApplication.instance())


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CONFIG_HOME"] = folder  # leave the user's window settings alone
        path = Path(folder) / "demo.sqlite"
        write_demo(path, end=date.today()).close()
        _application()
        welcome = WelcomeDialog(Path.home() / ".local/share/SymptomJournal/journal.sqlite")
        welcome.show()
        _shoot(welcome, "welcome")
        welcome.close()
        window = create_window(path, is_demo=True)
        window.resize(1280, 860)
        window.show()
        _shoot(window, "journal")

        window.form.fields["pain_now"].widget.setText("6")
        window.form.fields["temperature"].widget.setText("47")
        window.form.save()
        _shoot(window, "error")
        window.form.clear()

        window.pages.setCurrentWidget(window.lesions_page)
        _shoot(window, "lesions")
        window.pages.setCurrentWidget(window.care_page)
        for index in range(window.care_page.tabs.count()):
            window.care_page.tabs.setCurrentIndex(index)
            _shoot(window, f"care-{index + 1}")
        window.pages.setCurrentWidget(window.trends)
        _pick_range(window, "30 days")
        _shoot(window, "trends-30-days")
        _pick_range(window, "All")
        _shoot(window, "trends-all")
        window.pages.setCurrentWidget(window.flags_page)
        _shoot(window, "flags")
        settings = ThresholdsDialog(window.flags_page.flags.thresholds(), parent=window)
        settings.show()
        _shoot(settings, "flag-settings")
        settings.close()
        window.close()
        window.facade.close()
        _german(path)
        _summary_page(path, Path(folder))
    print(f"screenshots written to {DOCS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
