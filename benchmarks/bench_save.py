"""Saving one check-in from the window, on a new journal and on ten years of them.

Three things a user feels, each a median of several saves in one window:

- the click on "Save check-in" until the timeline shows the new row;
- the longest the window stops answering while a save runs: a timer asks to run every
  5 ms, and the widest gap between its runs is the stall;
- the click until the red flags are found again over the whole journal.

Each stands beside a floor measured in the same run: a bare table whose button inserts one
row into SQLite (committed to disk, as ours is) and into a plain Qt model shown in a view; for
the stall, the same probe while that bare save runs. Saves should cost what changed, not what
the journal holds: the limits are 30 ms to the row, no stall over 100 ms, and the flags within
half a second, on ten years as on a new journal.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks.bench_window import _ten_years
from benchmarks.timing import Result, median
from journal.store import open_journal

SAVES = 7
PROBE_MS = 5
SETTLE_S = 3.0  # the longest we wait for the flags before calling a save lost


class _StallProbe:
    """A timer asking to run every few ms; the widest gap between its runs is the stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(PROBE_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.widest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.widest = max(self.widest, now - self._last)
        self._last = now

    def start(self) -> None:
        self.widest = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        self._tick()  # a stall that lasts to the end counts too
        self._timer.stop()
        return self.widest


def _until(done: Callable[[], bool], app) -> None:
    """Run the event loop until ``done()``; gives up after SETTLE_S."""
    give_up = time.perf_counter() + SETTLE_S
    while not done() and time.perf_counter() < give_up:
        app.processEvents()
        time.sleep(0.0005)


def _idle(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def _ours(path: Path, app) -> tuple[list[float], list[float], list[float]]:
    """Row shown, widest stall and flags found, in seconds, for SAVES saves (one warm-up)."""
    from journal.app import create_window

    window = create_window(path)
    window.resize(1280, 820)
    window.show()
    _idle(app, 0.3)
    model = window.timeline.model
    flags = window.flags_page.flags
    button = window.form.save_button
    pain = window.form.fields["pain_now"].widget
    probe = _StallProbe()
    row, stall, found = [], [], []
    flagged: list[float] = []
    flags.changed.connect(lambda: flagged.append(time.perf_counter()))
    for attempt in range(SAVES + 1):
        flagged.clear()
        pain.setText(str(attempt % 10))
        rows = model.rowCount()
        probe.start()
        start = time.perf_counter()
        button.click()
        _until(lambda rows=rows: model.rowCount() > rows, app)
        shown = time.perf_counter()
        _until(lambda: bool(flagged), app)
        _idle(app, 0.05)  # a stall just after the flags counts too
        widest = probe.stop()
        if attempt == 0:
            continue  # the first save warms caches and imports
        row.append(shown - start)
        stall.append(widest)
        found.append((flagged[0] if flagged else time.perf_counter()) - start)
        _idle(app, 0.05)
    window.close()
    window.deleteLater()
    _idle(app, 0.1)
    return row, stall, found


def _floor(folder: Path, app) -> tuple[list[float], list[float]]:
    """A bare Qt table whose button commits one row to SQLite and shows it."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QPushButton, QTableView, QVBoxLayout, QWidget

    conn = sqlite3.connect(folder / "floor.sqlite")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE c (id INTEGER PRIMARY KEY, t TEXT, pain REAL)")
    model = QStandardItemModel(0, 3)
    widget = QWidget()
    table = QTableView(widget)
    table.setModel(model)
    button = QPushButton("Save", widget)
    layout = QVBoxLayout(widget)
    layout.addWidget(table)
    layout.addWidget(button)

    def save() -> None:
        with conn:
            cursor = conn.execute("INSERT INTO c (t, pain) VALUES (?, ?)", ("now", 3.0))
        model.insertRow(0, [QStandardItem(str(cursor.lastrowid)), QStandardItem("3")])

    button.clicked.connect(save)
    widget.resize(1280, 820)
    widget.show()
    _idle(app, 0.2)
    probe = _StallProbe()
    row, stall = [], []
    for _ in range(SAVES):
        rows = model.rowCount()
        probe.start()
        start = time.perf_counter()
        button.click()
        _until(lambda rows=rows: model.rowCount() > rows, app)
        row.append(time.perf_counter() - start)
        _idle(app, 0.05)
        stall.append(probe.stop())
    widget.close()
    conn.close()
    return row, stall


def _results(label: str, ours, floor) -> list[Result]:
    row, stall, found = ours
    floor_row, floor_stall = floor
    bare = "a bare table saving one row"
    return [
        Result(
            f"save a check-in on {label}: row shown",
            median(row),
            median(floor_row),
            bare,
            30.0,
            limit=0.030,
        ),
        Result(
            f"save a check-in on {label}: longest stall (worst of {SAVES})",
            max(stall),
            median(floor_stall),
            "the probe during a bare save",
            10.0,
            limit=0.100,
        ),
        Result(
            f"save a check-in on {label}: flags found",
            median(found),
            median(floor_row),
            bare,
            300.0,
            limit=0.500,
        ),
    ]


def run() -> list[Result]:
    from PySide6.QtWidgets import QApplication

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        os.environ.setdefault("XDG_CONFIG_HOME", name)  # leave the user's settings alone
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication.instance() or QApplication([])
        empty = folder / "new.sqlite"
        open_journal(empty).close()
        ten_years = folder / "ten-years.sqlite"
        _ten_years(ten_years)
        floor = _floor(folder, app)
        results = _results("a new journal", _ours(empty, app), floor)
        results += _results("10 years (3,650 days × 4 check-ins)", _ours(ten_years, app), floor)
        return results


if __name__ == "__main__":
    for result in run():
        print(result.line(), flush=True)
