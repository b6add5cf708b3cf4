"""The periods a trend chart can show: the last 7, 30 or 90 days, a year, all, or chosen dates."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta


@dataclass(frozen=True)
class RangeChoice:
    """One choice of period.

    Attributes:
        key: stable identifier kept in the settings ("30d").
        label: plain words ("30 days").
        days: how many days up to today, or None for "all" and "custom dates".
    """

    key: str
    label: str
    days: int | None


RANGES: tuple[RangeChoice, ...] = (
    RangeChoice("7d", "7 days", 7),
    RangeChoice("30d", "30 days", 30),
    RangeChoice("90d", "90 days", 90),
    RangeChoice("1y", "1 year", 365),
    RangeChoice("all", "All", None),
    RangeChoice("custom", "Custom dates", None),
)
DEFAULT_RANGE = "30d"
ALL = "all"
CUSTOM = "custom"


def period(
    key: str,
    today: date,
    earliest: date | None = None,
    custom: tuple[date, date] | None = None,
) -> tuple[date, date]:
    """The first and last day (inclusive) of a range choice.

    Args:
        key: a :data:`RANGES` key; an unknown key means the default range.
        today: the last day of the relative ranges.
        earliest: the journal's first recorded day, for "all".
        custom: the chosen dates, for "custom dates"; given in either order.
    """
    if key == CUSTOM and custom is not None:
        return min(custom), max(custom)
    if key == ALL:
        return min(earliest or today, today), today
    choice = next((r for r in RANGES if r.key == key and r.days), None)
    days = choice.days if choice else 30
    return today - timedelta(days=days - 1), today
