"""Dialogs for an appointment, a question for the doctor, and a weekly BASDAI."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from journal.appointments import validate_appointment, validate_question
from journal.basdai import (
    GLOBAL_QUESTION,
    QUESTIONS,
    BasdaiAnswers,
    stiffness_duration_item,
    stiffness_duration_minutes,
    validate_basdai,
)
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


DURATION = "stiffness_duration"


def _item(parent: QWidget, optional: bool = False) -> QDoubleSpinBox:
    spin = QDoubleSpinBox(parent)
    spin.setDecimals(1)
    spin.setSingleStep(1)
    spin.setRange(-1 if optional else 0, 10)
    if optional:
        spin.setSpecialValueText("Not answered")
        spin.setValue(-1)
    return spin


class StiffnessDuration(QWidget):
    """Question 6 as a time (hours and minutes), with the 0–10 answer it maps to beside it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hours = QSpinBox(self)
        self.hours.setRange(0, 24)
        self.hours.setSuffix(" h")
        self.hours.setAccessibleName("Stiffness lasted, hours")
        self.minutes = QSpinBox(self)
        self.minutes.setRange(0, 59)
        self.minutes.setSingleStep(5)
        self.minutes.setSuffix(" min")
        self.minutes.setAccessibleName("Stiffness lasted, minutes")
        self.scale = QLabel(self)
        self.scale.setMinimumWidth(self.scale.fontMetrics().horizontalAdvance("= 10.0 of 10") + 6)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.hours)
        row.addWidget(self.minutes)
        row.addWidget(self.scale, 1)
        self.hours.valueChanged.connect(self._show_scale)
        self.minutes.valueChanged.connect(self._show_scale)
        self._show_scale()

    def item(self) -> float:
        """The answer on question 6's 0–10 scale."""
        return stiffness_duration_item(self.hours.value() * 60 + self.minutes.value())

    def set_item(self, item: float) -> None:
        """Show a saved 0–10 answer as the time it stands for."""
        hours, minutes = divmod(round(stiffness_duration_minutes(item)), 60)
        self.hours.setValue(hours)
        self.minutes.setValue(minutes)

    def _show_scale(self) -> None:
        # The time is in the boxes beside it; the label adds what it counts as.
        self.scale.setText(f"= {self.item():.1f} of 10".replace(".0 ", " "))


class BasdaiDialog(RecordDialog):
    """The six BASDAI questions about the last week, and the global question for ASDAS.

    Question 6, how long morning stiffness lasts, is asked as a time and mapped onto 0–10.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        today: date | None = None,
        answers: BasdaiAnswers | None = None,
    ) -> None:
        super().__init__(
            "Change the BASDAI" if answers else "BASDAI: how was the last week?", parent
        )
        self._id = answers.id if answers else None
        self.setMinimumWidth(700)
        self.add_note("About the last week, from 0 (none) to 10 (very severe).")
        self.taken_on = self.add_field("taken_on", "&Day", date_edit(self, today or date.today()))
        self.items: dict[str, QDoubleSpinBox] = {}
        for n, (key, label) in enumerate(QUESTIONS, start=1):
            if key == DURATION:
                label = "Morning stiffness: how long (2 h or more is 10)"
                self.duration = self.add_field(key, f"{n}. {label}", StiffnessDuration(self))
            else:
                self.items[key] = self.add_field(key, f"{n}. {label}", _item(self))
        key, label = GLOBAL_QUESTION
        self.items[key] = self.add_field(key, f"{label} (for ASDAS)", _item(self, optional=True))
        if answers is not None:
            self.taken_on.setDate(answers.taken_on)
            for key, spin in self.items.items():
                value = getattr(answers, key)
                spin.setValue(-1 if value is None else value)
            self.duration.set_item(answers.stiffness_duration)

    def build(self) -> tuple[BasdaiAnswers | None, list[FieldError]]:
        """The answers, or None with the problems found."""
        values: dict[str, float | None] = {key: spin.value() for key, spin in self.items.items()}
        if values[GLOBAL_QUESTION[0]] < 0:  # type: ignore[operator]
            values[GLOBAL_QUESTION[0]] = None
        values[DURATION] = self.duration.item()
        answers = BasdaiAnswers(taken_on=read_date(self.taken_on), id=self._id, **values)  # type: ignore[arg-type]
        errors = validate_basdai(answers)
        return (None if errors else answers), errors

    @classmethod
    def ask(
        cls, parent: QWidget | None, answers: BasdaiAnswers | None = None
    ) -> BasdaiAnswers | None:
        """The week's new or changed answers, or None when the user cancelled."""
        dialog = cls(parent, answers=answers)
        return dialog.record if dialog.exec() else None
