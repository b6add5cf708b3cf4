"""Opening the timeline of a journal and scrolling to its end.

Ours: the journal's facade reads every check-in, the timeline view is built and shown, and
its table is scrolled to the oldest check-in and painted. The floor, in the same run: raw
sqlite3 reads the same check-ins with their values, and a bare table view over a plain Qt
model of those rows is shown and scrolled to its end.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.event_loop import application, idle
from benchmarks.suite import Suite
from benchmarks.timing import Figure, Runs, repeats


def _ours(path: Path) -> float:
    from journal.store import open_journal
    from journal.ui.checkin.timeline_view import TimelineView
    from journal.ui.parts.facade import JournalFacade

    app = application()
    start = time.perf_counter()
    facade = JournalFacade(open_journal(path))
    view = TimelineView(facade)
    view.resize(900, 700)
    view.show()
    app.processEvents()
    view.table.scrollToBottom()
    app.processEvents()
    seconds = time.perf_counter() - start
    view.close()
    view.deleteLater()
    facade.close()
    idle(0.05)
    return seconds


def _floor(path: Path) -> float:
    from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
    from PySide6.QtWidgets import QTableView

    class Rows(QAbstractTableModel):
        def __init__(self, rows: list) -> None:
            super().__init__()
            self.rows = rows

        def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
            return 0 if parent.isValid() else len(self.rows)

        def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
            return 6

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            row = self.rows[index.row()]
            return str(row[index.column()]) if index.column() < 2 else row[1][:4]

    app = application()
    start = time.perf_counter()
    conn = sqlite3.connect(path)
    rows: dict[int, list] = {}
    for checkin_id, taken, key, value in conn.execute(
        "SELECT c.id, c.local_time, o.metric, o.value FROM checkins c "
        "JOIN observations o ON o.checkin_id = c.id ORDER BY c.utc_time DESC"
    ):
        rows.setdefault(checkin_id, [taken, {}])[1][key] = value
    conn.close()
    view = QTableView()
    view.setModel(Rows([(i, *v) for i, v in rows.items()]))
    view.resize(900, 700)
    view.show()
    app.processEvents()
    view.scrollToBottom()
    app.processEvents()
    seconds = time.perf_counter() - start
    view.close()
    view.deleteLater()
    idle(0.05)
    return seconds


def run(suite: Suite) -> Iterator[Figure]:
    application()
    for journal in suite.journals:
        _ours(journal.path)  # the first pays for imports and the disk cache
        ours = Runs.of([_ours(journal.path) for _ in range(repeats())])
        floor = Runs.of([_floor(journal.path) for _ in range(repeats())])
        yield Figure(
            "timeline: open and scroll to the end",
            journal.label,
            ours,
            floor,
            "sqlite3 read + bare table view",
        )
