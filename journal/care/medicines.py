"""Medicines as prescribed and the doses taken: checks, planned lengths, dose times,
today's doses."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from journal.care.records import DoseEvent, DoseStatus, Purpose, Regimen
from journal.dates import day_text
from journal.numbers import is_real_number
from journal.translation import translate
from journal.validation import MAX_FUTURE, FieldError

MAX_TIMES_PER_DAY = 24
DOSE_TIMES_EXAMPLE = "08:00, 20:00"

# English and German words, as the program is shown in either.
_LENGTH = re.compile(
    r"^\s*(\d+)\s*(day|days|week|weeks|month|months|tag|tage|woche|wochen|monat|monate)\s*$",
    re.IGNORECASE,
)
_DAYS_PER = {
    "day": 1,
    "days": 1,
    "week": 7,
    "weeks": 7,
    "month": 30,
    "months": 30,
    "tag": 1,
    "tage": 1,
    "woche": 7,
    "wochen": 7,
    "monat": 30,
    "monate": 30,
}


def length_in_days(text: str) -> int | None:
    """The number of days in a planned length such as "6 weeks", "10 days" or "3 months"
    (or in German, "6 Wochen", "10 Tage", "3 Monate").

    A month counts as 30 days. None when the text is not a length this understands.
    """
    match = _LENGTH.match(text or "")
    if not match or int(match.group(1)) == 0:
        return None
    unit = match.group(2).lower()
    return int(match.group(1)) * _DAYS_PER[unit]


def planned_end(start: date, planned_length: str) -> date | None:
    """The last day of a course of ``planned_length`` from ``start`` ("6 weeks" → day 42)."""
    days = length_in_days(planned_length)
    return None if days is None else start + timedelta(days=days - 1)


def validate_regimen(regimen: Regimen) -> list[FieldError]:
    """Every problem with a medicine as typed; an empty list means it can be saved."""
    errors: list[FieldError] = []
    if not regimen.name.strip():
        errors.append(
            FieldError(
                "name", translate("Care", "Give the medicine's name, as on the box or the drip.")
            )
        )
    if not is_real_number(regimen.dose) or not regimen.dose > 0:
        errors.append(
            FieldError("dose", translate("Care", "The dose must be more than 0, like 500 (mg)."))
        )
    if not regimen.dose_unit.strip():
        errors.append(
            FieldError(
                "dose_unit", translate("Care", "Give the unit of the dose, like mg, g or ml.")
            )
        )
    if regimen.times_per_day is not None and not 1 <= regimen.times_per_day <= MAX_TIMES_PER_DAY:
        errors.append(
            FieldError(
                "times_per_day",
                translate(
                    "Care",
                    "Times a day is a whole number from 1 to {most}. For a medicine taken only "
                    "when needed, choose “As needed” as the schedule.",
                ).format(most=MAX_TIMES_PER_DAY),
            )
        )
    if regimen.planned_length and length_in_days(regimen.planned_length) is None:
        errors.append(
            FieldError(
                "planned_length",
                translate("Care", "Write the length like “6 weeks”, “10 days” or “3 months”."),
            )
        )
    if regimen.end is not None and regimen.end < regimen.start:
        errors.append(
            FieldError("end", translate("Care", "The last day must be on or after the first day."))
        )
    return errors + _dose_time_errors(regimen)


def _dose_time_errors(regimen: Regimen) -> list[FieldError]:
    times = regimen.dose_times
    if not times:
        return []  # not set: the even spread
    if regimen.as_needed:
        return [
            FieldError(
                "dose_times", translate("Care", "A medicine taken as needed has no set times.")
            )
        ]
    twice = sorted(t for t, n in Counter(times).items() if n > 1)
    if twice:
        twice_message = translate("Care", "{time} is there twice: give each time once.")
        return [FieldError("dose_times", twice_message.format(time=f"{twice[0]:%H:%M}"))]
    count = regimen.times_per_day
    if len(times) != count:
        if count == 1:
            wanted = translate("Care", "Times a day is 1: give one time ({given} given here).")
        else:
            wanted = translate(
                "Care",
                "Times a day is {count}: give {count} times, one for each dose ({given} given "
                "here).",
            )
        message = wanted.format(count=count, given=len(times))
        return [FieldError("dose_times", message)]
    return []


def choose_purpose(value: str | None) -> tuple[Purpose | None, list[FieldError]]:
    """What a medicine is for, from the choice made; a message when nothing was chosen.

    There is no default: the choice decides whether the course is watched as an
    antibiotic (pain coming back after it ends), so it must be the user's.
    """
    try:
        return Purpose(value), []
    except ValueError:
        message = translate(
            "Care",
            "Choose what this medicine is for. An antibiotic course is watched for pain "
            "coming back after it ends.",
        )
        return None, [FieldError("purpose", message)]


_TIME = re.compile(r"^(\d{1,2})(?:[:.h](\d{2}))?$")


def parse_dose_times(text: str) -> tuple[tuple[time, ...], list[FieldError]]:
    """The times of day typed, like "08:00, 20:00" or "8 14 20", earliest first.

    Times are 24-hour, separated by commas or spaces; "8" is 08:00. Returns the times
    and no problems, or no times and a message for the field.
    """
    words = [w for w in re.split(r"[,;\s]+", text or "") if w]
    if not words:
        message = translate("Care", "Give the times of day, like {example}.")
        return (), [FieldError("dose_times", message.format(example=DOSE_TIMES_EXAMPLE))]
    times = []
    for word in words:
        match = _TIME.match(word)
        hour, minute = (int(match.group(1)), int(match.group(2) or 0)) if match else (99, 0)
        if not (0 <= hour <= 23 and 0 <= minute <= 59):
            message = translate(
                "Care",
                "“{word}” is not a time of day: write 24-hour times from 00:00 to 23:59, like "
                "{example}.",
            ).format(word=word, example=DOSE_TIMES_EXAMPLE)
            return (), [FieldError("dose_times", message)]
        times.append(time(hour, minute))
    return tuple(sorted(times)), []


def format_dose_times(times: Iterable[time]) -> str:
    """Times of day as the user reads and types them: "08:00, 20:00"."""
    return ", ".join(f"{t:%H:%M}" for t in times)


def suggested_times(count: int) -> tuple[time, ...]:
    """The times offered for ``count`` doses a day: spread evenly from 08:00 to 22:00.

    Past 15 doses there is not room between 08:00 and 22:00, and they go round the clock.
    """
    if count < 1:
        return ()
    if count == 1:
        return (time(8),)
    step = 14 * 60 // (count - 1) if count <= 15 else 24 * 60 // count
    first = 8 * 60 if count <= 15 else 0
    return tuple(time(*divmod(first + i * step, 60)) for i in range(count))


def scheduled_times(regimen: Regimen) -> tuple[time, ...]:
    """The times of day a medicine's doses are due: those set, else the even spread;
    none when taken as needed."""
    if regimen.times_per_day is None:
        return ()
    return regimen.dose_times or suggested_times(regimen.times_per_day)


def describe_schedule(regimen: Regimen) -> str:
    """ "As needed", "Once a day: 08:00" or "4 times a day: 06:00, 12:00, 18:00, 23:00"."""
    if regimen.as_needed:
        return translate("Care", "As needed")
    count = regimen.times_per_day
    if count == 1:
        often = translate("Care", "Once a day")
    else:
        often = translate("Care", "{count} times a day").format(count=count)
    return f"{often}: {format_dose_times(scheduled_times(regimen))}"


def validate_dose(dose: DoseEvent, regimen: Regimen, now: datetime) -> list[FieldError]:
    """Every problem with a dose entry for ``regimen``."""
    errors: list[FieldError] = []
    if dose.at > now + MAX_FUTURE:
        errors.append(
            FieldError(
                "at", translate("Care", "The dose time is in the future. Use the time it is now.")
            )
        )
    if dose.at.date() < regimen.start:
        starts = day_text(regimen.start)
        errors.append(
            FieldError(
                "at", translate("Care", "This medicine only starts on {day}.").format(day=starts)
            )
        )
    elif regimen.end is not None and dose.at.date() > regimen.end:
        errors.append(
            FieldError(
                "at",
                translate(
                    "Care",
                    "This course ended on {day}. If you still take it, change the medicine's "
                    "last day first.",
                ).format(day=day_text(regimen.end)),
            )
        )
    if dose.status is DoseStatus.AS_NEEDED and not regimen.as_needed:
        errors.append(
            FieldError(
                "status", translate("Care", "This medicine has a schedule: record it as taken.")
            )
        )
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
                translate(
                    "Care", "A dose is logged on {day}: the first day cannot be after it."
                ).format(day=day_text(days[0])),
            )
        )
    if days and regimen.end is not None and days[-1] > regimen.end:
        errors.append(
            FieldError(
                "end",
                translate(
                    "Care",
                    "A dose is logged on {day}: the last day cannot be before it. Delete that "
                    "dose first if it was not taken.",
                ).format(day=day_text(days[-1])),
            )
        )
    return errors


def todays_missing_doses(
    regimens: Iterable[Regimen], doses: Iterable[DoseEvent], now: datetime
) -> list[DoseEvent]:
    """The doses to record for "took today's doses": each scheduled medicine running today,
    topped up to the doses due by ``now`` at its times of day (:func:`scheduled_times`).
    Doses already logged today, taken or missed, count; nothing is recorded for later today.
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
        due = [
            now.replace(hour=at.hour, minute=at.minute, second=0, microsecond=0)
            for at in scheduled_times(regimen)
        ]
        due = [at for at in due if at <= now]
        missing += [
            DoseEvent(regimen.id, at, DoseStatus.TAKEN) for at in due[logged.get(regimen.id, 0) :]
        ]
    return missing
