"""Appointments, and the checklist of questions for the doctor built over days."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journal.care.appointments import Question, next_appointment
from journal.care.records import Appointment
from journal.checkin import local_now
from journal.dates import day_text, moment_text
from journal.translation import QT_TRANSLATE_NOOP
from journal.ui.care.care_commands import DeleteRecord
from journal.ui.care.care_facade import CareFacade
from journal.ui.care.care_models import QuestionListModel
from journal.ui.care.record_table import RecordKind, RecordSection, heading
from journal.ui.care.visit_dialogs import AppointmentDialog, QuestionDialog
from journal.ui.parts.buttons import action_button
from journal.ui.parts.empty_hint import show_when_empty

NO_APPOINTMENTS = QT_TRANSLATE_NOOP(
    "AppointmentsView",
    "No appointments yet. Add one with Add appointment (Alt+D); after the visit, Change… "
    "keeps what was decided.",
)
NO_QUESTIONS = QT_TRANSLATE_NOOP(
    "AppointmentsView",
    "No questions yet. Add one with Add question (Alt+Q), or press Ctrl+Shift+D on any page "
    "when a question comes to mind.",
)


def _cells(appointment: Appointment) -> tuple[str, ...]:
    return (
        moment_text(appointment.at),
        appointment.clinician,
        appointment.place,
        str(len(appointment.questions)) if appointment.questions else "",
        appointment.outcome.replace("\n", " "),
    )


class AppointmentsView(QWidget):
    """The appointments table beside the questions for the one selected."""

    def __init__(self, care: CareFacade, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self._care = care
        self._undo = undo_stack
        self._ticking = False
        self.status = QLabel(self)
        self.section = RecordSection(
            QCoreApplication.translate("AppointmentsView", "Appointments"),
            (
                QCoreApplication.translate("AppointmentsView", "When"),
                QCoreApplication.translate("AppointmentsView", "Clinician"),
                QCoreApplication.translate("AppointmentsView", "Place"),
                QCoreApplication.translate("AppointmentsView", "Questions"),
                QCoreApplication.translate("AppointmentsView", "Outcome and decisions"),
            ),
            _cells,
            RecordKind(
                QCoreApplication.translate("AppointmentsView", "appointment"),
                lambda appointment: QCoreApplication.translate(
                    "AppointmentsView", "the appointment of {day}"
                ).format(day=day_text(appointment.at.date())),
                care.delete_appointment,
                care.restore_appointment,
                lambda parent, *appointment: AppointmentDialog.ask(parent, *appointment),
                care.add_appointment,
                care.change_appointment,
                add_text=QCoreApplication.translate("AppointmentsView", "A&dd appointment…"),
            ),
            undo_stack,
            self.status,
            parent=self,
        )
        self.table = self.section.table
        self.question_model = QuestionListModel(self._on_tick, self)
        self.questions = QListView(self)
        self.questions.setObjectName("questions")
        self.questions.setAccessibleName(
            QCoreApplication.translate("AppointmentsView", "Questions for my doctor")
        )
        self.questions.setModel(self.question_model)
        self.questions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.questions.setWordWrap(True)
        self.questions_for = QLabel(self)
        self.questions_for.setWordWrap(True)
        self.ask_button = action_button(
            self,
            QCoreApplication.translate("AppointmentsView", "Add &question…"),
            QCoreApplication.translate("AppointmentsView", "Add question"),
            self.add_question,
        )
        self.delete_question_button = action_button(
            self,
            QCoreApplication.translate("AppointmentsView", "Delete question"),
            QCoreApplication.translate("AppointmentsView", "Delete question"),
            self.delete_question,
        )

        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(
            heading(
                QCoreApplication.translate("AppointmentsView", "Questions for my doctor"), right
            )
        )
        right_layout.addWidget(self.questions_for)
        right_layout.addWidget(self.questions, 1)
        row = QHBoxLayout()
        row.addWidget(self.ask_button)
        row.addStretch(1)
        row.addWidget(self.delete_question_button)
        right_layout.addLayout(row)
        splitter = QSplitter(self)
        splitter.addWidget(self.section)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)

        self.section.say_when_empty(QCoreApplication.translate("AppointmentsView", NO_APPOINTMENTS))
        self.questions_hint = show_when_empty(
            self.questions, QCoreApplication.translate("AppointmentsView", NO_QUESTIONS)
        )
        self.table.selectionModel().selectionChanged.connect(self._show_questions)
        care.appointments_changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        """Read appointments again; select the one selected before, else the next one."""
        if self._ticking:
            return
        selected = self.table.selected()
        appointments = self._care.appointments()
        self.section.set_rows(list(reversed(appointments)))
        wanted = selected or next_appointment(appointments, local_now())
        if wanted is None and appointments:
            wanted = appointments[-1]
        if wanted is not None:
            self.table.select_id(wanted.id)
        self._show_questions()

    def _shown_appointment(self) -> Appointment | None:
        return self.table.selected()

    def _show_questions(self, *_: object) -> None:
        appointment = self._shown_appointment()
        questions = self._care.questions(None)
        if appointment is not None:
            questions = self._care.questions(appointment.id) + questions
            self.questions_for.setText(
                (
                    QCoreApplication.translate(
                        "AppointmentsView",
                        "For {clinician} on {day} at {time}. Tick a question once it is answered.",
                    )
                    if appointment.clinician
                    else QCoreApplication.translate(
                        "AppointmentsView",
                        "For the appointment on {day} at {time}. "
                        "Tick a question once it is answered.",
                    )
                ).format(
                    clinician=appointment.clinician,
                    day=day_text(appointment.at.date()),
                    time=f"{appointment.at:%H:%M}",
                )
            )
        else:
            self.questions_for.setText(
                QCoreApplication.translate(
                    "AppointmentsView",
                    "For your next appointment, whenever it is booked. "
                    "Add questions here or with Ctrl+Shift+D from anywhere.",
                )
            )
        self.question_model.set_rows(questions)
        self.delete_question_button.setEnabled(bool(questions))

    def _on_tick(self, question: Question, done: bool) -> None:
        self._ticking = True
        try:
            self._care.set_question_done(question.id, done)
        finally:
            self._ticking = False

    # --- actions --------------------------------------------------------------------------

    def add_question(self) -> None:
        """Ask for a question and add it to the next appointment's checklist."""
        text = QuestionDialog.ask(self)
        if text is not None:
            self._care.add_question(text)
            self.status.setText(
                QCoreApplication.translate(
                    "AppointmentsView", "Question added for your next appointment."
                )
            )

    def delete_question(self) -> None:
        """Delete the selected question; Ctrl+Z puts it back."""
        rows = self.questions.selectionModel().selectedRows()
        if not rows:
            return
        question = self.question_model.question_at(rows[0].row())
        self._undo.push(
            DeleteRecord(
                QCoreApplication.translate("AppointmentsView", "Delete a question"),
                question.id,
                self._care.delete_question,
                self._care.restore_question,
                self.status.setText,
            )
        )
        self.status.setText(
            QCoreApplication.translate(
                "AppointmentsView", "Question deleted. Press Ctrl+Z to undo."
            )
        )
