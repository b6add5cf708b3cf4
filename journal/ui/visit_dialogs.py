"""Dialogs for an appointment, a question for the doctor, and a weekly BASDAI."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QPlainTextEdit, QWidget

from journal.appointments import validate_appointment, validate_question
from journal.basdai import GLOBAL_QUESTION, QUESTIONS, BasdaiAnswers, validate_basdai
from journal.care import Appointment
from journal.ui.record_dialog import (
    RecordDialog,
    date_edit,
    date_time_edit,
    read_date,
    read_moment,
)
from journal.validation import FieldError


class AppointmentDialog(RecordDialog):
    """An appointment: when, with whom, where; after it, what was decided."""

    def __init__(self, parent: QWidget | None = None, appointment: Appointment | None = None):
        super().__init__("Change the appointment" if appointment else "Add an appointment", parent)
        self._id = appointment.id if appointment else None
        when = (
            appointment.at
            if appointment
            else datetime.combine(date.today() + timedelta(days=7), time(10)).astimezone()
        )
        self.at = self.add_field("at", "&When", date_time_edit(self, when))
        self.clinician = self.add_field("clinician", "&Clinician", QLineEdit(self))
        self.clinician.setPlaceholderText("like Dr Patel, infectious diseases")
        self.place = self.add_field("place", "&Place", QLineEdit(self))
        self.outcome = self.add_field("outcome", "&Outcome and decisions", QPlainTextEdit(self))
        self.outcome.setTabChangesFocus(True)
        self.outcome.setFixedHeight(80)
        if appointment:
            self.clinician.setText(appointment.clinician)
            self.place.setText(appointment.place)
            self.outcome.setPlainText(appointment.outcome)

    def build(self) -> tuple[Appointment | None, list[FieldError]]:
        """The appointment as typed, or None with the problems found."""
        appointment = Appointment(
            at=read_moment(self.at),
            clinician=self.clinician.text().strip(),
            place=self.place.text().strip(),
            outcome=self.outcome.toPlainText().strip(),
            id=self._id,
        )
        errors = validate_appointment(appointment)
        return (None if errors else appointment), errors

    @classmethod
    def ask(
        cls, parent: QWidget | None, appointment: Appointment | None = None
    ) -> Appointment | None:
        """The new or changed appointment, or None when the user cancelled."""
        dialog = cls(parent, appointment)
        return dialog.record if dialog.exec() else None


class QuestionDialog(RecordDialog):
    """One question to bring to the next appointment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("A question for my next appointment", parent)
        self.text = self.add_field("text", "&Question", QLineEdit(self))
        self.text.setPlaceholderText("like: When can I go back to work?")
        self.text.setMinimumWidth(360)

    def build(self) -> tuple[str | None, list[FieldError]]:
        """The question, or None with the problem found."""
        text = self.text.text().strip()
        errors = validate_question(text)
        return (None if errors else text), errors

    @classmethod
    def ask(cls, parent: QWidget | None) -> str | None:
        """The question typed, or None when the user cancelled."""
        dialog = cls(parent)
        return dialog.record if dialog.exec() else None


def _item(parent: QWidget, optional: bool = False) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setDecimals(1)
    spin.setSingleStep(1)
    spin.setRange(-1 if optional else 0, 10)
    if optional:
        spin.setSpecialValueText("Not answered")
        spin.setValue(-1)
    return spin


class BasdaiDialog(RecordDialog):
    """The six BASDAI questions about the last week, and the global question for ASDAS."""

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__("BASDAI: how was the last week?", parent)
        self.add_note("About the last week, from 0 (none) to 10 (very severe).")
        self.taken_on = self.add_field("taken_on", "&Day", date_edit(self, today or date.today()))
        self.items = {
            key: self.add_field(key, f"{n}. {label}", _item(self))
            for n, (key, label) in enumerate(QUESTIONS, start=1)
        }
        key, label = GLOBAL_QUESTION
        self.items[key] = self.add_field(key, f"{label} (for ASDAS)", _item(self, optional=True))

    def build(self) -> tuple[BasdaiAnswers | None, list[FieldError]]:
        """The answers, or None with the problems found."""
        values = {key: spin.value() for key, spin in self.items.items()}
        if values[GLOBAL_QUESTION[0]] < 0:
            values[GLOBAL_QUESTION[0]] = None
        answers = BasdaiAnswers(taken_on=read_date(self.taken_on), **values)
        errors = validate_basdai(answers)
        return (None if errors else answers), errors

    @classmethod
    def ask(cls, parent: QWidget | None) -> BasdaiAnswers | None:
        """The week's answers, or None when the user cancelled."""
        dialog = cls(parent)
        return dialog.record if dialog.exec() else None
