"""Medicines as prescribed and the doses taken: checks, planned lengths, today's doses."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta

from journal.care import DoseEvent, DoseStatus, Regimen
from journal.numbers import is_real_number
from journal.validation import MAX_FUTURE, FieldError

MAX_TIMES_PER_DAY = 24

_LENGTH = re.compile(r"^\s*(\d+)\s*(day|days|week|weeks|month|months)\s*$", re.IGNORECASE)
_DAYS_PER = {"day": 1, "week": 7, "month": 30}


def length_in_days(text: str) -> int | None:
    """The number of days in a planned length such as "6 weeks", "10 days" or "3 months".

    A month counts as 30 days. None when the text is not a length this understands.
    """
    match = _LENGTH.match(text or "")
    if not match or int(match.group(1)) == 0:
        return None
    unit = match.group(2).lower().rstrip("s")
    return int(match.group(1)) * _DAYS_PER[unit]


def planned_end(start: date, planned_length: str) -> date | None:
    """The last day of a course of ``planned_length`` from ``start`` ("6 weeks" → day 42)."""
    days = length_in_days(planned_length)
    return None if days is None else start + timedelta(days=days - 1)


def validate_regimen(regimen: Regimen) -> list[FieldError]:
    """Every problem with a medicine as typed; an empty list means it can be saved."""
    errors: list[FieldError] = []
    if not regimen.name.strip():
        errors.append(FieldError("name", "Give the medicine's name, as on the box or the drip."))
    if not is_real_number(regimen.dose) or not regimen.dose > 0:
        errors.append(FieldError("dose", "The dose must be more than 0, like 500 (mg)."))
    if not regimen.dose_unit.strip():
        errors.append(FieldError("dose_unit", "Give the unit of the dose, like mg, g or ml."))
    if regimen.times_per_day is not None and not 1 <= regimen.times_per_day <= MAX_TIMES_PER_DAY:
        errors.append(
            FieldError(
                "times_per_day",
                f"Times a day is a whole number from 1 to {MAX_TIMES_PER_DAY}, "
                "or choose “as needed”.",
            )
        )
    if regimen.planned_length and length_in_days(regimen.planned_length) is None:
        errors.append(
            FieldError(
                "planned_length", "Write the length like “6 weeks”, “10 days” or “3 months”."
            )
        )
    if regimen.end is not None and regimen.end < regimen.start:
        errors.append(FieldError("end", "The last day must be on or after the first day."))
    return errors


def validate_dose(dose: DoseEvent, regimen: Regimen, now: datetime) -> list[FieldError]:
    """Every problem with a dose entry for ``regimen``."""
    errors: list[FieldError] = []
    if dose.at > now + MAX_FUTURE:
        errors.append(FieldError("at", "The dose time is in the future. Use the time it is now."))
    if dose.at.date() < regimen.start:
        errors.append(FieldError("at", f"This medicine only starts on {regimen.start:%d %b %Y}."))
    elif regimen.end is not None and dose.at.date() > regimen.end:
        errors.append(
            FieldError(
                "at",
                f"This course ended on {regimen.end:%d %b %Y}. If you still take it, "
                "change the medicine's last day first.",
            )
        )
    if dose.status is DoseStatus.AS_NEEDED and not regimen.as_needed:
        errors.append(FieldError("status", "This medicine has a schedule: record it as taken."))
    return errors


def validate_course_change(regimen: Regimen, doses: Iterable[DoseEvent]) -> list[FieldError]:
    """Problems with new first or last days of a medicine whose ``doses`` are logged.

    A course cannot be moved so that logged doses fall outside it: the log would then
    say a medicine was taken on days it was not prescribed.
    """
    days = sorted(d.at.date() for d in doses)
    errors: list[FieldError] = []
    if days and days[0] < regimen.start:
        errors.append(
            FieldError(
                "start",
                f"A dose is logged on {days[0]:%d %b %Y}: the first day cannot be after it.",
            )
        )
    if days and regimen.end is not None and days[-1] > regimen.end:
        errors.append(
            FieldError(
                "end",
                f"A dose is logged on {days[-1]:%d %b %Y}: the last day cannot be before it. "
                "Delete that dose first if it was not taken.",
            )
        )
    return errors


def _scheduled_times(count: int) -> list[tuple[int, int]]:
    """Evenly spread dose times between 08:00 and 22:00, as hours and minutes."""
    if count == 1:
        return [(8, 0)]
    step = 14 * 60 // (count - 1) if count <= 15 else 24 * 60 // count
    first = 8 * 60 if count <= 15 else 0
    return [divmod(first + i * step, 60) for i in range(count)]


def todays_missing_doses(
    regimens: Iterable[Regimen], doses: Iterable[DoseEvent], now: datetime
) -> list[DoseEvent]:
    """The doses to record for "took today's doses": each scheduled medicine running today,
    topped up to the doses due by ``now`` (spread from 08:00 to 22:00). Doses already logged
    today, taken or missed, count; nothing is recorded for later today.
    """
    today = now.date()
    logged: dict[int, int] = {}
    for dose in doses:
        if dose.at.date() == today:
            logged[dose.regimen_id] = logged.get(dose.regimen_id, 0) + 1
    missing: list[DoseEvent] = []
    for regimen in regimens:
        if regimen.as_needed or regimen.id is None or not regimen.active_on(today):
            continue
        assert regimen.times_per_day is not None
        due = [
            now.replace(hour=hour, minute=minute, second=0, microsecond=0)
            for hour, minute in _scheduled_times(regimen.times_per_day)
        ]
        due = [at for at in due if at <= now]
        missing += [
            DoseEvent(regimen.id, at, DoseStatus.TAKEN) for at in due[logged.get(regimen.id, 0) :]
        ]
    return missing
