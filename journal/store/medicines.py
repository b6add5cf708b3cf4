"""Medicines (regimens) and the dose log on disk."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from journal.care.medicines import validate_course_change, validate_dose, validate_regimen
from journal.care.records import DoseEvent, DoseStatus, Purpose, Regimen, Route
from journal.store.moments import day_or_none, from_local_columns, local_columns, within_days
from journal.store.record_errors import InvalidRecord, RecordNotFound
from journal.store.restoring import insert_restored, insert_restored_many
from journal.validation import FieldError

if TYPE_CHECKING:
    from sqlite_utils import Database


def _regimen_row(regimen: Regimen) -> dict:
    return {
        "name": regimen.name.strip(),
        "dose": regimen.dose,
        "dose_unit": regimen.dose_unit.strip(),
        "route": regimen.route.value,
        "purpose": regimen.purpose.value,
        "start_day": regimen.start.isoformat(),
        "end_day": regimen.end.isoformat() if regimen.end else None,
        "times_per_day": regimen.times_per_day,
        "planned_length": regimen.planned_length,
        "dose_times": ",".join(f"{t:%H:%M}" for t in regimen.dose_times),
    }


def _regimen(row: dict) -> Regimen:
    return Regimen(
        name=row["name"],
        dose=row["dose"],
        dose_unit=row["dose_unit"],
        route=Route(row["route"]),
        purpose=Purpose(row["purpose"]),
        start=date.fromisoformat(row["start_day"]),
        end=day_or_none(row["end_day"]),
        times_per_day=row["times_per_day"],
        id=row["id"],
        planned_length=row["planned_length"],
        dose_times=tuple(time.fromisoformat(t) for t in row["dose_times"].split(",") if t),
    )


_DOSE_COLUMNS = ("regimen_id", "local_time", "utc_offset_min", "status", "side_effects")


def _dose_values(dose: DoseEvent) -> tuple:
    """The dose's values in the order of :data:`_DOSE_COLUMNS`."""
    local_time, offset = local_columns(dose.at)
    return (dose.regimen_id, local_time, offset, dose.status.value, dose.side_effects.strip())


def _copied(dose: DoseEvent, **changes: object) -> DoseEvent:
    """``dose`` with ``changes`` to its id or medicine.

    The same as ``dataclasses.replace`` without checking its text again (it was checked
    when ``dose`` was made): ten years of doses are 14,600 of these.
    """
    copy = object.__new__(DoseEvent)
    copy.__dict__.update(dose.__dict__)
    copy.__dict__.update(changes)
    return copy


def _read_dose(row: tuple, statuses: dict[str, DoseStatus]) -> DoseEvent:
    """A dose from a row of ``id`` and :data:`_DOSE_COLUMNS`."""
    dose_id, regimen_id, local_time, offset, status, side_effects = row
    return DoseEvent(
        regimen_id, from_local_columns(local_time, offset), statuses[status], side_effects, dose_id
    )


def _dose_row(dose: DoseEvent) -> dict:
    local_time, offset = local_columns(dose.at)
    return {
        "regimen_id": dose.regimen_id,
        "local_time": local_time,
        "utc_offset_min": offset,
        "status": dose.status.value,
        "side_effects": dose.side_effects.strip(),
    }


def _dose(row: dict) -> DoseEvent:
    return DoseEvent(
        regimen_id=row["regimen_id"],
        at=from_local_columns(row["local_time"], row["utc_offset_min"]),
        status=DoseStatus(row["status"]),
        side_effects=row["side_effects"],
        id=row["id"],
    )


