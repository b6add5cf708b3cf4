"""Check-ins on disk: one row per check-in, one row per observed metric, its choices."""

from __future__ import annotations

import sys
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from datetime import UTC, date, datetime
from functools import cache
from typing import TYPE_CHECKING

from journal.checkin import CheckIn, local_now
from journal.errors import CheckInNotFound
from journal.metrics import Metric
from journal.pain import Character, PainSite
from journal.store.moments import from_local_columns, local_columns, within_days
from journal.store.restoring import free_id
from journal.units import UnitPreferences
from journal.validation import InvalidCheckIn, metrics_by_key, validate_checkin

if TYPE_CHECKING:
    from sqlite_utils import Database

PAIN_SITES = "pain_site"
PAIN_CHARACTERS = "pain_character"

IDS_PER_STATEMENT = 500
"""The most check-ins :meth:`CheckInStore.newest` names one by one in a statement (SQLite
takes a limited number of parameters); a larger part is found by its search instead."""


# Defined with the other record errors, for the window to catch without the store.
__all__ = ["CheckInNotFound", "CheckInStore"]


def _time_columns(taken_at: datetime) -> dict:
    local_time, offset_min = local_columns(taken_at)
    return {
        "local_time": local_time,
        "utc_offset_min": offset_min,
        "utc_time": taken_at.astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds"),
    }


_site = cache(PainSite.from_code)
_CANONICAL_UNITS = UnitPreferences()  # frozen: the messages name stored units


