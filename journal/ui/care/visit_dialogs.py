"""Dialogs for an appointment, a question for the doctor, and a weekly BASDAI."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from journal.care.appointments import validate_appointment, validate_question
from journal.care.basdai import (
    GLOBAL_QUESTION,
    QUESTIONS,
    BasdaiAnswers,
    describe_unanswered,
    question_words,
    read_answers,
    stiffness_duration_item,
    stiffness_duration_minutes,
    unanswered_questions,
)
from journal.care.records import Appointment
from journal.numbers import written
from journal.ui.parts.record_dialog import (
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
        super().__init__(
            QCoreApplication.translate("AppointmentDialog", "Change the appointment")
            if appointment
            else QCoreApplication.translate("AppointmentDialog", "Add an appointment"),
            parent,
        )
        self._id = appointment.id if appointment else None
        when = (
            appointment.at
            if appointment
            else datetime.combine(date.today() + timedelta(days=7), time(10)).astimezone()
        )
        self.at = self.add_field(
            "at",
            QCoreApplication.translate("AppointmentDialog", "&When"),
            date_time_edit(self, when),
        )
        self.clinician = self.add_field(
            "clinician",
            QCoreApplication.translate("AppointmentDialog", "&Clinician"),
            QLineEdit(self),
        )
        self.clinician.setPlaceholderText(
            QCoreApplication.translate("AppointmentDialog", "like Dr Patel, infectious diseases")
        )
        self.place = self.add_field(
            "place", QCoreApplication.translate("AppointmentDialog", "&Place"), QLineEdit(self)
        )
        self.outcome = self.add_field(
            "outcome",
            QCoreApplication.translate("AppointmentDialog", "&Outcome and decisions"),
            QPlainTextEdit(self),
        )
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
        super().__init__(
            QCoreApplication.translate("QuestionDialog", "A question for my next appointment"),
            parent,
        )
        self.text = self.add_field(
            "text", QCoreApplication.translate("QuestionDialog", "&Question"), QLineEdit(self)
        )
        self.text.setPlaceholderText(
            QCoreApplication.translate("QuestionDialog", "like: When can I go back to work?")
        )
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
NOT_SET_HOURS, NOT_SET_MINUTES = -1, -5  # below the range: the boxes show "not answered"


def _item(parent: QWidget, optional: bool = False) -> QLineEdit:
    # Empty until answered, as in the check-in: a 0 shown before the user chose it would
    # be saved as "none" without being meant.
    edit = QLineEdit(parent)
    edit.setPlaceholderText(
        QCoreApplication.translate("VisitDialogs", "0–10, or leave empty") if optional else "0–10"
    )
    return edit


class StiffnessDuration(QWidget):
    """Question 6 as a time (hours and minutes), with the 0–10 answer it maps to beside it.

    Both boxes start unanswered ("–"); an hour or minutes given alone count the other as 0.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hours = QSpinBox(self)
        self.hours.setRange(NOT_SET_HOURS, 24)
        self.hours.setSpecialValueText(QCoreApplication.translate("StiffnessDuration", "– h"))
        self.hours.setSuffix(QCoreApplication.translate("StiffnessDuration", " h"))
        self.hours.setAccessibleName(
            QCoreApplication.translate("StiffnessDuration", "Stiffness lasted, hours")
        )
        self.minutes = QSpinBox(self)
        self.minutes.setRange(NOT_SET_MINUTES, 59)
        self.minutes.setSingleStep(5)
        self.minutes.setSpecialValueText(QCoreApplication.translate("StiffnessDuration", "– min"))
        self.minutes.setSuffix(QCoreApplication.translate("StiffnessDuration", " min"))
        self.minutes.setAccessibleName(
            QCoreApplication.translate("StiffnessDuration", "Stiffness lasted, minutes")
        )
        self.clear()
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

    def clear(self) -> None:
        """Back to not answered."""
        self.hours.setValue(NOT_SET_HOURS)
        self.minutes.setValue(NOT_SET_MINUTES)

    def item(self) -> float | None:
        """The answer on question 6's 0–10 scale; None while not answered."""
        hours, minutes = self.hours.value(), self.minutes.value()
        if hours == NOT_SET_HOURS and minutes == NOT_SET_MINUTES:
            return None
        return stiffness_duration_item(max(hours, 0) * 60 + max(minutes, 0))

    def set_item(self, item: float) -> None:
        """Show a saved 0–10 answer as the time it stands for."""
        hours, minutes = divmod(round(stiffness_duration_minutes(item)), 60)
        self.hours.setValue(hours)
        self.minutes.setValue(minutes)

    def _show_scale(self) -> None:
        # The time is in the boxes beside it; the label adds what it counts as.
        item = self.item()
        text = (
            QCoreApplication.translate("StiffnessDuration", "not answered")
            if item is None
            else QCoreApplication.translate("StiffnessDuration", "= {score} of 10").format(
                score=written(item).removesuffix(".0").removesuffix(",0")
            )
        )
        self.scale.setText(text)