class MedicineStore:
    """Adds, changes, deletes and reads medicines and their doses."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # --- medicines ------------------------------------------------------------------------

    def add(self, regimen: Regimen) -> Regimen:
        """Save a new medicine.

        Raises:
            InvalidRecord: the medicine has problems; nothing was saved.
        """
        errors = validate_regimen(regimen)
        if errors:
            raise InvalidRecord(errors)
        with self._db.atomic():
            new_id = self._db["regimens"].insert(_regimen_row(regimen)).last_pk
        return replace(regimen, id=new_id)

    def update(self, regimen: Regimen) -> Regimen:
        """Save changes to a medicine (a new end day when a course is stopped early).

        Raises:
            InvalidRecord: the medicine has problems, or its logged doses would fall
                outside its new days; nothing was saved.
            RecordNotFound: no medicine has this id.
        """
        errors = validate_regimen(regimen)
        if errors:
            raise InvalidRecord(errors)
        self.get(regimen.id)
        with self._db.atomic():
            errors = validate_course_change(regimen, self.doses(regimen_id=regimen.id))
            if errors:
                raise InvalidRecord(errors)
            self._db["regimens"].update(regimen.id, _regimen_row(regimen))
        return regimen

    def get(self, regimen_id: int | None) -> Regimen:
        """One medicine by id.

        Raises:
            RecordNotFound: no medicine has this id.
        """
        rows = list(self._db.query("SELECT * FROM regimens WHERE id = ?", [regimen_id]))
        if not rows:
            raise RecordNotFound(f"no medicine {regimen_id}")
        return _regimen(rows[0])

    def all(self) -> list[Regimen]:
        """Every medicine, in the order they started."""
        return [
            _regimen(r) for r in self._db.query("SELECT * FROM regimens ORDER BY start_day, id")
        ]

    def delete(self, regimen_id: int) -> tuple[Regimen, list[DoseEvent]]:
        """Delete a medicine and its doses; returns both so that the delete can be undone."""
        regimen = self.get(regimen_id)
        doses = self.doses(regimen_id=regimen_id)
        with self._db.atomic():
            self._db.execute("DELETE FROM regimens WHERE id = ?", [regimen_id])
        return regimen, doses

    def restore(
        self, regimen: Regimen, doses: Iterable[DoseEvent] = ()
    ) -> tuple[Regimen, list[DoseEvent]]:
        """Put back a deleted medicine and its doses; returns them under the ids they got.

        Each keeps its old id unless a record saved since took it; the doses belong to the
        medicine as restored.
        """
        doses = list(doses)
        with self._db.atomic():
            new_id = insert_restored(self._db, "regimens", _regimen_row(regimen), regimen.id)
            rows = [{**_dose_row(d), "regimen_id": new_id} for d in doses]
            ids = insert_restored_many(self._db, "doses", rows, [d.id for d in doses])
        restored = [_copied(d, regimen_id=new_id, id=i) for d, i in zip(doses, ids, strict=True)]
        return replace(regimen, id=new_id), restored

    def _put_dose(self, dose: DoseEvent) -> DoseEvent:
        return replace(dose, id=insert_restored(self._db, "doses", _dose_row(dose), dose.id))

    # --- doses ----------------------------------------------------------------------------

    def add_doses(self, doses: Iterable[DoseEvent], now: datetime | None = None) -> list[DoseEvent]:
        """Log doses in one transaction ("took today's doses" is one step).

        Raises:
            InvalidRecord: a dose has problems; none was saved.
        """
        doses = list(doses)
        now = now or datetime.now().astimezone()
        regimens = {r.id: r for r in self.all()}
        errors: list[FieldError] = []
        for dose in doses:
            if dose.regimen_id not in regimens:
                raise RecordNotFound(f"no medicine {dose.regimen_id}")
            errors += validate_dose(dose, regimens[dose.regimen_id], now)
        if errors:
            raise InvalidRecord(errors)
        rows = [_dose_values(dose) for dose in doses]
        # One prepared statement for every row (not sqlite-utils' insert, which inspects the
        # table on each call), and no read per row: a year of doses is one write.
        with self._db.atomic():
            self._db.conn.executemany(
                f"INSERT INTO doses ({', '.join(_DOSE_COLUMNS)}) "
                f"VALUES ({', '.join('?' * len(_DOSE_COLUMNS))})",
                rows,
            )
            # This transaction holds the write lock from its first insert, and each new rowid
            # is one more than the highest: the newest rows are these, in the order given.
            ids = [
                r[0]
                for r in self._db.conn.execute(
                    "SELECT id FROM doses ORDER BY id DESC LIMIT ?", [len(rows)]
                )
            ][::-1]
        return [_copied(dose, id=new_id) for dose, new_id in zip(doses, ids, strict=True)]

    def add_dose(self, dose: DoseEvent, now: datetime | None = None) -> DoseEvent:
        """Log one dose taken or missed."""
        return self.add_doses([dose], now)[0]

    def doses(
        self, first: date | None = None, last: date | None = None, regimen_id: int | None = None
    ) -> list[DoseEvent]:
        """Doses from ``first`` to ``last`` (local days, inclusive), oldest first."""
        clauses, params = within_days("local_time", first, last)
        where: list[str] = ["1 = 1", *clauses]
        if regimen_id is not None:
            where.append("regimen_id = ?")
            params.append(regimen_id)
        sql = (
            f"SELECT id, {', '.join(_DOSE_COLUMNS)} FROM doses "
            f"WHERE {' AND '.join(where)} ORDER BY local_time, id"
        )
        # Plain rows, not sqlite-utils' dictionaries: ten years are 15,000 doses, read each
        # time the summary or the medicines page is made.
        statuses = {s.value: s for s in DoseStatus}
        return [_read_dose(r, statuses) for r in self._db.conn.execute(sql, params).fetchall()]

    def delete_dose(self, dose_id: int) -> DoseEvent:
        """Delete one dose entry; returns it for undo."""
        rows = list(self._db.query("SELECT * FROM doses WHERE id = ?", [dose_id]))
        if not rows:
            raise RecordNotFound(f"no dose {dose_id}")
        with self._db.atomic():
            self._db.execute("DELETE FROM doses WHERE id = ?", [dose_id])
        return _dose(rows[0])

    def restore_dose(self, dose: DoseEvent) -> DoseEvent:
        """Put back a deleted dose; returns it under the id it got.

        Raises:
            RestoreConflict: its medicine is gone (deleted meanwhile).
        """
        with self._db.atomic():
            return self._put_dose(dose)
