"""Checks on lesions and their observations, with messages a patient understands."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from journal.errors import FieldError, InvalidRecord
from journal.lesions.lesion import Lesion, LesionObservation
from journal.numbers import is_real_number

MAX_SIZE_MM = 500


class InvalidLesionRecord(InvalidRecord):
    """Raised when a lesion or an observation with problems is about to be saved."""


def validate_lesion(
    lesion: Lesion, today: date, taken_names: Iterable[str] = ()
) -> list[FieldError]:
    """Every problem with ``lesion``; an empty list means it can be saved.

    Args:
        lesion: the lesion as typed.
        today: the day it is, for dates in the future.
        taken_names: the names of the other lesions; a name is used once, whatever its case.
    """
    errors: list[FieldError] = []
    name = lesion.name.strip()
    if not name:
        errors.append(FieldError("name", "Give the lesion a name, like “Left shoulder boil”."))
    elif name.casefold() in {n.strip().casefold() for n in taken_names}:
        errors.append(FieldError("name", f"You already have a lesion called “{name}”."))
    if lesion.first_seen > today:
        errors.append(
            FieldError("first_seen", "First seen is in the future. Use today or earlier.")
        )
    if lesion.healed_on is not None:
        if lesion.healed_on > today:
            errors.append(FieldError("healed_on", "Healed on is in the future."))
        elif lesion.healed_on < lesion.first_seen:
            errors.append(FieldError("healed_on", "Healed on is before the day it was first seen."))
    return errors


def _scale(value: int | None, field: str, label: str) -> FieldError | None:
    if value is None or (is_real_number(value) and 0 <= value <= 10):
        return None
    return FieldError(field, f"{label} is a whole number from 0 (none) to 10 (worst).")


def validate_observation(observation: LesionObservation, today: date) -> list[FieldError]:
    """Every problem with ``observation``; an empty list means it can be saved."""
    errors: list[FieldError] = []
    if observation.observed_on > today:
        errors.append(FieldError("observed_on", "The date is in the future. Use today or earlier."))
    size = observation.size_mm
    if size is not None and not (is_real_number(size) and 0 <= size <= MAX_SIZE_MM):
        errors.append(FieldError("size_mm", f"Size is in millimetres, from 0 to {MAX_SIZE_MM}."))
    bumps = observation.bump_count
    if bumps is not None and not is_real_number(bumps):
        errors.append(FieldError("bump_count", "Number of bumps is a whole number, like 2."))
    elif bumps is not None and bumps < 0:
        errors.append(FieldError("bump_count", "Number of bumps cannot be below 0."))
    for problem in (
        _scale(observation.redness, "redness", "Redness"),
        _scale(observation.pain, "pain", "Pain"),
    ):
        if problem:
            errors.append(problem)
    return errors
