"""Where the date axis puts its ticks, and what it writes under them.

Every label names its month ("3 Nov", "Nov", "Jan 2027"), never a bare day number, and the
year is written on the first tick and wherever a new year begins, so any range reads on its
own: a week, a month that is mostly November, ten years.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from journal.dates import month_text, short_day_text

# Pixels per label, wide enough for "28 Dec 2026" with room between neighbours.
TICK_SPACING_PX = 84


@dataclass(frozen=True)
class DateTick:
    """One tick of the date axis: its day and the words under it."""

    day: date
    label: str


@dataclass(frozen=True)
class _Step:
    days: Callable[[date, date], Iterator[date]]
    by_month: bool  # labelled by the month alone ("Nov"), not by the day ("3 Nov")
    short_only: bool = False  # for a few days only: beyond that, weeks read better


def _every(days: int) -> Callable[[date, date], Iterator[date]]:
    def walk(first: date, last: date) -> Iterator[date]:
        day = first
        while day <= last:
            yield day
            day += timedelta(days=days)

    return walk


def _mondays(weeks: int) -> Callable[[date, date], Iterator[date]]:
    def walk(first: date, last: date) -> Iterator[date]:
        day = first + timedelta(days=-first.weekday() % 7)
        # Counting weeks from a fixed Monday keeps the ticks in place as the range moves.
        while (day.toordinal() // 7) % weeks:
            day += timedelta(days=7)
        while day <= last:
            yield day
            day += timedelta(days=7 * weeks)

    return walk


def _month_days(months: int, days_of_month: tuple[int, ...] = (1,)):
    def walk(first: date, last: date) -> Iterator[date]:
        year, month = first.year, first.month
        while date(year, month, 1) <= last:
            if (year * 12 + month - 1) % months == 0:
                for day_of_month in days_of_month:
                    day = date(year, month, day_of_month)
                    if first <= day <= last:
                        yield day
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)

    return walk


# Finest first: the axis uses the finest step whose ticks fit.
SHORT_RANGE_DAYS = 21
_STEPS = (
    _Step(_every(1), by_month=False),
    _Step(_every(2), by_month=False, short_only=True),
    _Step(_every(3), by_month=False, short_only=True),
    _Step(_mondays(1), by_month=False),
    _Step(_mondays(2), by_month=False),
    _Step(_month_days(1, (1, 15)), by_month=False),
    _Step(_month_days(1), by_month=True),
    _Step(_month_days(2), by_month=True),
    _Step(_month_days(3), by_month=True),
    _Step(_month_days(6), by_month=True),
    _Step(_month_days(12), by_month=True),
    _Step(_month_days(24), by_month=True),
    _Step(_month_days(60), by_month=True),
    _Step(_month_days(120), by_month=True),
)


def date_ticks(first: date, last: date, max_ticks: int) -> list[DateTick]:
    """The ticks of a date axis from ``first`` to ``last`` inclusive.

    The ticks are the finest of: every day, every 2 or 3 days (for up to three weeks),
    Mondays, every other Monday, the 1st and 15th, the 1st of every 1, 2, 3 or 6 months, of
    every 1, 2, 5 or 10 years, that gives at most ``max_ticks`` ticks (at least one).
    """
    max_ticks = max(1, max_ticks)
    short = (last - first).days < SHORT_RANGE_DAYS
    chosen: list[date] = []
    by_month = True
    for step in _STEPS:
        if step.short_only and not short:
            continue
        days = []
        for day in step.days(first, last):
            days.append(day)
            if len(days) > max_ticks:
                break
        if 1 <= len(days) <= max_ticks:
            chosen, by_month = days, step.by_month
            break
    if not chosen:
        # Too narrow even for one tick a decade: the first day alone.
        chosen, by_month = [first], False
    return _labelled(chosen, by_month)


def _labelled(days: list[date], by_month: bool) -> list[DateTick]:
    ticks = []
    previous_year = None
    for day in days:
        label = month_text(day) if by_month else short_day_text(day)
        if day.year != previous_year:
            label += f" {day.year}"
        previous_year = day.year
        ticks.append(DateTick(day, label))
    return ticks


def max_ticks_for(plot_px: float) -> int:
    """How many date labels fit side by side on a plot ``plot_px`` pixels wide."""
    return max(2, int(plot_px // TICK_SPACING_PX))
