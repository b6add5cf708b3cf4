"""Appointments and the checklist of questions for them, on disk."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime
from typing import TYPE_CHECKING

from journal.care.appointments import (
    Question,
    next_appointment,
    validate_appointment,
    validate_question,
)
from journal.care.records import Appointment
from journal.store.moments import from_local_columns, local_columns, within_days
from journal.store.record_errors import RecordNotFound, check
from journal.store.restoring import insert_restored

if TYPE_CHECKING:
    from sqlite_utils import Database


def _appointment_row(appointment: Appointment) -> dict:
    local_time, offset = local_columns(appointment.at)
    return {
        "local_time": local_time,
        "utc_offset_min": offset,
        "clinician": appointment.clinician.strip(),
        "place": appointment.place.strip(),
        "outcome": appointment.outcome.strip(),
    }


def _question_row(question: Question) -> dict:
    return {
        "appointment_id": question.appointment_id,
        "text": question.text.strip(),
        "done": int(question.done),
        "position": question.position,
    }


def _question(row: dict) -> Question:
    return Question(
        row["text"], bool(row["done"]), row["appointment_id"], row["position"], row["id"]
    )


class AppointmentStore:
    """Adds, changes, deletes and reads appointments and their questions."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def _appointment(self, row: dict, questions: list[Question]) -> Appointment:
        return Appointment(
            at=from_local_columns(row["local_time"], row["utc_offset_min"]),
            clinician=row["clinician"],
            place=row["place"],
            questions=tuple(q.text for q in questions if q.appointment_id == row["id"]),
            outcome=row["outcome"],
            id=row["id"],
        )

    def add(self, appointment: Appointment, now: datetime | None = None) -> Appointment:
        """Save an appointment; its ``questions`` become unticked checklist items.

        Questions waiting for "my next appointment" (none was booked) join it when it is the
        next one from ``now``.
        """
        check(validate_appointment(appointment))
        now = now or datetime.now().astimezone()
        with self._db.atomic():
            new_id = self._db["appointments"].insert(_appointment_row(appointment)).last_pk
            for text in appointment.questions:
                self._insert_question(Question(text, appointment_id=new_id))
            coming = next_appointment(self.all(), now)
            if coming is not None and coming.id == new_id:
                self._db.execute(
                    "UPDATE appointment_questions SET appointment_id = ? "
                    "WHERE appointment_id IS NULL",
                    [new_id],
                )
        return self.get(new_id)

    def update(self, appointment: Appointment) -> Appointment:
        """Save changes to an appointment (its outcome, after the visit); not its questions."""
        check(validate_appointment(appointment))
        self.get(appointment.id)
        with self._db.atomic():
            self._db["appointments"].update(appointment.id, _appointment_row(appointment))
        return self.get(appointment.id)

    def get(self, appointment_id: int | None) -> Appointment:
        """One appointment by id, with its questions."""
        rows = list(self._db.query("SELECT * FROM appointments WHERE id = ?", [appointment_id]))
        if not rows:
            raise RecordNotFound(f"no appointment {appointment_id}")
        return self._appointment(rows[0], self.questions(appointment_id))

    def all(self, first: date | None = None, last: date | None = None) -> list[Appointment]:
        """Appointments from ``first`` to ``last`` inclusive, oldest first."""
        clauses, params = within_days("local_time", first, last)
        where: list[str] = ["1 = 1", *clauses]
        sql = f"SELECT * FROM appointments WHERE {' AND '.join(where)} ORDER BY local_time, id"
        questions = self.all_questions()
        return [self._appointment(r, questions) for r in self._db.query(sql, params)]

    def delete(self, appointment_id: int) -> tuple[Appointment, list[Question]]:
        """Delete an appointment and its questions; returns both for undo."""
        appointment = self.get(appointment_id)
        questions = self.questions(appointment_id)
        with self._db.atomic():
            self._db.execute(
                "DELETE FROM appointment_questions WHERE appointment_id = ?", [appointment_id]
            )
            self._db.execute("DELETE FROM appointments WHERE id = ?", [appointment_id])
        return appointment, questions

    def restore(
        self, appointment: Appointment, questions: Iterable[Question] = ()
    ) -> tuple[Appointment, list[Question]]:
        """Put back a deleted appointment and its questions; returns them as now stored.

        Each keeps its old id unless a record saved since took it; the questions belong to
        the appointment as restored.
        """
        with self._db.atomic():
            new_id = insert_restored(
                self._db, "appointments", _appointment_row(appointment), appointment.id
            )
            restored = [self._put_question(replace(q, appointment_id=new_id)) for q in questions]
        return self.get(new_id), restored

    def _put_question(self, question: Question) -> Question:
        row = _question_row(question)
        return replace(
            question, id=insert_restored(self._db, "appointment_questions", row, question.id)
        )

    # --- questions ------------------------------------------------------------------------

    def _insert_question(self, question: Question) -> Question:
        position = self._db.execute(
            "SELECT COALESCE(MAX(position), 0) + 1 FROM appointment_questions"
        ).fetchone()[0]
        row = {**_question_row(question), "position": position}
        return replace(
            question, position=position, id=self._db["appointment_questions"].insert(row).last_pk
        )

    def add_question(self, text: str, now: datetime | None = None) -> Question:
        """Add a question for the next appointment (or for whenever one is booked)."""
        check(validate_question(text))
        coming = next_appointment(self.all(), now or datetime.now().astimezone())
        with self._db.atomic():
            return self._insert_question(
                Question(text.strip(), appointment_id=coming.id if coming else None)
            )

    def questions(self, appointment_id: int | None) -> list[Question]:
        """The checklist of one appointment, or the unassigned one for None, in order."""
        sql = "SELECT * FROM appointment_questions WHERE appointment_id IS ? ORDER BY position"
        return [_question(r) for r in self._db.query(sql, [appointment_id])]

    def all_questions(self) -> list[Question]:
        """Every question, in checklist order."""
        sql = "SELECT * FROM appointment_questions ORDER BY position"
        return [_question(r) for r in self._db.query(sql)]

    def set_done(self, question_id: int, done: bool) -> None:
        """Tick a question off, or untick it."""
        with self._db.atomic():
            self._db.execute(
                "UPDATE appointment_questions SET done = ? WHERE id = ?", [int(done), question_id]
            )

    def delete_question(self, question_id: int) -> Question:
        """Delete a question; returns it for undo."""
        rows = list(
            self._db.query("SELECT * FROM appointment_questions WHERE id = ?", [question_id])
        )
        if not rows:
            raise RecordNotFound(f"no question {question_id}")
        with self._db.atomic():
            self._db.execute("DELETE FROM appointment_questions WHERE id = ?", [question_id])
        return _question(rows[0])

    def restore_question(self, question: Question) -> Question:
        """Put back a deleted question in its old place; returns it as now stored.

        If its appointment was deleted meanwhile, the question waits for the next one
        booked rather than being lost.
        """
        with self._db.atomic():
            gone = not self._db.execute(
                "SELECT 1 FROM appointments WHERE id = ?", [question.appointment_id]
            ).fetchone()
            if question.appointment_id is not None and gone:
                question = replace(question, appointment_id=None)
            return self._put_question(question)
