"""Checks on lesions and their observations, with messages a patient understands."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from journal.errors import FieldError, InvalidRecord
from journal.lesions.lesion import Lesion, LesionObservation
from journal.numbers import is_real_number
from journal.translation import QT_TRANSLATE_NOOP, translate

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
        errors.append(
            FieldError(
                "name", translate("Lesions", "Give the lesion a name, like “Left shoulder boil”.")
            )
        )
    elif name.casefold() in {n.strip().casefold() for n in taken_names}:
        taken = translate("Lesions", "You already have a lesion called “{name}”.")
        errors.append(FieldError("name", taken.format(name=name)))
    if lesion.first_seen > today:
        errors.append(
            FieldError(
                "first_seen",
                translate("Lesions", "First seen is in the future. Use today or earlier."),
            )
        )
    if lesion.healed_on is not None:
        if lesion.healed_on > today:
            errors.append(
                FieldError("healed_on", translate("Lesions", "Healed on is in the future."))
            )
        elif lesion.healed_on < lesion.first_seen:
            errors.append(
                FieldError(
                    "healed_on",
                    translate("Lesions", "Healed on is before the day it was first seen."),
                )
            )
    return errors


def _scale(value: int | None, field: str, label: str) -> FieldError | None:
    if value is None or (is_real_number(value) and 0 <= value <= 10):
        return None
    message = translate("Lesions", "{sign} is a whole number from 0 (none) to 10 (worst).")
    return FieldError(field, message.format(sign=translate("Lesions", label)))


def validate_observation(observation: LesionObservation, today: date) -> list[FieldError]:
    """Every problem with ``observation``; an empty list means it can be saved."""
    errors: list[FieldError] = []
    if observation.observed_on > today:
        errors.append(
            FieldError(
                "observed_on",
                translate("Lesions", "The date is in the future. Use today or earlier."),
            )
        )
    size = observation.size_mm
    if size is not None and not (is_real_number(size) and 0 <= size <= MAX_SIZE_MM):
        size_message = translate("Lesions", "Size is in millimetres, from 0 to {most}.")
        errors.append(FieldError("size_mm", size_message.format(most=MAX_SIZE_MM)))
    bumps = observation.bump_count
    if bumps is not None and not is_real_number(bumps):
        errors.append(
            FieldError(
                "bump_count", translate("Lesions", "Number of bumps is a whole number, like 2.")
            )
        )
    elif bumps is not None and bumps < 0:
        errors.append(
            FieldError("bump_count", translate("Lesions", "Number of bumps cannot be below 0."))
        )
    for problem in (
        _scale(observation.redness, "redness", QT_TRANSLATE_NOOP("Lesions", "Redness")),
        _scale(observation.pain, "pain", QT_TRANSLATE_NOOP("Lesions", "Pain")),
    ):
        if problem:
            errors.append(problem)
    return errors
