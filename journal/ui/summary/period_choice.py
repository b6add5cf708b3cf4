"""The summary's period as the dialog offers it: since the last appointment, 30 or 90 days,
or two dates, shown in a choice and two date fields that always agree."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QObject, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QWidget

from journal.dates import day_text
from journal.summary.period import last_days
from journal.ui.parts.date_fields import DayEdit

SINCE_APPOINTMENT = "since_appointment"
LAST_30 = "last_30"
LAST_90 = "last_90"
DATES = "dates"


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class PeriodChoice(QObject):
    """The period's choice and its two days.

    Picking a choice sets the days; changing a day makes the choice "Dates of my choosing".

    Signals:
        changed: the period changed, by either.

    Attributes:
        choice: the "Summary period" choice.
        first, last: the period's first and last day.
        hint: says why "since the last appointment" cannot be chosen, when it cannot.
    """

    changed = Signal()

    def __init__(
        self, parent: QWidget, since_appointment: tuple[date, date] | None, today: date
    ) -> None:
        super().__init__(parent)
        self._since = since_appointment
        self._today = today
        self.choice = QComboBox(parent)
        self.choice.setAccessibleName(QCoreApplication.translate("PeriodChoice", "Summary period"))
        since = (
            QCoreApplication.translate("PeriodChoice", "Since the last appointment ({day})").format(
                day=day_text(since_appointment[0])
            )
            if since_appointment
            else QCoreApplication.translate(
                "PeriodChoice", "Since the last appointment (none recorded)"
            )
        )
        for text, key in (
            (since, SINCE_APPOINTMENT),
            (QCoreApplication.translate("PeriodChoice", "The last 30 days"), LAST_30),
            (QCoreApplication.translate("PeriodChoice", "The last 90 days"), LAST_90),
            (QCoreApplication.translate("PeriodChoice", "Dates of my choosing"), DATES),
        ):
            self.choice.addItem(text, key)
        self.first = self._day_edit(
            parent, QCoreApplication.translate("PeriodChoice", "Summary from")
        )
        self.last = self._day_edit(parent, QCoreApplication.translate("PeriodChoice", "Summary to"))
        self.hint = QLabel(
            QCoreApplication.translate(
                "PeriodChoice",
                "No appointment is recorded yet, so the summary covers the last 30 days. "
                "Add your appointments in the Care record to start from the last one.",
            ),
            parent,
        )
        self.hint.setWordWrap(True)
        self.hint.setVisible(since_appointment is None)
        if since_appointment is None:
            model = self.choice.model()
            assert isinstance(model, QStandardItemModel)
            model.item(0).setEnabled(False)
        self.choice.setCurrentIndex(0 if since_appointment else 1)
        self._show_choice()
        self.choice.currentIndexChanged.connect(self._on_choice)
        for edit in (self.first, self.last):
            edit.dateChanged.connect(self._on_day)

    def _day_edit(self, parent: QWidget, name: str) -> QDateEdit:
        edit = DayEdit(parent)
        edit.setAccessibleName(name)
        edit.setCalendarPopup(True)
        edit.setMaximumDate(_qdate(self._today))
        return edit

    def _presets(self) -> dict[str, Callable[[], tuple[date, date] | None]]:
        return {
            SINCE_APPOINTMENT: lambda: self._since,
            LAST_30: lambda: last_days(30, self._today),
            LAST_90: lambda: last_days(90, self._today),
        }

    def _show_choice(self) -> None:
        preset = self._presets().get(self.choice.currentData())
        period = preset() if preset else None
        if period is None:
            return
        for edit, day in zip((self.first, self.last), period, strict=True):
            edit.blockSignals(True)
            edit.setDate(_qdate(day))
            edit.blockSignals(False)

    def _on_choice(self) -> None:
        self._show_choice()
        self.changed.emit()

    def _on_day(self) -> None:
        if self.choice.currentData() != DATES:
            self.choice.blockSignals(True)
            self.choice.setCurrentIndex(self.choice.findData(DATES))
            self.choice.blockSignals(False)
        self.changed.emit()

    def key(self) -> str:
        """Which choice is made (one of the module's constants)."""
        return self.choice.currentData()

    def period(self) -> tuple[date, date]:
        """The first and last day shown (the last may be before the first)."""
        return self.first.date().toPython(), self.last.date().toPython()
