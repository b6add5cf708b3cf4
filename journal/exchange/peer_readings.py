"""One value another tracker recorded, before it is given a place in the journal.

Each tracker's reader turns its rows into readings and remarks; the assembly
(:mod:`journal.exchange.peer_assembly`) decides which metric each name becomes, converts
the values and groups them into check-ins, the same way for every tracker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, tzinfo
from enum import StrEnum

from journal.exchange.peer_records import ImportProblem
from journal.translation import translate

# Years outside these are a typo or a broken file, and far dates overflow time arithmetic.
FIRST_YEAR, LAST_YEAR = 1900, 2200


class Source(StrEnum):
    """What kind of value their tracker wrote."""

    SEVERITY = "severity"  # a whole number 0 (none) to 4 (worst), as Flaredown and Bearable
    NUMBER = "number"  # an amount, in ``unit`` when known
    MINUTES = "minutes"  # a duration, in minutes


@dataclass(frozen=True, slots=True)
class Reading:
    """One value of one of their names at one moment.

    Attributes:
        line: the file's line it is on (1-based).
        name: their name for what was measured ("Back pain").
        at: when, with its UTC offset.
        amount: the value as they wrote it (a severity 0–4, an amount, minutes).
        source: what kind of value it is.
        unit: the amount's unit when they said it ("kg", "lbs", "°F"), else empty.
    """

    line: int
    name: str
    at: datetime
    amount: float
    source: Source
    unit: str = ""


@dataclass(frozen=True, slots=True)
class Remark:
    """Words they wrote at a moment (a note, a label, treatments, tags): the check-in's note."""

    line: int
    at: datetime
    text: str


def plausible(day: date, line: int) -> None:
    """Refuse a day too far from now to be a real entry.

    Raises:
        ImportProblem: the year is before 1900 or after 2200.
    """
    if not FIRST_YEAR <= day.year <= LAST_YEAR:
        implausible = translate("Exchange", "{day} is not a plausible date.")
        raise ImportProblem(line, implausible.format(day=day.isoformat()))


def local_moment(day: date, clock: time, zone: tzinfo) -> datetime:
    """A day and time of day written without an offset, in the user's time zone."""
    return datetime.combine(day, clock, tzinfo=zone)


_UNIT_IN_NAME = re.compile(r"^(?P<name>.*\S)\s*\((?P<unit>[^()]{1,12})\)$")
UNITS = {
    "kg": "kg",
    "kgs": "kg",
    "lb": "lb",
    "lbs": "lb",
    "pounds": "lb",
    "°c": "°C",
    "c": "°C",
    "celsius": "°C",
    "°f": "°F",
    "f": "°F",
    "fahrenheit": "°F",
    "min": "min",
    "mins": "min",
    "minutes": "min",
}


def split_unit(name: str) -> tuple[str, str]:
    """ "Weight (kg)" -> ("Weight", "kg"); a name without a known unit is returned whole."""
    found = _UNIT_IN_NAME.match(name.strip())
    if found and found["unit"].strip().casefold() in UNITS:
        return found["name"], UNITS[found["unit"].strip().casefold()]
    return name.strip(), ""
