"""Opening the window on ten years of check-ins, against a bare Qt window in the same run.

Both run in a fresh interpreter, so imports count: that is what a user waits for. The
targets stand for "under half a second" on a new journal and "under a second" on ten years
here: the store's library alone (sqlite-utils, which imports numpy) takes ~85 ms to import,
and the window builds five pages; ten years add reading 14,600 check-ins once and finding
the red flags.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.bench_checkins import _checkins
from benchmarks.timing import Result
from journal.store import open_journal

PER_DAY = 4

_BARE = """
import time; start = time.perf_counter()
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([]); window = QMainWindow(); window.resize(1280, 820); window.show()
app.processEvents(); print(time.perf_counter() - start)
"""

_OURS = """
import sys, time; start = time.perf_counter()
from PySide6.QtWidgets import QApplication
from journal.app import create_window
app = QApplication([]); window = create_window(sys.argv[1]); window.show()
app.processEvents(); print(time.perf_counter() - start)
"""


def _seconds(code: str, *args: str, repeats: int = 3) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    best = float("inf")
    for _ in range(repeats):
        done = subprocess.run(
            [sys.executable, "-c", code, *args], capture_output=True, text=True, env=env, check=True
        )
        best = min(best, float(done.stdout.strip().splitlines()[-1]))
    return best


def _ten_years(path: Path) -> None:
    daily = _checkins()
    with open_journal(path) as store:
        for slot in range(PER_DAY):
            hours = 4 * slot
            store.checkins.add_many(
                c.__class__(c.taken_at.replace(hour=7 + hours), c.values) for c in daily
            )


def run() -> list[Result]:
    with tempfile.TemporaryDirectory() as folder:
        os.environ.setdefault("XDG_CONFIG_HOME", folder)  # leave the user's settings alone
        path = Path(folder) / "ten-years.sqlite"
        _ten_years(path)
        empty = Path(folder) / "empty.sqlite"
        open_journal(empty).close()
        bare = _seconds(_BARE)
        return [
            Result(
                "open the window on a new journal",
                _seconds(_OURS, str(empty)),
                bare,
                "a bare Qt window",
                8.0,
            ),
            Result(
                "open the window on 10 years (3,650 days × 4 check-ins)",
                _seconds(_OURS, str(path)),
                bare,
                "a bare Qt window",
                12.0,
            ),
        ]