class BasdaiDialog(RecordDialog):
    """The six BASDAI questions about the last week, and the global question for ASDAS.

    Every answer starts blank, and Save names the questions still blank. Question 6, how
    long morning stiffness lasts, is asked as a time and mapped onto 0–10.

    Attributes:
        unanswered: the line above Save naming the questions not answered yet.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        today: date | None = None,
        answers: BasdaiAnswers | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("BasdaiDialog", "Change the BASDAI")
            if answers
            else QCoreApplication.translate("BasdaiDialog", "BASDAI: how was the last week?"),
            parent,
        )
        self._id = answers.id if answers else None
        self.setMinimumWidth(700)
        self.add_note(
            QCoreApplication.translate(
                "BasdaiDialog", "About the last week, from 0 (none) to 10 (very severe)."
            )
        )
        self.taken_on = self.add_field(
            "taken_on",
            QCoreApplication.translate("BasdaiDialog", "&Day"),
            date_edit(self, today or date.today()),
        )
        self.items: dict[str, QLineEdit] = {}
        self._labels: dict[str, str] = {}
        for n, (key, label) in enumerate(QUESTIONS, start=1):
            label = question_words(label)
            if key == DURATION:
                label = QCoreApplication.translate(
                    "BasdaiDialog", "Morning stiffness: how long (2 h or more is 10)"
                )
                self.duration = self.add_field(key, f"{n}. {label}", StiffnessDuration(self))
            else:
                self.items[key] = self.add_field(key, f"{n}. {label}", _item(self))
            self._labels[key] = QCoreApplication.translate("BasdaiDialog", "Question {n}").format(
                n=n
            )
        key, label = GLOBAL_QUESTION
        label = QCoreApplication.translate("BasdaiDialog", "{question} (for ASDAS)").format(
            question=label
        )
        self.items[key] = self.add_field(key, label, _item(self, optional=True))
        self._labels[key] = QCoreApplication.translate("BasdaiDialog", "The ASDAS question")
        self.unanswered = QLabel(self)
        self.unanswered.setObjectName("unanswered")
        self.unanswered.setProperty("role", "error")
        self.unanswered.setWordWrap(True)
        self.unanswered.setVisible(False)
        self.layout().insertWidget(self.layout().indexOf(self.buttons), self.unanswered)
        if answers is not None:
            self._fill(answers)

    def _fill(self, answers: BasdaiAnswers) -> None:
        self.taken_on.setDate(answers.taken_on)
        for key, edit in self.items.items():
            value = getattr(answers, key)
            edit.setText("" if value is None else f"{value:g}")
        self.duration.set_item(answers.stiffness_duration)

    def build(self) -> tuple[BasdaiAnswers | None, list[FieldError]]:
        """The answers, or None with the problems found (each blank answer among them)."""
        unreadable: list[FieldError] = []
        values: dict[str, float | None] = {
            key: self.number(key, self._labels[key], unreadable, "7") for key in self.items
        }
        values[DURATION] = self.duration.item()
        answers, errors = read_answers(read_date(self.taken_on), values, self._id)
        # A number that could not be read has its own message; it is not "not answered".
        wrong = {e.field for e in unreadable}
        errors = unreadable + [e for e in errors if e.field not in wrong]
        blank = [n for n in unanswered_questions(values) if QUESTIONS[n - 1][0] not in wrong]
        self.unanswered.setText(describe_unanswered(blank))
        self.unanswered.setVisible(bool(blank))
        return (None if errors else answers), errors

    @classmethod
    def ask(
        cls, parent: QWidget | None, answers: BasdaiAnswers | None = None
    ) -> BasdaiAnswers | None:
        """The week's new or changed answers, or None when the user cancelled."""
        dialog = cls(parent, answers=answers)
        return dialog.record if dialog.exec() else None
