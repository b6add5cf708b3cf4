"""Weekly BASDAI answers on disk."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date
from typing import TYPE_CHECKING

from journal.care.basdai import BasdaiAnswers, validate_basdai
from journal.store.record_errors import RecordNotFound, check
from journal.store.restoring import insert_restored

if TYPE_CHECKING:
    from sqlite_utils import Database


def _row(answers: BasdaiAnswers) -> dict:
    row = asdict(answers)
    row.pop("id")
    row["taken_on"] = answers.taken_on.isoformat()
    return row


def _answers(row: dict) -> BasdaiAnswers:
    return BasdaiAnswers(**{**row, "taken_on": date.fromisoformat(row["taken_on"])})


class BasdaiStore:
    """Adds, changes, deletes and reads BASDAI questionnaires."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, answers: BasdaiAnswers) -> BasdaiAnswers:
        """Save a filled-in questionnaire.

        Raises:
            InvalidRecord: an answer is outside 0–10; nothing was saved.
        """
        check(validate_basdai(answers))
        with self._db.atomic():
            new_id = self._db["basdai"].insert(_row(answers)).last_pk
        return replace(answers, id=new_id)

    def get(self, answers_id: int | None) -> BasdaiAnswers:
        """One questionnaire by id.

        Raises:
            RecordNotFound: no questionnaire has this id.
        """
        rows = list(self._db.query("SELECT * FROM basdai WHERE id = ?", [answers_id]))
        if not rows:
            raise RecordNotFound(f"no BASDAI {answers_id}")
        return _answers(rows[0])

    def update(self, answers: BasdaiAnswers) -> BasdaiAnswers:
        """Save changes to a questionnaire.

        Raises:
            InvalidRecord: an answer is outside 0–10; nothing was saved.
            RecordNotFound: no questionnaire has this id.
        """
        check(validate_basdai(answers))
        self.get(answers.id)
        with self._db.atomic():
            self._db["basdai"].update(answers.id, _row(answers))
        return answers

    def all(self, first: date | None = None, last: date | None = None) -> list[BasdaiAnswers]:
        """Questionnaires from ``first`` to ``last`` inclusive, oldest first."""
        rows = self._db.query(
            "SELECT * FROM basdai WHERE taken_on >= ? AND taken_on <= ? ORDER BY taken_on, id",
            [(first or date.min).isoformat(), (last or date.max).isoformat()],
        )
        return [_answers(r) for r in rows]

    def delete(self, answers_id: int) -> BasdaiAnswers:
        """Delete a questionnaire; returns it for undo."""
        answers = self.get(answers_id)
        with self._db.atomic():
            self._db.execute("DELETE FROM basdai WHERE id = ?", [answers_id])
        return answers

    def restore(self, answers: BasdaiAnswers) -> BasdaiAnswers:
        """Put back a deleted questionnaire; returns it under the id it got."""
        with self._db.atomic():
            new_id = insert_restored(self._db, "basdai", _row(answers), answers.id)
        return replace(answers, id=new_id)
