"""What a start imports: a module set, never a time.

``import journal.app`` (every start, the command line's too) and the window's first paint must
not wait for the heavy libraries and the parts of the program they serve; each is imported
where it is first used. Each check runs in a new interpreter, so that what the test session
has imported already does not count.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent

NOT_ON_IMPORT = (
    "numpy",
    "pandas",
    "matplotlib",
    "PIL",
    "sqlite_utils",
    "journal.summary",
    "journal.exchange",
    "PySide6",
)
"""Not imported by ``import journal.app``: a command may need none of them (not even Qt)."""

NOT_BEFORE_FIRST_PAINT = (
    "numpy",
    "pandas",
    "matplotlib",
    "PIL",
    "journal.charts.chart",
    "journal.summary.blocks",
    "journal.summary.build",
    "journal.exchange.formats",
    "journal.exchange.archive",
    "journal.printing",
    "journal.ui.summary",
    "journal.ui.exchange",
    "cryptography",
    "dateutil.parser._parser",
    "journal.store.journal_contents",
    "journal.ui.flags.flag_process",
    "multiprocessing.context",
)
"""Not imported by the window's first paint: charts, pictures, the summary and the exchange;
the cipher of an encrypted journal's files (this one is plain), sqlite-utils' date guessing,
and the red flags' worker, started after the first paint."""

_FIRST_PAINT = """
import json, sys
from PySide6.QtWidgets import QApplication
from journal.app import create_window
window = create_window(sys.argv[1])
window.show()
QApplication.instance().processEvents()
typing = window.form.fields["pain_now"].widget.isEnabled()
print(json.dumps({"modules": sorted(sys.modules), "form": typing}))
window.close()
window.facade.close()
"""


def _run(code: str, tmp_path: Path, *args: str) -> dict:
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join([str(PROJECT), os.environ.get("PYTHONPATH", "")]),
        "QT_QPA_PLATFORM": "offscreen",
        # The settings of the window started here are the test's own.
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data-home"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def _loaded(modules: list[str], names: tuple[str, ...]) -> list[str]:
    """The ``names`` among ``modules``, a package counting when any of its modules is."""
    return [n for n in names if any(m == n or m.startswith(n + ".") for m in modules)]


def test_importing_the_entry_point_imports_no_heavy_library_nor_qt(tmp_path):
    found = _run(
        "import json, sys, journal.app; print(json.dumps({'modules': sorted(sys.modules)}))",
        tmp_path,
    )
    assert _loaded(found["modules"], NOT_ON_IMPORT) == []


def test_the_first_paint_imports_no_chart_picture_summary_or_exchange_code(tmp_path):
    found = _run(_FIRST_PAINT, tmp_path, str(tmp_path / "journal" / "journal.sqlite"))
    assert found["form"], "the check-in form is not there to type in"
    assert _loaded(found["modules"], NOT_BEFORE_FIRST_PAINT) == []


def test_the_first_paint_of_a_journal_with_photos_imports_no_picture_library(tmp_path):
    from datetime import date

    from picture_builders import picture

    from journal.lesions.lesion import Lesion, Region, Side
    from journal.store import open_journal

    path = tmp_path / "journal" / "journal.sqlite"
    with open_journal(path) as store:
        lesion = store.lesions.add_lesion(
            Lesion("Boil", Region.LOWER_BACK, Side.LEFT, date(2026, 1, 1))
        )
        store.photos.add_bytes(lesion.id, picture(), "boil.jpg", date(2026, 1, 2))
    found = _run(_FIRST_PAINT, tmp_path, str(path))
    assert _loaded(found["modules"], ("PIL", "numpy", "matplotlib")) == []
