"""Reading a Track & Graph export.

Track & Graph (an Android tracker) exports one row per data point::

    FeatureName,Timestamp,Value,Label,Note
    Back pain,2022-09-14T21:30:41.432+01:00,6,,
    Morning stiffness,2022-09-15T07:10:00.000+01:00,1:10:00,,slow start

``Timestamp`` is ISO-8601 with its UTC offset (or ``Z``); ``Value`` is a number, or for a
duration tracker ``H:MM:SS`` (hours may run past 24, parts may be negative). ``Label`` is the
word chosen on a tracker with labelled buttons and goes into the check-in's note with
``Note``. A feature's name may carry its unit, "Weight (kg)".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, tzinfo

from journal.exchange.peer_csv import expected_values, not_this_export, open_csv, same_names
from journal.exchange.peer_readings import Reading, Remark, Source, plausible, split_unit
from journal.exchange.peer_records import ImportProblem
from journal.numbers import UnreadableNumber, read_number
from journal.translation import QT_TRANSLATE_NOOP, translate

WHAT = QT_TRANSLATE_NOOP("Exchange", "a Track & Graph export")
HEADER = ("FeatureName", "Timestamp", "Value", "Label", "Note")
_DURATION = re.compile(r"^(-?\d{1,7}):(-?\d{1,2}):(-?\d{1,2}(?:\.\d+)?)$")


def _moment(text: str, line: int, zone: tzinfo) -> datetime:
    try:
        at = datetime.fromisoformat(text.strip())
    except ValueError:
        not_moment = translate(
            "Exchange", "“{text}” is not a date and time like 2022-09-14T21:30:41+01:00."
        )
        raise ImportProblem(line, not_moment.format(text=text)) from None
    plausible(at.date(), line)
    return at if at.utcoffset() is not None else at.replace(tzinfo=zone)


def _value(text: str, line: int) -> tuple[float, Source]:
    duration = _DURATION.match(text.strip())
    if duration:
        hours, minutes, seconds = (float(part) for part in duration.groups())
        return hours * 60 + minutes + seconds / 60, Source.MINUTES
    try:
        number = read_number(text)
    except UnreadableNumber:
        number = None
    if number is None or abs(number) > 1e12:
        not_value = translate("Exchange", "“{text}” is not a number or a duration like 1:30:00.")
        raise ImportProblem(line, not_value.format(text=text))
    return number, Source.NUMBER


def read_trackandgraph(data: bytes, zone: tzinfo) -> tuple[list[Reading], list[Remark]]:
    """The readings and remarks in a Track & Graph export.

    Raises:
        ImportProblem: not such an export, or a line that cannot be read.
    """
    csv_file = open_csv(data, WHAT)
    if not same_names(csv_file.header, HEADER):
        raise ImportProblem(1, not_this_export(WHAT, ",".join(HEADER)))
    readings: list[Reading] = []
    remarks: list[Remark] = []
    for line, reading, remark in _rows(csv_file.rows(), zone):
        readings.append(reading)
        if remark:
            remarks.append(Remark(line, reading.at, remark))
    return readings, remarks


def _rows(
    rows: Iterator[tuple[int, list[str]]], zone: tzinfo
) -> Iterator[tuple[int, Reading, str]]:
    for line, row in rows:
        if len(row) != len(HEADER):
            raise ImportProblem(line, expected_values(len(HEADER), len(row)))
        name, stamp, value, label, note = (cell.strip() for cell in row)
        if not name:
            raise ImportProblem(line, translate("Exchange", "the feature's name is missing."))
        amount, source = _value(value, line)
        _, unit = split_unit(name)
        reading = Reading(line, name, _moment(stamp, line, zone), amount, source, unit)
        words = "; ".join(p for p in (f"{name}: {label}" if label else "", note) if p)
        yield line, reading, words