class CheckInStore:
    """Adds, changes, deletes and reads check-ins. Each change is one transaction."""

    def __init__(self, db: Database, metrics: Callable[[], list[Metric]]) -> None:
        self._db = db
        self._metrics = metrics

    def _check(
        self,
        checkin: CheckIn,
        metrics: Mapping[str, Metric] | None = None,
        now: datetime | None = None,
        stored_at: datetime | None = None,
    ) -> None:
        # The store never holds a value the form would refuse, whoever calls it.
        errors = validate_checkin(
            checkin,
            self._metrics() if metrics is None else metrics,
            _CANONICAL_UNITS,
            now or local_now(),
            stored_at,
        )
        if errors:
            raise InvalidCheckIn(errors)

    def _write_children(self, checkins: Iterable[CheckIn]) -> None:
        """Insert the values and choices of check-ins that carry their ids."""
        values = []
        choices = []
        for checkin in checkins:
            values += [(checkin.id, key, float(v)) for key, v in checkin.values.items()]
            choices += [(checkin.id, PAIN_SITES, site.code) for site in checkin.pain_sites]
            choices += [(checkin.id, PAIN_CHARACTERS, c.value) for c in checkin.pain_characters]
        self._db.conn.executemany(
            "INSERT INTO observations (checkin_id, metric, value) VALUES (?, ?, ?)", values
        )
        if choices:
            self._db.conn.executemany(
                "INSERT INTO checkin_choices (checkin_id, field, choice) VALUES (?, ?, ?)", choices
            )

    def _insert(self, checkin: CheckIn, checkin_id: int | None) -> CheckIn:
        """Insert rows for one check-in; the caller holds the transaction."""
        row = {
            **_time_columns(checkin.taken_at),
            "note": checkin.note,
            "show_doctor": int(checkin.show_doctor),
        }
        if checkin_id is not None:
            row["id"] = checkin_id
        cursor = self._db.execute(
            f"INSERT INTO checkins ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
            list(row.values()),
        )
        saved = checkin.with_id(int(cursor.lastrowid))
        self._write_children([saved])
        return saved

    def add(self, checkin: CheckIn) -> CheckIn:
        """Save a new check-in; returns it with its id."""
        self._check(checkin)
        with self._db.atomic():
            return self._insert(checkin, None)

    def add_many(self, checkins: Iterable[CheckIn]) -> list[CheckIn]:
        """Save many check-ins in one transaction (the demo, imports): all or none.

        Each gets a new id of its own, whatever id it carries; they are returned with them.
        """
        # One lookup of the metrics for the whole batch, not one per check-in.
        metrics, now = metrics_by_key(self._metrics()), local_now()
        batch = list(checkins)
        for checkin in batch:
            self._check(checkin, metrics, now)
        with self._db.atomic():
            # Ids handed out as SQLite would (one past the highest), inside the transaction
            # that holds the journal: three statements for the batch, not three per check-in
            # (ten years imported made 44,000 calls into SQLite).
            (highest,) = self._db.execute("SELECT coalesce(max(id), 0) FROM checkins").fetchone()
            saved = [c.with_id(n) for n, c in enumerate(batch, start=highest + 1)]
            self._insert_many(saved)
            return saved

    def _insert_many(self, checkins: list[CheckIn]) -> None:
        """Insert the rows of check-ins that carry their new ids; the caller holds the
        transaction."""
        rows = []
        for checkin in checkins:
            moment = _time_columns(checkin.taken_at)
            rows.append(
                (
                    checkin.id,
                    moment["local_time"],
                    moment["utc_offset_min"],
                    moment["utc_time"],
                    checkin.note,
                    int(checkin.show_doctor),
                )
            )
        self._db.conn.executemany(
            "INSERT INTO checkins (id, local_time, utc_offset_min, utc_time, note, show_doctor) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            rows,
        )
        self._write_children(checkins)

    def restore(self, checkin: CheckIn) -> CheckIn:
        """Put back a deleted check-in (undo of a delete); returns it under the id it got.

        That is its old id unless a check-in saved since took it (SQLite gives the newest
        id out again), in which case it gets a fresh one and the newer check-in stays.
        """
        if checkin.id is None:
            raise ValueError("only a check-in that was saved can be restored")
        # Its time is the one it was stored with: put back as it was, even when that is
        # ahead of the clock (saved while the clock was ahead, and the clock put right).
        self._check(checkin, stored_at=checkin.taken_at)
        with self._db.atomic():
            return self._insert(checkin, free_id(self._db, "checkins", checkin.id))

    def update(self, checkin: CheckIn) -> CheckIn:
        """Replace a saved check-in's time, values, choices and note."""
        if checkin.id is None:
            raise ValueError("only a saved check-in can be updated")
        with self._db.atomic():
            self._check(checkin, stored_at=self._stored_time(checkin.id))
            cursor = self._db.execute(
                "UPDATE checkins SET local_time = ?, utc_offset_min = ?, utc_time = ?, "
                "note = ?, show_doctor = ? WHERE id = ?",
                [
                    *_time_columns(checkin.taken_at).values(),
                    checkin.note,
                    int(checkin.show_doctor),
                    checkin.id,
                ],
            )
            if cursor.rowcount != 1:
                raise CheckInNotFound(checkin.id)
            self._db.execute("DELETE FROM observations WHERE checkin_id = ?", [checkin.id])
            self._db.execute("DELETE FROM checkin_choices WHERE checkin_id = ?", [checkin.id])
            self._write_children([checkin])
        return checkin

    def _stored_time(self, checkin_id: int) -> datetime:
        row = self._db.execute(
            "SELECT local_time, utc_offset_min FROM checkins WHERE id = ?", [checkin_id]
        ).fetchone()
        if row is None:
            raise CheckInNotFound(checkin_id)
        return from_local_columns(*row)

    def delete(self, checkin_id: int) -> CheckIn:
        """Delete a check-in; returns what was deleted so that it can be restored."""
        with self._db.atomic():
            deleted = self.get(checkin_id)
            self._db.execute("DELETE FROM checkins WHERE id = ?", [checkin_id])
        return deleted

    def get(self, checkin_id: int) -> CheckIn:
        """The check-in with this id."""
        found = self._select("WHERE c.id = ?", [checkin_id])
        if not found:
            raise CheckInNotFound(checkin_id)
        return found[0]

    def count(self) -> int:
        """How many check-ins the journal holds."""
        return int(self._db.execute("SELECT COUNT(*) FROM checkins").fetchone()[0])

    def between(self, first: date | None = None, last: date | None = None) -> list[CheckIn]:
        """Check-ins whose local date is within ``first``..``last`` (inclusive), newest first."""
        clauses, params = within_days("c.local_time", first, last)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return self._select(where, params)

    def newest(self, count: int, after: CheckIn | None = None) -> list[CheckIn]:
        """The ``count`` newest check-ins older than ``after`` (all, without it), newest
        first, in the order of :meth:`between`: a long journal read a part at a time."""
        if after is None:
            keyset, params = "", []
        else:
            # As a row value, not "a < x OR (a = x AND b < y)": SQLite then starts in the
            # index of times where the last part ended, where the OR made it walk the index
            # from the newest every time (ten years: a part read late took ten times longer).
            keyset = "WHERE (utc_time, id) < (?, ?)"
            params = [_time_columns(after.taken_at)["utc_time"], after.id]
        part = f"SELECT id FROM checkins {keyset} ORDER BY utc_time DESC, id DESC LIMIT ?"
        if count > IDS_PER_STATEMENT:
            return self._select(f"WHERE c.id IN ({part})", [*params, count])
        ids = [r[0] for r in self._db.execute(part, [*params, count])]
        if not ids:
            return []
        # The ids themselves, so that the check-ins' values and choices are found by key
        # rather than by running the part's search again for each.
        return self._select(f"WHERE c.id IN ({', '.join('?' * len(ids))})", ids)

    def _select(self, where: str, params: list) -> list[CheckIn]:
        rows = self._db.execute(
            "SELECT c.id, c.local_time, c.utc_offset_min, c.note, c.show_doctor FROM checkins c "
            f"{where} ORDER BY c.utc_time DESC, c.id DESC",
            params,
        ).fetchall()
        if not rows:
            return []
        # One pass over the children of the selected check-ins, grouped in memory.
        scope = f"SELECT c.id FROM checkins c {where}"
        values: dict[int, dict[str, float]] = defaultdict(dict)
        # Ten years hold some 300,000 values but a few dozen metric names and a few hundred
        # distinct numbers (pain 0-10, temperatures to a tenth): each name and each number is
        # kept once, not once per row, which is most of what the check-ins cost in memory.
        numbers: dict[float, float] = {}
        for cid, metric, value in self._db.execute(
            f"SELECT checkin_id, metric, value FROM observations WHERE checkin_id IN ({scope})",
            params,
        ):
            # (SQLite keeps a whole REAL as an integer, so -0.0 already reads back as 0.0.)
            values[cid][sys.intern(metric)] = numbers.setdefault(value, value)
        choices: dict[int, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for cid, field, choice in self._db.execute(
            f"SELECT checkin_id, field, choice FROM checkin_choices WHERE checkin_id IN ({scope})",
            params,
        ):
            choices[cid][field].add(choice)
        none: dict[str, set[str]] = {}
        # The same few sets of pain sites and characters recur on most days: one object each.
        # (Two tables: a site and a character are different kinds, whatever their codes.)
        site_sets: dict[frozenset, frozenset] = {}
        character_sets: dict[frozenset, frozenset] = {}
        checkins = []
        for cid, local_time, offset, note, show_doctor in rows:
            chosen = choices.get(cid, none)
            sites = frozenset(map(_site, chosen.get(PAIN_SITES, ())))
            characters = frozenset(map(Character, chosen.get(PAIN_CHARACTERS, ())))
            checkins.append(
                CheckIn(
                    taken_at=from_local_columns(local_time, offset),
                    values=values.get(cid, {}),
                    pain_sites=site_sets.setdefault(sites, sites),
                    pain_characters=character_sets.setdefault(characters, characters),
                    note=note,
                    show_doctor=bool(show_doctor),
                    id=cid,
                )
            )
        return checkins
