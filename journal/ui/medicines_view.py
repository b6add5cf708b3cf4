"""Medicines: the courses and what they are for, doses taken or missed, adherence."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal.adherence import adherence, course_status
from journal.care import DoseEvent, DoseStatus, Regimen
from journal.checkin import local_now
from journal.store.record_errors import InvalidRecord
from journal.ui.care_delete import DeleteRecord
from journal.ui.care_facade import CareFacade
from journal.ui.care_models import RecordTableModel
from journal.ui.medicine_dialogs import PURPOSE_LABELS, ROUTE_LABELS, DoseDialog, MedicineDialog
from journal.ui.record_table import RecordTable, heading

ADHERENCE_DAYS = 14
DOSE_LOG_DAYS = 60
_STATUS = {DoseStatus.TAKEN: "Taken", DoseStatus.MISSED: "Missed", DoseStatus.AS_NEEDED: "Taken"}


def _number(value: float) -> str:
    return f"{value:g}"


def _schedule(regimen: Regimen) -> str:
    if regimen.as_needed:
        return "As needed"
    return "Once a day" if regimen.times_per_day == 1 else f"{regimen.times_per_day} times a day"


class MedicinesView(QWidget):
    """The medicines table, its buttons, and the dose log below it."""

    def __init__(self, care: CareFacade, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self._care = care
        self._undo = undo_stack
        self._today = date.today()
        self._doses: list[DoseEvent] = []
        self.model_regimens: list[Regimen] = []
        self._adherence: dict[int | None, str] = {}
        self.model = RecordTableModel(
            ("Medicine", "Dose", "Given", "For", "Schedule", "Course", "Doses taken"),
            self._cells,
        )
        self.table = RecordTable("Medicines", self.model, self)
        self.dose_model = RecordTableModel(
            ("When", "Medicine", "What happened", "Side effects"), self._dose_cells
        )
        self.dose_table = RecordTable("Doses", self.dose_model, self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)

        self.add_button = self._button("Add medicine…", "Add medicine", self.add_medicine)
        self.took_button = self._button("Took dose", "Took dose", self.took_dose)
        self.log_button = self._button("Dose or side effects…", "Log a dose", self.log_dose)
        self.today_button = self._button(
            "Took today's doses", "Took today's doses", self.took_todays_doses
        )
        self.delete_button = self._button("Delete", "Delete medicine", self.delete_medicine)
        self.delete_dose_button = self._button("Delete dose", "Delete dose", self.delete_dose)

        buttons = QHBoxLayout()
        for button in (self.add_button, self.took_button, self.log_button, self.today_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)
        dose_buttons = QHBoxLayout()
        dose_buttons.addWidget(self.status, 1)
        dose_buttons.addWidget(self.delete_dose_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Medicines", self))
        layout.addWidget(self.table, 2)
        layout.addLayout(buttons)
        layout.addWidget(heading(f"Doses, last {DOSE_LOG_DAYS} days", self))
        layout.addWidget(self.dose_table, 3)
        layout.addLayout(dose_buttons)
        care.medicines_changed.connect(self.reload)
        self.reload()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

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
            _schedule(regimen),
            course or f"Since {regimen.start:%d %b %Y}",
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
        text = adherence(regimen, doses, first, last).describe()
        return text if regimen.end is not None else f"{text} in {ADHERENCE_DAYS} days"

    def _dose_cells(self, dose: DoseEvent) -> tuple[str, ...]:
        names = {r.id: r.name for r in self.model_regimens}
        return (
            f"{dose.at:%a %d %b %Y  %H:%M}",
            names.get(dose.regimen_id, ""),
            _STATUS[dose.status],
            dose.side_effects,
        )

    def reload(self) -> None:
        """Read medicines and doses again, keeping the selected medicine selected."""
        selected = self.table.selected()
        self._today = date.today()
        self.model_regimens = self._care.regimens()
        self._doses = self._care.doses(self._today - timedelta(days=DOSE_LOG_DAYS), self._today)
        self._adherence = {r.id: self._adherence_text(r) for r in self.model_regimens}
        self.model.set_rows(self.model_regimens)
        self.dose_model.set_rows(list(reversed(self._doses)))
        if selected is not None:
            row = next((i for i, r in enumerate(self.model_regimens) if r.id == selected.id), None)
            if row is not None:
                self.table.selectRow(row)
        self.table.select_first()
        has_rows = bool(self.model_regimens)
        for button in (self.took_button, self.log_button, self.delete_button):
            button.setEnabled(has_rows)
        self.today_button.setEnabled(any(not r.as_needed for r in self.model_regimens))
        self.delete_dose_button.setEnabled(bool(self._doses))

    # --- actions --------------------------------------------------------------------------

    def add_medicine(self) -> None:
        """Ask for a new medicine and save it."""
        regimen = MedicineDialog.ask(self)
        if regimen is not None:
            self._care.add_regimen(regimen)
            self.status.setText(f"Added {regimen.name}.")

    def _save_doses(self, doses: list[DoseEvent], done: str) -> None:
        try:
            self._care.add_doses(doses)
        except InvalidRecord as problem:
            self.status.setText(f"Not recorded: {problem}")
            return
        self.status.setText(done)

    def took_dose(self) -> None:
        """Record one dose of the selected medicine, taken now."""
        regimen = self.table.selected()
        if regimen is None:
            return
        status = DoseStatus.AS_NEEDED if regimen.as_needed else DoseStatus.TAKEN
        now = local_now()
        self._save_doses(
            [DoseEvent(regimen.id, now, status)],
            f"Recorded a dose of {regimen.name} at {now:%H:%M}.",
        )

    def log_dose(self) -> None:
        """Record a dose at another time, a missed dose, or side effects."""
        regimen = self.table.selected()
        if regimen is None:
            return
        dose = DoseDialog.ask(self, regimen)
        if dose is not None:
            self._save_doses([dose], f"Recorded for {regimen.name}.")

    def took_todays_doses(self) -> None:
        """One step: every scheduled dose due so far today is recorded as taken."""
        saved = self._care.take_todays_doses()
        count = len(saved)
        self.status.setText(
            f"Recorded {count} dose{'s' if count != 1 else ''} for today."
            if count
            else "Today's doses due so far were already recorded."
        )

    def delete_medicine(self) -> None:
        """Delete the selected medicine and its doses; Ctrl+Z puts them back."""
        regimen = self.table.selected()
        if regimen is None:
            return
        self._undo.push(
            DeleteRecord(
                f"Delete {regimen.name}",
                lambda: self._care.delete_regimen(regimen.id),
                self._care.restore_regimen,
            )
        )
        self.status.setText(f"Deleted {regimen.name}. Press Ctrl+Z to undo.")

    def delete_dose(self) -> None:
        """Delete the selected dose entry; Ctrl+Z puts it back."""
        dose = self.dose_table.selected()
        if dose is None:
            return
        self._undo.push(
            DeleteRecord(
                "Delete a dose",
                lambda: self._care.delete_dose(dose.id),
                self._care.restore_dose,
            )
        )
        self.status.setText("Dose deleted. Press Ctrl+Z to undo.")
