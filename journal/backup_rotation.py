"""Which backups to keep: everything from today and yesterday, then one a day, a week, a month.

The same thinning as Anki's: walking from the newest backup back, every backup of today and
yesterday is kept; then the newest of each earlier day, up to 12 days; then the newest of each
earlier week, up to 10 weeks; then the newest of each earlier month, up to 9 months. So a
journal written every day keeps about a year of history in a few dozen files, and a mistake
noticed weeks later can still be undone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class KeepLimits:
    """How many daily, weekly and monthly backups are kept beyond today and yesterday."""

    daily: int = 12
    weekly: int = 10
    monthly: int = 9


def _week(day: date) -> int:
    # Weeks counted from a fixed day, as Anki does: what matters is that they are 7 days long.
    return day.toordinal() // 7


def _month(day: date) -> int:
    return day.year * 12 + day.month - 1


def backups_to_keep(
    taken: Iterable[datetime], today: date, limits: KeepLimits | None = None
) -> set[datetime]:
    """The times of the backups to keep, of backups taken at ``taken`` (local times).

    Args:
        taken: when each backup was made.
        today: the local day now (a backup from a later day, after the clock was set back,
            counts as recent and is kept).
        limits: how many of each stage to keep; Anki's defaults when None.
    """
    limits = limits or KeepLimits()
    left = {"daily": limits.daily, "weekly": limits.weekly, "monthly": limits.monthly}
    yesterday = today.toordinal() - 1
    kept: set[datetime] = set()
    last_day = last_week = last_month = None

    def keep(moment: datetime) -> None:
        nonlocal last_day, last_week, last_month
        kept.add(moment)
        day = moment.date()
        last_day, last_week, last_month = day.toordinal(), _week(day), _month(day)

    for moment in sorted(set(taken), reverse=True):
        day = moment.date()
        if day.toordinal() >= yesterday:
            keep(moment)
        elif left["daily"] > 0:
            if last_day is None or day.toordinal() < last_day:
                keep(moment)
                left["daily"] -= 1
        elif left["weekly"] > 0:
            if last_week is None or _week(day) < last_week:
                keep(moment)
                left["weekly"] -= 1
        elif left["monthly"] > 0 and (last_month is None or _month(day) < last_month):
            keep(moment)
            left["monthly"] -= 1
    return kept
