"""Reading a Bearable export (its long form).

Bearable (a phone tracker for symptoms and mood) exports one row per reading::

    date,weekday,time of day,category,rating/amount,detail,notes
    "8th Dec 2021","Wednesday","am","Symptom","2","Back (lower) pain (Moderate)",""
    "8th Dec 2021","Wednesday","pm","Health measurements","38.1","Body temperature (°C)",""

Dates are written "8th Dec 2021"; the time of day is a part of the day (``pre``, ``am``,
``mid``, ``pm``, or a word like "morning"), sometimes a clock time. A symptom is rated
0 (none) to 4 (unbearable), its name followed by the rating in words; a health
measurement names its unit in its detail. Those two are read; mood, energy, sleep, factors,
medication and the rest are counted and left out. Notes go into the check-in's note.

Parts of the day become a time, in the user's time zone: before dawn 06:00, morning 09:00,
midday 13:00, evening 19:00, night 22:00, a whole day (or none given) 12:00.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date, datetime, time, tzinfo

from journal.exchange.peer_csv import expected_values, not_this_export, open_csv
from journal.exchange.peer_readings import (
    Reading,
    Remark,
    Source,
    local_moment,
    plausible,
    split_unit,
)
from journal.exchange.peer_records import ImportProblem, Skipped
from journal.numbers import UnreadableNumber, read_number
from journal.translation import QT_TRANSLATE_NOOP, translate

WHAT = QT_TRANSLATE_NOOP("Exchange", "a Bearable export")
HEADER = ("date", "weekday", "time of day", "category", "rating/amount", "detail", "notes")
PARTS_OF_DAY = {
    "pre": time(6),
    "early morning": time(6),
    "am": time(9),
    "morning": time(9),
    "mid": time(13),
    "midday": time(13),
    "afternoon": time(15),
    "pm": time(19),
    "evening": time(19),
    "night": time(22),
    "": time(12),
    "all day": time(12),
    "whole day": time(12),
}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_DATE = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$")
_SEVERITY_WORDS = ("none", "mild", "moderate", "severe", "unbearable")
_SYMPTOM = re.compile(r"^(?P<name>.*\S)\s*\((?P<word>[A-Za-z ]+)\)$")
_SYMPTOMS = {"symptom", "symptoms"}
_MEASUREMENTS = {"health measurements", "health measurement", "measurement", "measurements"}


def _day(text: str, line: int) -> date:
    found = _DATE.match(text.strip())
    month = (
        _MONTHS.index(found[2][:3].lower()) + 1 if found and found[2][:3].lower() in _MONTHS else 0
    )
    try:
        day = date(int(found[3]), month, int(found[1])) if found else None
    except ValueError:
        day = None
    if day is None:
        try:
            day = date.fromisoformat(text.strip())
        except ValueError:
            not_day = translate("Exchange", "“{text}” is not a date like 8th Dec 2021.")
            raise ImportProblem(line, not_day.format(text=text)) from None
    plausible(day, line)
    return day


def _clock(text: str, line: int) -> time:
    words = " ".join(text.strip().casefold().split())
    if words in PARTS_OF_DAY:
        return PARTS_OF_DAY[words]
    for form in ("%H:%M", "%I:%M %p", "%I:%M%p", "%H:%M:%S"):
        try:
            return datetime.strptime(words.upper(), form).time()
        except ValueError:
            continue
    not_time = translate("Exchange", "“{text}” is not a time of day like am, pm or 09:30.")
    raise ImportProblem(line, not_time.format(text=text))


def _symptom(detail: str, amount: str, line: int) -> tuple[str, int]:
    found = _SYMPTOM.match(detail)
    name, word = (found["name"], found["word"].strip().casefold()) if found else (detail, "")
    if word not in _SEVERITY_WORDS:
        name, word = detail, ""
    try:
        rating = read_number(amount)
    except UnreadableNumber:
        rating = None
    if rating is None and word:
        rating = _SEVERITY_WORDS.index(word)
    if rating not in (0, 1, 2, 3, 4):
        rated = translate("Exchange", "a symptom is rated 0 to 4; found “{amount}”.")
        raise ImportProblem(line, rated.format(amount=amount))
    if not name.strip():
        raise ImportProblem(line, translate("Exchange", "the symptom's name is missing."))
    return name.strip(), int(rating)


def read_bearable(data: bytes, zone: tzinfo) -> tuple[list[Reading], list[Remark], list[Skipped]]:
    """The readings, remarks and left-out kinds of line in a Bearable export.

    Raises:
        ImportProblem: not such an export, or a line that cannot be read.
    """
    csv_file = open_csv(data, WHAT)
    folded = tuple(c.casefold() for c in csv_file.header)
    missing = [c for c in HEADER if c not in folded]
    if missing:
        raise ImportProblem(1, not_this_export(WHAT, ",".join(HEADER)))
    where = {name: folded.index(name) for name in HEADER}
    readings: list[Reading] = []
    remarks: list[Remark] = []
    left_out: Counter[str] = Counter()
    first_line: dict[str, int] = {}
    for line, row in csv_file.rows():
        if len(row) != len(folded):
            raise ImportProblem(line, expected_values(len(folded), len(row)))
        cell = {name: row[i].strip() for name, i in where.items()}
        at = local_moment(_day(cell["date"], line), _clock(cell["time of day"], line), zone)
        category = cell["category"].casefold()
        if category in _SYMPTOMS:
            name, rating = _symptom(cell["detail"], cell["rating/amount"], line)
            readings.append(Reading(line, name, at, rating, Source.SEVERITY))
        elif category in _MEASUREMENTS:
            readings.append(_measurement(cell["detail"], cell["rating/amount"], at, line))
        elif category not in ("note", "notes"):
            left_out[cell["category"]] += 1
            first_line.setdefault(cell["category"], line)
        if cell["notes"]:
            remarks.append(Remark(line, at, cell["notes"]))
    skipped = [
        Skipped(
            first_line[c],
            translate(
                "Exchange",
                "%n “{category}” line(s) left out: not a symptom or a measurement.",
                None,
                n,
            ).format(category=c),
        )
        for c, n in left_out.items()
    ]
    return readings, remarks, skipped


def _measurement(detail: str, amount: str, at: datetime, line: int) -> Reading:
    if not detail:
        raise ImportProblem(line, translate("Exchange", "the measurement's name is missing."))
    try:
        value = read_number(amount)
    except UnreadableNumber:
        value = None
    if value is None or abs(value) > 1e12:
        raise ImportProblem(
            line, translate("Exchange", "“{amount}” is not a number.").format(amount=amount)
        )
    _, unit = split_unit(detail)
    return Reading(line, detail, at, value, Source.NUMBER, unit)
