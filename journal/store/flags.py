"""Acknowledged red flags, kept in the journal so they stay on record."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

    from journal.flags.model import Acknowledgement, Flag


def _key(rule: str, first_day: str) -> str:
    return f"{rule}:{first_day}"


class FlagStore:
    """Reads and writes the user's acknowledgements of red flags."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def acknowledgements(self) -> dict[str, Acknowledgement]:
        """Every acknowledgement, by the key of the flag it is for."""
        # Imported here: the red flags' package is the rules too, which opening a journal
        # does not need.
        from journal.flags.model import Acknowledgement

        rows = self._db.execute(
            "SELECT rule, first_day, last_day, acknowledged_at FROM flag_acknowledgements"
        ).fetchall()
        return {
            _key(rule, first): Acknowledgement(
                _key(rule, first), date.fromisoformat(last), datetime.fromisoformat(at)
            )
            for rule, first, last, at in rows
        }

    def acknowledge(self, flag: Flag, at: datetime) -> Acknowledgement:
        """Record that the user has seen ``flag`` as it stands; a later one replaces it.

        Args:
            flag: the flag seen.
            at: when, timezone-aware.
        """
        if at.tzinfo is None:
            raise ValueError("an acknowledgement time needs its UTC offset")
        at = at.replace(microsecond=0)
        with self._db.atomic():
            self._db.execute(
                "INSERT INTO flag_acknowledgements (rule, first_day, last_day, acknowledged_at) "
                "VALUES (?, ?, ?, ?) ON CONFLICT (rule, first_day) DO UPDATE SET "
                "last_day = excluded.last_day, acknowledged_at = excluded.acknowledged_at",
                [
                    flag.rule.key,
                    flag.first_day.isoformat(),
                    flag.last_day.isoformat(),
                    at.isoformat(),
                ],
            )
        from journal.flags.model import Acknowledgement

        return Acknowledgement(flag.key, flag.last_day, at)

    def withdraw(self, flag: Flag) -> None:
        """Forget the acknowledgement of ``flag`` (undo)."""
        with self._db.atomic():
            self._db.execute(
                "DELETE FROM flag_acknowledgements WHERE rule = ? AND first_day = ?",
                [flag.rule.key, flag.first_day.isoformat()],
            )
