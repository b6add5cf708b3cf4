"""Which days a summary covers, and the period before it of the same length."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta

from journal.care.records import Appointment

DEFAULT_DAYS = 30


def last_days(days: int, today: date) -> tuple[date, date]:
    """The ``days`` days ending today."""
    return today - timedelta(days=days - 1), today


def since_last_appointment(
    appointments: Iterable[Appointment], today: date
) -> tuple[date, date] | None:
    """From the day of the latest appointment before today up to today, if there was one."""
    past = [a.at.date() for a in appointments if a.at.date() < today]
    return (max(past), today) if past else None


def default_period(appointments: Iterable[Appointment], today: date) -> tuple[date, date]:
    """Since the last appointment; the last 30 days when there has been none."""
    return since_last_appointment(appointments, today) or last_days(DEFAULT_DAYS, today)


def previous_period(first: date, last: date) -> tuple[date, date]:
    """The period of the same length that ends the day before ``first``."""
    length = (last - first).days + 1
    return first - timedelta(days=length), first - timedelta(days=1)


def day_count(first: date, last: date) -> int:
    """The days from ``first`` to ``last`` inclusive."""
    return (last - first).days + 1
