"""Lesions and their observations on disk. Photos and their links are in ``photos.py``."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from journal.errors import LesionNotFound
from journal.lesions.checks import InvalidLesionRecord, validate_lesion, validate_observation
from journal.lesions.lesion import Crusting, Lesion, LesionObservation
from journal.pain import Region, Side
from journal.store.engine import dbapi
from journal.translation import translate
from journal.validation import FieldError

_OBSERVATION_COLUMNS = (
    "lesion_id",
    "observed_on",
    "size_mm",
    "bump_count",
    "redness",
    "pus",
    "crusting",
    "warmth",
    "swelling",
    "pain",
    "dark_marks",
    "note",
)

if TYPE_CHECKING:
    from sqlite_utils import Database


# Defined with the other record errors, for the window to catch without the store.
__all__ = ["LesionNotFound", "LesionStore"]


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _observation_row(o: LesionObservation) -> list:
    return [
        o.lesion_id,
        o.observed_on.isoformat(),
        o.size_mm,
        o.bump_count,
        o.redness,
        int(o.pus),
        o.crusting.value,
        int(o.warmth),
        int(o.swelling),
        o.pain,
        int(o.dark_marks),
        o.note,
    ]


class LesionStore:
    """Adds, changes and reads lesions and observations. Each change is one transaction."""

    def __init__(self, db: Database) -> None:
        self._db = db

    # --- lesions ------------------------------------------------------------------------

    def _check_lesion(self, lesion: Lesion) -> None:
        errors = validate_lesion(lesion, date.today())
        if errors:
            raise InvalidLesionRecord(errors)

    def _duplicate(self, name: str) -> InvalidLesionRecord:
        return InvalidLesionRecord(
            [
                FieldError(
                    "name",
                    translate("Lesions", "You already have a lesion called “{name}”.").format(
                        name=name.strip()
                    ),
                )
            ]
        )

    def add_lesion(self, lesion: Lesion) -> Lesion:
        """Save a new lesion; returns it with its id.

        Raises:
            InvalidLesionRecord: a field is wrong, or the name is already used.
        """
        self._check_lesion(lesion)
        try:
            with self._db.atomic():
                cursor = self._db.execute(
                    "INSERT INTO lesions (name, region, side, first_seen, healed_on) "
                    "VALUES (?, ?, ?, ?, ?)",
                    [
                        lesion.name.strip(),
                        lesion.region.value,
                        lesion.side.value,
                        lesion.first_seen.isoformat(),
                        lesion.healed_on.isoformat() if lesion.healed_on else None,
                    ],
                )
        except dbapi.IntegrityError:
            raise self._duplicate(lesion.name) from None
        return lesion.with_id(int(cursor.lastrowid))

    def update_lesion(self, lesion: Lesion) -> Lesion:
        """Change a saved lesion's name, place or dates."""
        if lesion.id is None:
            raise ValueError("only a saved lesion can be updated")
        self._check_lesion(lesion)
        try:
            with self._db.atomic():
                cursor = self._db.execute(
                    "UPDATE lesions SET name = ?, region = ?, side = ?, first_seen = ?, "
                    "healed_on = ? WHERE id = ?",
                    [
                        lesion.name.strip(),
                        lesion.region.value,
                        lesion.side.value,
                        lesion.first_seen.isoformat(),
                        lesion.healed_on.isoformat() if lesion.healed_on else None,
                        lesion.id,
                    ],
                )
        except dbapi.IntegrityError:
            raise self._duplicate(lesion.name) from None
        if cursor.rowcount != 1:
            raise LesionNotFound(lesion.id)
        return lesion

    def lesions(self) -> list[Lesion]:
        """Every lesion, the most recently first seen first."""
        rows = self._db.execute(
            "SELECT id, name, region, side, first_seen, healed_on FROM lesions "
            "ORDER BY first_seen DESC, id DESC"
        ).fetchall()
        return [
            Lesion(name, Region(region), Side(side), _day(first), _day(healed), lesion_id)
            for lesion_id, name, region, side, first, healed in rows
        ]

    def lesion(self, lesion_id: int) -> Lesion:
        """The lesion with this id."""
        found = next((x for x in self.lesions() if x.id == lesion_id), None)
        if found is None:
            raise LesionNotFound(lesion_id)
        return found

    def named(self, name: str) -> Lesion | None:
        """The lesion with this name (ignoring case and spaces around it), if any."""
        row = self._db.execute(
            "SELECT id FROM lesions WHERE name = ? COLLATE NOCASE", [name.strip()]
        ).fetchone()
        return self.lesion(row[0]) if row else None

    # --- observations -------------------------------------------------------------------

    def add_observation(self, observation: LesionObservation) -> LesionObservation:
        """Save a new observation (without photos; see the photo store); returns it with its id.

        Raises:
            InvalidLesionRecord: a field is wrong.
        """
        errors = validate_observation(observation, date.today())
        if errors:
            raise InvalidLesionRecord(errors)
        with self._db.atomic():
            return self.insert_observation(observation)

    def insert_observation(
        self, observation: LesionObservation, row_id: int | None = None
    ) -> LesionObservation:
        """Insert one observation row (under ``row_id`` when given, to undo a delete).

        The caller holds the transaction and has validated.
        """
        columns = ", ".join(("id", *_OBSERVATION_COLUMNS))
        marks = ", ".join("?" * (len(_OBSERVATION_COLUMNS) + 1))
        cursor = self._db.execute(
            f"INSERT INTO lesion_observations ({columns}) VALUES ({marks})",
            [row_id, *_observation_row(observation)],
        )
        return replace(observation, id=int(cursor.lastrowid))

    def update_observation(self, observation: LesionObservation) -> LesionObservation:
        """Change a saved observation's measurements and note (its photos stay)."""
        if observation.id is None:
            raise ValueError("only a saved observation can be updated")
        errors = validate_observation(observation, date.today())
        if errors:
            raise InvalidLesionRecord(errors)
        sets = ", ".join(f"{c} = ?" for c in _OBSERVATION_COLUMNS)
        with self._db.atomic():
            cursor = self._db.execute(
                f"UPDATE lesion_observations SET {sets} WHERE id = ?",
                [*_observation_row(observation), observation.id],
            )
        if cursor.rowcount != 1:
            raise LesionNotFound(observation.id)
        return observation

    def observations(
        self, lesion_id: int | None = None, first: date | None = None, last: date | None = None
    ) -> list[LesionObservation]:
        """Observations, oldest first: of one lesion, or of all; within dates if given."""
        clauses, params = [], []
        if lesion_id is not None:
            clauses.append("lesion_id = ?")
            params.append(lesion_id)
        if first is not None:
            clauses.append("observed_on >= ?")
            params.append(first.isoformat())
        if last is not None:
            clauses.append("observed_on <= ?")
            params.append(last.isoformat())
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._db.execute(
            f"SELECT id, {', '.join(_OBSERVATION_COLUMNS)} FROM lesion_observations {where} "
            "ORDER BY observed_on, id",
            params,
        ).fetchall()
        photos: dict[int, list[int]] = defaultdict(list)
        for observation_id, photo_id in self._db.execute(
            "SELECT observation_id, photo_id FROM observation_photos "
            f"WHERE observation_id IN (SELECT id FROM lesion_observations {where}) "
            "ORDER BY observation_id, position, photo_id",
            params,
        ):
            photos[observation_id].append(photo_id)
        return [self._observation(row, tuple(photos[row[0]])) for row in rows]

    def observation(self, observation_id: int) -> LesionObservation:
        """The observation with this id."""
        row = self._db.execute(
            "SELECT lesion_id FROM lesion_observations WHERE id = ?", [observation_id]
        ).fetchone()
        if row is None:
            raise LesionNotFound(observation_id)
        return next(o for o in self.observations(row[0]) if o.id == observation_id)

    @staticmethod
    def _observation(row: tuple, photo_ids: tuple[int, ...]) -> LesionObservation:
        (oid, lesion_id, day, size, bumps, redness, pus, crusting, warmth, swelling, pain,
         dark, note) = row  # fmt: skip
        return LesionObservation(
            lesion_id=lesion_id,
            observed_on=date.fromisoformat(day),
            size_mm=size,
            bump_count=bumps,
            redness=redness,
            pus=bool(pus),
            crusting=Crusting(crusting),
            warmth=bool(warmth),
            swelling=bool(swelling),
            pain=pain,
            dark_marks=bool(dark),
            note=note,
            photo_ids=photo_ids,
            id=oid,
        )
