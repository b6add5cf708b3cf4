"""The list of past check-ins, with change and delete."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.checkin import CheckIn
from journal.translation import english_plural
from journal.ui.checkin.timeline_model import (
    COL_PAIN,
    COL_STIFFNESS,
    COL_SYMPTOMS,
    COL_TEMPERATURE,
    COL_TIME,
    COL_WORST,
    HEADERS,
    CheckInTableModel,
)
from journal.ui.parts.empty_hint import show_when_empty
from journal.ui.parts.facade import CheckInChange, JournalFacade

# The widest text each column usually shows.
_COLUMN_SAMPLES = {
    COL_TIME: "Wed 30 Sep 2026, 22:45",
    COL_PAIN: "10",
    COL_WORST: "10",
    COL_TEMPERATURE: "100.4 °F",
    COL_STIFFNESS: "1440 min",
    COL_SYMPTOMS: "Night sweats, Difficulty walking",
}


class TimelineView(QWidget):
    """Past check-ins, newest first.

    Signals:
        edit_requested: the user wants to change a check-in (argument: the CheckIn).
        delete_requested: the user wants to delete a check-in (argument: the CheckIn).
    """

    edit_requested = Signal(object)
    delete_requested = Signal(object)

    def __init__(self, facade: JournalFacade, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._facade = facade
        self.model = CheckInTableModel(facade.all_metrics(), facade.units(), self)
        self.table = QTableView(self)
        # Tab leaves the table for the buttons below; arrows move between rows.
        self.table.setTabKeyNavigation(False)
        self.table.setObjectName("checkins")
        self.table.setAccessibleName(QCoreApplication.translate("TimelineView", "Check-ins"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        # Widths from sample texts, never from the rows: sizing to contents reads every cell
        # of every row, which is seconds on ten years of check-ins.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        metrics = self.fontMetrics()
        padding = 4 * metrics.averageCharWidth()
        for column, sample in _COLUMN_SAMPLES.items():
            width = max(
                metrics.horizontalAdvance(sample),
                metrics.horizontalAdvance(
                    QCoreApplication.translate("CheckInTableModel", HEADERS[column])
                ),
            )
            self.table.setColumnWidth(column, width + padding)
        self.table.doubleClicked.connect(lambda _: self._request(self.edit_requested))
        # Their words are listed in Help → Keyboard shortcuts.
        change = QShortcut(
            QKeySequence(Qt.Key.Key_Return), self.table, lambda: self._request(self.edit_requested)
        )
        change.setWhatsThis(
            QCoreApplication.translate("TimelineView", "Change the check-in chosen")
        )
        delete = QShortcut(
            QKeySequence.StandardKey.Delete,
            self.table,
            lambda: self._request(self.delete_requested),
        )
        delete.setWhatsThis(
            QCoreApplication.translate("TimelineView", "Delete the check-in chosen")
        )

        self.count_label = QLabel(self)
        self.edit_button = QPushButton(QCoreApplication.translate("TimelineView", "Change…"), self)
        self.edit_button.setAccessibleName(
            QCoreApplication.translate("TimelineView", "Change check-in")
        )
        self.edit_button.clicked.connect(lambda: self._request(self.edit_requested))
        self.delete_button = QPushButton(QCoreApplication.translate("TimelineView", "Delete"), self)
        self.delete_button.setAccessibleName(
            QCoreApplication.translate("TimelineView", "Delete check-in")
        )
        self.delete_button.clicked.connect(lambda: self._request(self.delete_requested))

        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(QCoreApplication.translate("TimelineView", "Check-ins"), self)
        title.setProperty("role", "heading")
        layout.addWidget(title)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)

        self.empty_hint = show_when_empty(
            self.table,
            QCoreApplication.translate(
                "TimelineView",
                "Your check-ins appear here, newest first. Fill in the form and press "
                "Save check-in (Ctrl+S); Ctrl+N starts a new one.",
            ),
        )
        facade.checkin_changed.connect(self._on_checkin_changed)
        facade.units_changed.connect(lambda: self.model.set_units(facade.units()))
        facade.metrics_changed.connect(self._on_metrics_changed)
        facade.checkins_loaded.connect(self.reload)
        if facade.has_all_checkins():
            self.reload()
        else:
            # The newest at once, for the first paint; all of them once the window read them.
            self.model.set_rows(facade.newest_checkins())
            self._show_count()

    def reload(self) -> None:
        """Read the check-ins again, keeping the selected one selected."""
        selected = self.selected()
        self.model.set_rows(self._facade.checkins())
        if selected is not None:
            self.select(selected.id)
        self._show_count()

    def _on_checkin_changed(self, change: CheckInChange) -> None:
        # One row in, out or redrawn: Qt keeps the selection on the rows that stay, and the
        # rows the user is looking at stay where they are.
        bar = self.table.verticalScrollBar()
        scrolled = bar.value()
        top = self.table.rowAt(0)
        top_id = self.model.checkin_at(top).id if scrolled and top >= 0 else None
        if top_id == change.checkin.id:
            top_id = None  # the row that moved is no landmark
        self.model.apply(change)
        if top_id is not None:
            now = self.model.row_of(top_id)
            if now is not None and now != top:
                step = 1 if self._scrolls_by_row() else self.table.rowHeight(now)
                bar.setValue(scrolled + (now - top) * step)
        self._show_count()

    def _scrolls_by_row(self) -> bool:
        return self.table.verticalScrollMode() == QAbstractItemView.ScrollMode.ScrollPerItem

    def _show_count(self) -> None:
        count = self._facade.checkin_count()
        counted = QCoreApplication.translate("TimelineView", "%n check-in(s)", "", count)
        self.count_label.setText(english_plural(counted, count))
        has_rows = count > 0
        self.edit_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)

    def _on_metrics_changed(self) -> None:
        selected = self.selected()
        self.model.set_metrics(self._facade.all_metrics())
        if selected is not None:
            self.select(selected.id)

    def selected(self) -> CheckIn | None:
        """The check-in whose row is selected."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.checkin_at(rows[0].row()) if rows else None

    def select(self, checkin_id: int | None) -> None:
        """Select the row of a check-in, if it is shown."""
        row = self.model.row_of(checkin_id) if checkin_id is not None else None
        if row is not None:
            self.table.selectRow(row)

    def _request(self, signal: Signal) -> None:
        checkin = self.selected()
        if checkin is not None:
            signal.emit(checkin)
