"""Saving one check-in from the window, on each journal.

Three things a user feels, each over several saves in one window (after one warm-up save):

- the click on "Save check-in" until the timeline shows the new row;
- the longest the window stops answering while a save runs (the timer probe);
- the click until the red flags are found again over the whole journal.

Each stands beside a floor measured in the same run: a bare table whose button inserts one
row into SQLite (WAL, synchronous=FULL, committed, as ours is) and into a plain Qt model
shown in a view; for the stall, the same probe while that bare save runs. Saves should cost
what changed, not what the journal holds: targets 30 ms to the row and no stall over 100 ms,
at every size.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.event_loop import StallProbe, application, idle, wait_until
from benchmarks.suite import Suite
from benchmarks.timing import Figure, Runs, Target, repeats


def _ours(path: Path) -> tuple[Runs, Runs, Runs]:
    """Row shown, widest stall and flags found, in seconds, over several saves."""
    from journal.app import create_window

    window = create_window(path)
    window.resize(1280, 820)
    window.show()
    idle(0.5)
    wait_until(lambda: not window.flags_page.flags.is_checking())
    model = window.timeline.model
    flags = window.flags_page.flags
    button = window.form.save_button
    pain = window.form.fields["pain_now"].widget
    probe = StallProbe()
    row, stall, found = [], [], []
    flagged: list[float] = []
    flags.changed.connect(lambda: flagged.append(time.perf_counter()))
    for attempt in range(repeats() + 1):
        flagged.clear()
        pain.setText(str(attempt % 10))
        rows = model.rowCount()
        probe.start()
        start = time.perf_counter()
        button.click()
        wait_until(lambda rows=rows: model.rowCount() > rows)
        shown = time.perf_counter()
        wait_until(lambda: bool(flagged) and not flags.is_checking())
        idle(0.05)  # a stall just after the flags counts too
        widest = probe.stop()
        if attempt == 0:
            continue  # the first save warms caches and imports
        row.append(shown - start)
        stall.append(widest)
        found.append((flagged[-1] if flagged else time.perf_counter()) - start)
        idle(0.05)
    window.close()
    window.deleteLater()
    idle(0.1)
    return Runs.of(row), Runs.of(stall), Runs.of(found)


def _floor(folder: Path) -> tuple[Runs, Runs]:
    """A bare Qt table whose button commits one row to SQLite and shows it."""
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QPushButton, QTableView, QVBoxLayout, QWidget

    conn = sqlite3.connect(folder / "floor.sqlite")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS c (id INTEGER PRIMARY KEY, t TEXT, pain REAL)")
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
    idle(0.2)
    probe = StallProbe()
    row, stall = [], []
    for _ in range(repeats()):
        rows = model.rowCount()
        probe.start()
        start = time.perf_counter()
        button.click()
        wait_until(lambda rows=rows: model.rowCount() > rows)
        row.append(time.perf_counter() - start)
        idle(0.05)
        stall.append(probe.stop())
    widget.close()
    conn.close()
    return Runs.of(row), Runs.of(stall)


def run(suite: Suite) -> Iterator[Figure]:
    application()
    folder = suite.folder("save")
    floor_row, floor_stall = _floor(folder)
    bare = "bare table: sqlite insert + commit (WAL, FULL)"
    for journal in suite.journals:
        row, stall, found = _ours(journal.copy_to(folder))
        yield Figure(
            "save a check-in: row shown", journal.label, row, floor_row, bare, Target(limit=0.030)
        )
        yield Figure(
            "save a check-in: longest UI stall",
            journal.label,
            stall,
            floor_stall,
            "probe during a bare save",
            Target(limit=0.100),
        )
        yield Figure(
            "save a check-in: red flags found again", journal.label, found, floor_row, bare
        )
