"""Checks on what the user typed, with messages a patient understands.

Validation lives in the domain: the form shows each message beside the field it names, and
nothing is saved while any message remains.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime

from journal.checkin import MAX_FUTURE, CheckIn
from journal.errors import FieldError, InvalidRecord
from journal.metrics import Metric, MetricKind
from journal.numbers import is_real_number, written
from journal.translation import translate
from journal.units import UnitPreferences

# FieldError is defined with the record errors; it is read from here too.
__all__ = [
    "MAX_FUTURE",
    "TIME_FIELD",
    "FieldError",
    "InvalidCheckIn",
    "metrics_by_key",
    "validate_checkin",
]

TIME_FIELD = "taken_at"


class InvalidCheckIn(InvalidRecord):
    """Raised when a check-in with problems is about to be saved."""


def _plain(number: float) -> str:
    text = f"{number:.1f}".rstrip("0").rstrip(".")
    return written(float(text), 1 if "." in text else 0)


def check_value(metric: Metric, value: float, units: UnitPreferences) -> str | None:
    """The problem with a value in canonical units, or None when it is acceptable."""
    if not is_real_number(value):
        # nan and infinity pass no range check below, and int() of them raises.
        example = "7" if metric.kind is MetricKind.SCALE else written(38.2, 1)
        return translate(
            "Validation", "{metric} must be an ordinary number, like {example}."
        ).format(metric=metric.label, example=example)
    if metric.kind is MetricKind.SCALE:
        if value != int(value) or not 0 <= value <= 10:
            return translate(
                "Validation", "{metric} is a whole number from 0 (none) to 10 (worst)."
            ).format(metric=metric.label)
        return None
    if metric.is_boolean:
        if value in (0, 1):
            return None
        return translate("Validation", "{metric} is yes or no.").format(metric=metric.label)
    # Compare in canonical units with a small tolerance, so that 109.4 °F (43.0 °C) passes.
    if metric.minimum - 1e-9 <= value <= metric.maximum + 1e-9:
        return None
    low = units.from_canonical(metric.minimum, metric.unit)
    high = units.from_canonical(metric.maximum, metric.unit)
    unit = units.unit_for(metric.unit)
    return translate("Validation", "{metric} must be between {low} and {high} {unit}.").format(
        metric=metric.label, low=_plain(low), high=_plain(high), unit=unit
    )


def metrics_by_key(metrics: Iterable[Metric]) -> dict[str, Metric]:
    """The metrics by their keys, as :func:`validate_checkin` looks them up."""
    return {m.key: m for m in metrics}


def validate_checkin(
    checkin: CheckIn,
    metrics: Iterable[Metric] | Mapping[str, Metric],
    units: UnitPreferences,
    now: datetime,
    stored_at: datetime | None = None,
) -> list[FieldError]:
    """Every problem with ``checkin``; an empty list means it can be saved.

    Args:
        checkin: the check-in about to be saved.
        metrics: every metric the journal knows, archived ones too; or those by their keys
            (:func:`metrics_by_key`), made once for a batch of check-ins.
        units: the user's units, for the ranges in the messages.
        now: the present, by the computer's clock.
        stored_at: the time the check-in already has in the journal (changing it, or
            putting it back by undo), or None for a new one.
    """
    errors: list[FieldError] = []
    # Only a time the user gives now is held to the clock. A stored time kept as it is
    # may lie ahead because the clock was ahead when it was saved; refusing it would
    # leave a check-in that can never be changed or put back.
    is_new_time = stored_at is None or checkin.taken_at != stored_at
    if is_new_time and checkin.taken_at > now + MAX_FUTURE:
        errors.append(
            FieldError(
                TIME_FIELD,
                translate(
                    "Validation", "The check-in time is in the future. Use the time it is now."
                ),
            )
        )
    by_key = metrics if isinstance(metrics, Mapping) else metrics_by_key(metrics)
    for key, value in checkin.values.items():
        metric = by_key.get(key)
        if metric is None:
            problem = translate("Validation", "“{key}” is not something this journal records.")
            errors.append(FieldError(key, problem.format(key=key)))
            continue
        problem = check_value(metric, value, units)
        if problem:
            errors.append(FieldError(key, problem))
    return errors
