"""The timeline of check-ins as a Qt table model, newest first."""

from __future__ import annotations

import bisect

from PySide6.QtCore import QCoreApplication, Qt

from journal.checkin import CheckIn
from journal.dates import moment_text
from journal.metrics import Metric, MetricKind
from journal.translation import QT_TRANSLATE_NOOP
from journal.ui.parts.facade import Change, CheckInChange, newest_first_key
from journal.ui.parts.row_model import RowTableModel
from journal.units import UnitPreferences

COL_TIME = 0
COL_PAIN = 1
COL_WORST = 2
COL_TEMPERATURE = 3
COL_STIFFNESS = 4
COL_SYMPTOMS = 5
COL_NOTE = 6
HEADERS = (
    QT_TRANSLATE_NOOP("CheckInTableModel", "When"),
    QT_TRANSLATE_NOOP("CheckInTableModel", "Pain"),
    QT_TRANSLATE_NOOP("CheckInTableModel", "Worst"),
    QT_TRANSLATE_NOOP("CheckInTableModel", "Temperature"),
    QT_TRANSLATE_NOOP("CheckInTableModel", "Stiffness"),
    QT_TRANSLATE_NOOP("CheckInTableModel", "Symptoms"),
    QT_TRANSLATE_NOOP("CheckInTableModel", "Note"),
)

CheckInRole = Qt.ItemDataRole.UserRole + 1
CheckInIdRole = Qt.ItemDataRole.UserRole + 2


class CheckInTableModel(RowTableModel):
    """Rows of check-ins with the figures a glance needs.

    ``CheckInRole`` gives the whole CheckIn, ``CheckInIdRole`` its id.
    """

    def __init__(self, metrics: list[Metric], units: UnitPreferences, parent=None) -> None:
        super().__init__(
            tuple(QCoreApplication.translate("CheckInTableModel", h) for h in HEADERS), parent
        )
        self._metrics = {m.key: m for m in metrics}
        self._units = units

    def set_metrics(self, metrics: list[Metric]) -> None:
        """Use a changed catalogue (the user added a symptom of their own)."""
        self.beginResetModel()
        self._metrics = {m.key: m for m in metrics}
        self.endResetModel()

    def set_units(self, units: UnitPreferences) -> None:
        """Show temperatures and weights in other units."""
        self._units = units
        self.refresh_all()

    def checkin_at(self, row: int) -> CheckIn:
        """The check-in shown in ``row``."""
        return self.object_at(row)

    def row_of(self, checkin_id: int) -> int | None:
        """The row showing the check-in with this id, if any."""
        return self.find(lambda c: c.id == checkin_id)

    def apply(self, change: CheckInChange) -> None:
        """Show one changed check-in: its row alone is inserted, redrawn, moved or removed."""
        if change.kind is Change.ADDED:
            self.insert_row(self._place(change.checkin), change.checkin)
            return
        row = self.row_of(change.checkin.id)
        if row is None:  # not shown: an update becomes an insert, a removal nothing
            if change.kind is Change.UPDATED:
                self.insert_row(self._place(change.checkin), change.checkin)
            return
        if change.kind is Change.REMOVED:
            self.remove_row(row)
            return
        self.move_row(row, self._place(change.checkin, leaving=row), change.checkin)

    def _place(self, checkin: CheckIn, leaving: int | None = None) -> int:
        """The row ``checkin`` belongs at, newest first (not counting the row it is leaving)."""
        key = newest_first_key(checkin)
        at = bisect.bisect_left(self._rows, key, key=newest_first_key)
        if leaving is not None and at > leaving:
            # The row leaving counts among those before: it is taken out first.
            at -= 1
        return at

    def cell(self, checkin: CheckIn, row: int, column: int, role: int):
        if role == CheckInRole:
            return checkin
        if role == CheckInIdRole:
            return checkin.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(checkin, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NOTE:
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
            return moment_text(checkin.taken_at)
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
