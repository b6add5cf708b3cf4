"""Builders for red-flag tests: check-ins on numbered days, and a snapshot of them."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from journal.care.records import Purpose, Regimen, Route
from journal.checkin import CheckIn
from journal.flags import Rule, find_flags
from journal.snapshot import JournalSnapshot

CET = timezone(timedelta(hours=1))
START = date(2026, 3, 2)


def day(n: int) -> date:
    """The ``n``-th day of a test story (day 0 is Monday 2 March 2026)."""
    return START + timedelta(days=n)


def checkin(n: int, hour: int = 9, minute: int = 0, tz=CET, **values: float) -> CheckIn:
    """A check-in at ``hour``:``minute`` local time on day ``n`` with these values."""
    when = datetime.combine(day(n), time(hour, minute), tzinfo=tz)
    return CheckIn(taken_at=when, values=values)


def snapshot(checkins, **records) -> JournalSnapshot:
    """A snapshot of check-ins (any order) and other records."""
    return JournalSnapshot(checkins=tuple(checkins), **records)


def flags_of(rule: Rule, checkins=(), thresholds=None, units=None, **records):
    """The flags ``rule`` raises on these records."""
    found = find_flags(snapshot(checkins, **records), thresholds, units)
    return [f for f in found if f.rule is rule]


def antibiotics(first: int, weeks: int, regimen_id: int = 1) -> Regimen:
    """An IV antibiotic course from day ``first``."""
    return Regimen.course(
        day(first),
        weeks,
        name="Flucloxacillin",
        dose=2,
        dose_unit="g",
        route=Route.IV,
        purpose=Purpose.ANTIBIOTIC,
        times_per_day=4,
        id=regimen_id,
    )
