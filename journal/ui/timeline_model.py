"""The timeline of check-ins as a Qt table model, newest first."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from journal.checkin import CheckIn
from journal.metrics import Metric, MetricKind
from journal.units import UnitPreferences

COL_TIME = 0
COL_PAIN = 1
COL_WORST = 2
COL_TEMPERATURE = 3
COL_STIFFNESS = 4
COL_SYMPTOMS = 5
COL_NOTE = 6
HEADERS = ("When", "Pain", "Worst", "Temperature", "Stiffness", "Symptoms", "Note")

CheckInRole = Qt.ItemDataRole.UserRole + 1
CheckInIdRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class CheckInTableModel(QAbstractTableModel):
    """Rows of check-ins with the figures a glance needs.

    ``CheckInRole`` gives the whole CheckIn, ``CheckInIdRole`` its id.
    """

    def __init__(self, metrics: list[Metric], units: UnitPreferences, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CheckIn] = []
        self._metrics = {m.key: m for m in metrics}
        self._units = units

    def set_rows(self, checkins: list[CheckIn]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(checkins)
        self.endResetModel()

    def set_metrics(self, metrics: list[Metric]) -> None:
        """Use a changed catalogue (the user added a symptom of their own)."""
        self.beginResetModel()
        self._metrics = {m.key: m for m in metrics}
        self.endResetModel()

    def set_units(self, units: UnitPreferences) -> None:
        """Show temperatures and weights in other units."""
        self._units = units
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, len(HEADERS) - 1)
            )

    def checkin_at(self, row: int) -> CheckIn:
        """The check-in shown in ``row``."""
        return self._rows[row]

    def row_of(self, checkin_id: int) -> int | None:
        """The row showing the check-in with this id, if any."""
        return next((i for i, c in enumerate(self._rows) if c.id == checkin_id), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        checkin = self._rows[index.row()]
        if role == CheckInRole:
            return checkin
        if role == CheckInIdRole:
            return checkin.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(checkin, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_NOTE:
            return checkin.note or None
        return None

    def _measure(self, checkin: CheckIn, key: str) -> str:
        value = checkin.value(key)
        if value is None:
            return ""
        metric = self._metrics.get(key)
        return self._units.format(value, metric.unit if metric else "")

    def _text(self, checkin: CheckIn, column: int) -> str:
        if column == COL_TIME:
            return f"{checkin.taken_at:%a %d %b %Y  %H:%M}"
        if column == COL_PAIN:
            return self._measure(checkin, "pain_now")
        if column == COL_WORST:
            return self._measure(checkin, "pain_worst")
        if column == COL_TEMPERATURE:
            return self._measure(checkin, "temperature")
        if column == COL_STIFFNESS:
            return self._measure(checkin, "stiffness_minutes")
        if column == COL_SYMPTOMS:
            return ", ".join(
                m.label
                for key, m in self._metrics.items()
                if m.kind is MetricKind.YES_NO and checkin.says_yes(key)
            )
        if column == COL_NOTE:
            marker = "★ " if checkin.show_doctor and checkin.note else ""
            return marker + checkin.note.replace("\n", " ")
        return ""
