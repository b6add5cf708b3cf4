"""Medicines: the courses and what they are for, doses taken or missed, adherence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from journal.care.adherence import adherence, course_status
from journal.care.medicines import describe_schedule
from journal.care.records import DoseEvent, DoseStatus, Regimen
from journal.checkin import local_now
from journal.dates import day_text, moment_text
from journal.errors import InvalidRecord
from journal.numbers import written_short
from journal.translation import QT_TRANSLATE_NOOP, english_plural
from journal.ui.care.care_facade import CareFacade
from journal.ui.care.medicine_dialogs import (
    PURPOSE_LABELS,
    ROUTE_LABELS,
    DoseDialog,
    MedicineDialog,
)
from journal.ui.care.record_table import RecordKind, RecordSection

ADHERENCE_DAYS = 14
DOSE_LOG_DAYS = 60
_STATUS = {
    DoseStatus.TAKEN: QT_TRANSLATE_NOOP("MedicinesView", "Taken"),
    DoseStatus.MISSED: QT_TRANSLATE_NOOP("MedicinesView", "Missed"),
    DoseStatus.AS_NEEDED: QT_TRANSLATE_NOOP("MedicinesView", "Taken"),
}


NO_MEDICINES = QT_TRANSLATE_NOOP(
    "MedicinesView",
    "No medicines yet. Add each one you take with Add medicine (Alt+D): the dose, what it "
    "is for, and the times of day you take it, or that you take it as needed.",
)
NO_DOSES = QT_TRANSLATE_NOOP(
    "MedicinesView",
    "No doses recorded in the last {days} days. Select a medicine above and press "
    "Took dose when you take one, or Took today's doses to record every dose due so far.",
)


def _number(value: float) -> str:
    return written_short(value)


class MedicinesView(QWidget):
    """The medicines table, its buttons, and the dose log below it.

    Attributes:
        medicines: the medicines' table and its buttons.
        doses: the dose log of the last days.
    """

    def __init__(self, care: CareFacade, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self._care = care
        # The clock for today's doses and the days left; tests set a fixed one.
        self.clock: Callable[[], datetime] = local_now
        self._now = self.clock()
        self._today = self._now.date()
        self._doses: list[DoseEvent] = []
        self.model_regimens: list[Regimen] = []
        self._adherence: dict[int | None, str] = {}
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.medicines = RecordSection(
            QCoreApplication.translate("MedicinesView", "Medicines"),
            (
                QCoreApplication.translate("MedicinesView", "Medicine"),
                QCoreApplication.translate("MedicinesView", "Dose"),
                QCoreApplication.translate("MedicinesView", "Given"),
                QCoreApplication.translate("MedicinesView", "For"),
                QCoreApplication.translate("MedicinesView", "Schedule"),
                QCoreApplication.translate("MedicinesView", "Course"),
                QCoreApplication.translate("MedicinesView", "Doses taken"),
            ),
            self._cells,
            RecordKind(
                QCoreApplication.translate("MedicinesView", "medicine"),
                lambda regimen: regimen.name,
                care.delete_regimen,
                care.restore_regimen,
                self._ask_medicine,
                care.add_regimen,
                care.change_regimen,
                add_text=QCoreApplication.translate("MedicinesView", "A&dd medicine…"),
            ),
            undo_stack,
            self.status,
            parent=self,
        )
        self.took_button = self.medicines.add_extra_button(
            QCoreApplication.translate("MedicinesView", "Took dose"),
            QCoreApplication.translate("MedicinesView", "Took dose"),
            self.took_dose,
        )
        self.log_button = self.medicines.add_extra_button(
            QCoreApplication.translate("MedicinesView", "Dose or side effects…"),
            QCoreApplication.translate("MedicinesView", "Log a dose"),
            self.log_dose,
        )
        self.today_button = self.medicines.add_extra_button(
            QCoreApplication.translate("MedicinesView", "Took today's doses"),
            QCoreApplication.translate("MedicinesView", "Took today's doses"),
            self.took_todays_doses,
        )
        self.stop_button = self.medicines.add_extra_button(
            QCoreApplication.translate("MedicinesView", "Stop today"),
            QCoreApplication.translate("MedicinesView", "Stop the course today"),
            self.stop_today,
        )
        self.doses = RecordSection(
            QCoreApplication.translate("MedicinesView", "Doses, last {days} days").format(
                days=DOSE_LOG_DAYS
            ),
            (
                QCoreApplication.translate("MedicinesView", "When"),
                QCoreApplication.translate("MedicinesView", "Medicine"),
                QCoreApplication.translate("MedicinesView", "What happened"),
                QCoreApplication.translate("MedicinesView", "Side effects"),
            ),
            self._dose_cells,
            RecordKind(
                QCoreApplication.translate("MedicinesView", "dose"),
                self._describe_dose,
                care.delete_dose,
                care.restore_dose,
            ),
            undo_stack,
            self.status,
            parent=self,
        )
        self.doses.table.setAccessibleName(QCoreApplication.translate("MedicinesView", "Doses"))
        self.medicines.say_when_empty(QCoreApplication.translate("MedicinesView", NO_MEDICINES))
        self.doses.say_when_empty(
            QCoreApplication.translate("MedicinesView", NO_DOSES).format(days=DOSE_LOG_DAYS)
        )
        self.doses.buttons.insertWidget(0, self.status, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.medicines, 2)
        layout.addWidget(self.doses, 3)
        care.medicines_changed.connect(self.reload)
        self.medicines.table.selectionModel().selectionChanged.connect(self._enable)
        self.reload()

    def _cells(self, regimen: Regimen) -> tuple[str, ...]:
        status = course_status(regimen, self._today)
        if regimen.planned_length and status:
            status = status[0].lower() + status[1:]
        course = ", ".join(t for t in (regimen.planned_length, status) if t)
        return (
            regimen.name,
            f"{_number(regimen.dose)} {regimen.dose_unit}",
            ROUTE_LABELS[regimen.route],
            PURPOSE_LABELS[regimen.purpose],
            describe_schedule(regimen),
            course
            or QCoreApplication.translate("MedicinesView", "Since {day}").format(
                day=day_text(regimen.start)
            ),
            self._adherence.get(regimen.id, ""),
        )

    def _adherence_text(self, regimen: Regimen) -> str:
        """A course with an end is judged as a whole (so far); an open one on recent days."""
        if regimen.start > self._today:
            return ""
        if regimen.end is not None:
            first, last = regimen.start, min(regimen.end, self._today)
        else:
            first = max(regimen.start, self._today - timedelta(days=ADHERENCE_DAYS - 1))
            last = self._today
        doses = self._care.doses(first, last, regimen.id)
        text = adherence(regimen, doses, first, last, self._now).describe()
        if regimen.end is not None:
            return text
        said = QCoreApplication.translate("MedicinesView", "{adherence} in {days} days")
        return said.format(adherence=text, days=ADHERENCE_DAYS)

    def _dose_cells(self, dose: DoseEvent) -> tuple[str, ...]:
        names = {r.id: r.name for r in self.model_regimens}
        return (
            moment_text(dose.at),
            names.get(dose.regimen_id, ""),
            QCoreApplication.translate("MedicinesView", _STATUS[dose.status]),
            dose.side_effects,
        )

    def reload(self) -> None:
        """Read medicines and doses again, keeping the selected medicine selected."""
        self._now = self.clock()
        self._today = self._now.date()
        self.model_regimens = self._care.regimens()
        self._doses = self._care.doses(self._today - timedelta(days=DOSE_LOG_DAYS), self._today)
        self._adherence = {r.id: self._adherence_text(r) for r in self.model_regimens}
        self.medicines.set_rows(self.model_regimens)
        self.doses.set_rows(list(reversed(self._doses)))
        self._enable()

    def _enable(self, *_: object) -> None:
        has_rows = bool(self.model_regimens)
        for button in (self.took_button, self.log_button):
            button.setEnabled(has_rows)
        selected = self.medicines.selected()
        self.stop_button.setEnabled(
            selected is not None
            and selected.start <= self._today
            and (selected.end is None or selected.end > self._today)
        )
        self.today_button.setEnabled(any(not r.as_needed for r in self.model_regimens))

    # --- actions --------------------------------------------------------------------------

    def _ask_medicine(self, parent: QWidget, *regimen: Regimen) -> Regimen | None:
        if not regimen:
            return MedicineDialog.ask(parent)
        return MedicineDialog.ask(parent, regimen[0], self._care.doses(regimen_id=regimen[0].id))

    def _describe_dose(self, dose: DoseEvent) -> str:
        names = {r.id: r.name for r in self.model_regimens}
        medicine = names.get(
            dose.regimen_id, QCoreApplication.translate("MedicinesView", "a medicine")
        )
        said = QCoreApplication.translate("MedicinesView", "the dose of {medicine} of {moment}")
        return said.format(medicine=medicine, moment=moment_text(dose.at))

    def _save_doses(self, doses: list[DoseEvent], done: str) -> None:
        try:
            self._care.add_doses(doses)
        except InvalidRecord as problem:
            said = QCoreApplication.translate("MedicinesView", "Not recorded: {problem}")
            self.status.setText(said.format(problem=problem))
            return
        self.status.setText(done)

    def took_dose(self) -> None:
        """Record one dose of the selected medicine, taken now."""
        regimen = self.medicines.selected()
        if regimen is None:
            return
        status = DoseStatus.AS_NEEDED if regimen.as_needed else DoseStatus.TAKEN
        now = local_now()
        self._save_doses(
            [DoseEvent(regimen.id, now, status)],
            QCoreApplication.translate(
                "MedicinesView", "Recorded a dose of {medicine} at {time}."
            ).format(medicine=regimen.name, time=f"{now:%H:%M}"),
        )

    def log_dose(self) -> None:
        """Record a dose at another time, a missed dose, or side effects."""
        regimen = self.medicines.selected()
        if regimen is None:
            return
        dose = DoseDialog.ask(self, regimen)
        if dose is not None:
            said = QCoreApplication.translate("MedicinesView", "Recorded for {medicine}.")
            self._save_doses([dose], said.format(medicine=regimen.name))

    def took_todays_doses(self) -> None:
        """One step: every scheduled dose due so far today is recorded as taken."""
        saved = self._care.take_todays_doses(self.clock())
        count = len(saved)
        self.status.setText(
            english_plural(
                QCoreApplication.translate(
                    "MedicinesView", "Recorded %n dose(s) for today.", "", count
                ),
                count,
            )
            if count
            else QCoreApplication.translate(
                "MedicinesView", "Today's doses due so far were already recorded."
            )
        )

    def stop_today(self) -> None:
        """Stop the selected course early: today becomes its last day; Ctrl+Z undoes it."""
        regimen = self.medicines.selected()
        if regimen is None or regimen.start > self._today:
            return
        self.medicines.push_change(replace(regimen, end=self._today))
        said = QCoreApplication.translate(
            "MedicinesView", "{medicine} stops today. Press Ctrl+Z to undo."
        )
        self.status.setText(said.format(medicine=regimen.name))
