"""Lab results and imaging on disk."""

from __future__ import annotations

from dataclasses import asdict, replace
from datetime import date
from typing import TYPE_CHECKING

from journal.care.labs import validate_imaging, validate_lab
from journal.care.records import Imaging, LabResult
from journal.store.record_errors import RecordNotFound, check
from journal.store.restoring import insert_restored

if TYPE_CHECKING:
    from sqlite_utils import Database


def _lab_row(lab: LabResult) -> dict:
    row = asdict(lab)
    row.pop("id")
    row["test"] = lab.test.strip()
    row["taken_on"] = lab.taken_on.isoformat()
    return row


_LAB_COLUMNS = (
    "test",
    "taken_on",
    "value",
    "unit",
    "text",
    "reference_low",
    "reference_high",
    "id",
)


def _lab(row: dict) -> LabResult:
    return LabResult(**{**row, "taken_on": date.fromisoformat(row["taken_on"])})


def _imaging_row(imaging: Imaging) -> dict:
    return {
        "kind": imaging.kind.strip(),
        "done_on": imaging.done_on.isoformat(),
        "result": imaging.result,
    }


def _imaging(row: dict) -> Imaging:
    return Imaging(row["kind"], date.fromisoformat(row["done_on"]), row["result"], row["id"])


def _between(column: str, first: date | None, last: date | None) -> tuple[str, list]:
    where, params = ["1 = 1"], []
    if first is not None:
        where.append(f"{column} >= ?")
        params.append(first.isoformat())
    if last is not None:
        where.append(f"{column} <= ?")
        params.append(last.isoformat())
    return " AND ".join(where), params


class LabStore:
    """Adds, changes, deletes and reads lab results and imaging."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def add(self, lab: LabResult) -> LabResult:
        """Save a lab result.

        Raises:
            InvalidRecord: the result has problems; nothing was saved.
        """
        check(validate_lab(lab))
        with self._db.atomic():
            new_id = self._db["lab_results"].insert(_lab_row(lab)).last_pk
        return replace(lab, id=new_id)

    def get(self, lab_id: int | None) -> LabResult:
        """One lab result by id.

        Raises:
            RecordNotFound: no lab result has this id.
        """
        rows = list(self._db.query("SELECT * FROM lab_results WHERE id = ?", [lab_id]))
        if not rows:
            raise RecordNotFound(f"no lab result {lab_id}")
        return _lab(rows[0])

    def update(self, lab: LabResult) -> LabResult:
        """Save changes to a lab result (a typo in the value, the wrong day).

        Raises:
            InvalidRecord: the result has problems; nothing was saved.
            RecordNotFound: no lab result has this id.
        """
        check(validate_lab(lab))
        self.get(lab.id)
        with self._db.atomic():
            self._db["lab_results"].update(lab.id, _lab_row(lab))
        return lab

    def all(self, first: date | None = None, last: date | None = None) -> list[LabResult]:
        """Lab results from ``first`` to ``last`` inclusive, oldest first."""
        where, params = _between("taken_on", first, last)
        sql = (
            f"SELECT {', '.join(_LAB_COLUMNS)} FROM lab_results WHERE {where} ORDER BY taken_on, id"
        )
        # Plain rows, not sqlite-utils' dictionaries: ten years are weekly labs, read when the
        # Care record page is built (twice: the BASDAI tab's ASDAS reads the CRP).
        return [
            _lab(dict(zip(_LAB_COLUMNS, r, strict=True)))
            for r in self._db.execute(sql, params).fetchall()
        ]

    def delete(self, lab_id: int) -> LabResult:
        """Delete a lab result; returns it for undo."""
        lab = self.get(lab_id)
        with self._db.atomic():
            self._db.execute("DELETE FROM lab_results WHERE id = ?", [lab_id])
        return lab

    def restore(self, lab: LabResult) -> LabResult:
        """Put back a deleted lab result; returns it under its old id or, if taken, a new one."""
        with self._db.atomic():
            return replace(lab, id=insert_restored(self._db, "lab_results", _lab_row(lab), lab.id))

    def add_imaging(self, imaging: Imaging) -> Imaging:
        """Save an imaging study."""
        check(validate_imaging(imaging))
        with self._db.atomic():
            new_id = self._db["imaging"].insert(_imaging_row(imaging)).last_pk
        return replace(imaging, id=new_id)

    def get_imaging(self, imaging_id: int | None) -> Imaging:
        """One imaging study by id.

        Raises:
            RecordNotFound: no imaging study has this id.
        """
        rows = list(self._db.query("SELECT * FROM imaging WHERE id = ?", [imaging_id]))
        if not rows:
            raise RecordNotFound(f"no imaging {imaging_id}")
        return _imaging(rows[0])

    def update_imaging(self, imaging: Imaging) -> Imaging:
        """Save changes to an imaging study.

        Raises:
            InvalidRecord: the study has problems; nothing was saved.
            RecordNotFound: no imaging study has this id.
        """
        check(validate_imaging(imaging))
        self.get_imaging(imaging.id)
        with self._db.atomic():
            self._db["imaging"].update(imaging.id, _imaging_row(imaging))
        return imaging

    def imaging(self, first: date | None = None, last: date | None = None) -> list[Imaging]:
        """Imaging from ``first`` to ``last`` inclusive, oldest first."""
        where, params = _between("done_on", first, last)
        sql = f"SELECT * FROM imaging WHERE {where} ORDER BY done_on, id"
        return [_imaging(r) for r in self._db.query(sql, params)]

    def delete_imaging(self, imaging_id: int) -> Imaging:
        """Delete an imaging study; returns it for undo."""
        imaging = self.get_imaging(imaging_id)
        with self._db.atomic():
            self._db.execute("DELETE FROM imaging WHERE id = ?", [imaging_id])
        return imaging

    def restore_imaging(self, imaging: Imaging) -> Imaging:
        """Put back a deleted imaging study; returns it under the id it got."""
        with self._db.atomic():
            new_id = insert_restored(self._db, "imaging", _imaging_row(imaging), imaging.id)
        return replace(imaging, id=new_id)
