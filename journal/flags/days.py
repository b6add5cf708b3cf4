"""A journal's check-ins folded into the user's local days, which is what every rule reads.

A day is the calendar day the user lived it on (``CheckIn.local_date``), in the time zone they
were in then, so a check-in at 23:30 and one at 00:30 fall on different days wherever the
user travelled. Several check-ins a day fold into one summary; the folding never depends on
the order the check-ins were entered.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from journal.checkin import CheckIn
from journal.flags.thresholds import Thresholds
from journal.pain import Region
from journal.snapshot import JournalSnapshot
from journal.units import UnitPreferences

EPISODE_GAP_DAYS = 3
"""Qualifying days at most this many days apart belong to one flag (one missed day or two
between them do not split a fever into two flags)."""

BACK_REGIONS = frozenset(
    {Region.NECK, Region.UPPER_BACK, Region.MID_BACK, Region.LOWER_BACK, Region.SACRUM}
)
NERVE_KEYS = ("tingling", "numbness", "weakness", "difficulty_walking")
MOTOR_KEYS = ("weakness", "difficulty_walking")


@dataclass(frozen=True)
class Day:
    """What one local day's check-ins say, taken together.

    Attributes:
        day: the local day.
        temperature: the highest temperature (°C), or None.
        pain: the highest "pain now" rating, or None. "Worst pain" is not used: it covers the
            time since the previous check-in, which may reach back into the day before.
        back_pain: pain was recorded: a rating of 1 or more, or a place on the back.
        stiffness: the longest morning stiffness (minutes), or None.
        weight: the mean of the day's weights (kg), or None.
        yes: the metrics recorded with a value other than 0 that day; for yes/no symptoms,
            those answered "yes" at any check-in.
        outcome_recorded: whether rest or a pain medicine helped was answered that day,
            which means rest or a pain medicine was tried.
    """

    day: date
    temperature: float | None = None
    pain: float | None = None
    back_pain: bool = False
    stiffness: float | None = None
    weight: float | None = None
    yes: frozenset[str] = frozenset()
    outcome_recorded: bool = False


def _highest(values: list[float]) -> float | None:
    return max(values) if values else None


def _fold(day: date, checkins: list[CheckIn]) -> Day:
    def values(key: str) -> list[float]:
        return sorted(v for c in checkins if (v := c.value(key)) is not None)

    pains = values("pain_now") + values("pain_worst")
    weights = values("weight")
    return Day(
        day=day,
        temperature=_highest(values("temperature")),
        pain=_highest(values("pain_now")),
        back_pain=any(p >= 1 for p in pains)
        or any(s.region in BACK_REGIONS for c in checkins for s in c.pain_sites),
        stiffness=_highest(values("stiffness_minutes")),
        # Sorted before summing so that the mean is the same whatever the entry order.
        weight=sum(weights) / len(weights) if weights else None,
        yes=frozenset(k for c in checkins for k, v in c.values.items() if v),
        outcome_recorded=any(
            c.value(k) is not None for c in checkins for k in ("medicine_helped", "rest_helped")
        ),
    )


def fold_days(checkins: Iterable[CheckIn]) -> dict[date, Day]:
    """One :class:`Day` per local day with a check-in, oldest first."""
    by_day: dict[date, list[CheckIn]] = {}
    for checkin in checkins:
        by_day.setdefault(checkin.local_date, []).append(checkin)
    return {d: _fold(d, by_day[d]) for d in sorted(by_day)}


def episodes(days: Iterable[date], gap: int = EPISODE_GAP_DAYS) -> list[list[date]]:
    """Days grouped into runs whose neighbours are at most ``gap`` days apart, oldest first."""
    runs: list[list[date]] = []
    for day in sorted(set(days)):
        if runs and (day - runs[-1][-1]).days <= gap:
            runs[-1].append(day)
        else:
            runs.append([day])
    return runs


def consecutive_runs(days: Iterable[date]) -> list[list[date]]:
    """Days grouped into runs of calendar days with none missing."""
    return episodes(days, gap=1)


def span(last: date, length: int) -> list[date]:
    """The ``length`` calendar days ending on ``last``, oldest first."""
    return [last - timedelta(days=length - 1 - i) for i in range(length)]


def mean_pain(days: dict[date, Day], window: list[date], minimum: int) -> float | None:
    """Mean of the pain recorded in ``window``; None when fewer than ``minimum`` days have it.

    Sorted before summing so that equal inputs always give equal results.
    """
    pains = sorted(p for d in window if d in days and (p := days[d].pain) is not None)
    if len(pains) < minimum:
        return None
    return sum(pains) / len(pains)


def at_least(value: float, threshold: float) -> bool:
    """``value >= threshold``, forgiving the last bits of floating-point arithmetic.

    5 % of 100 kg is 5 % whether it was computed as 5.0 or 4.999999999999999.
    """
    return round(value - threshold, 9) >= 0


@dataclass(frozen=True)
class RuleInput:
    """What every rule reads: the snapshot, its days, the thresholds and the display units."""

    snapshot: JournalSnapshot
    days: dict[date, Day]
    thresholds: Thresholds
    units: UnitPreferences

    @classmethod
    def of(
        cls,
        snapshot: JournalSnapshot,
        thresholds: Thresholds | None = None,
        units: UnitPreferences | None = None,
    ) -> RuleInput:
        """Fold the snapshot's check-ins into days once, for all rules."""
        return cls(
            snapshot,
            fold_days(snapshot.checkins),
            thresholds or Thresholds(),
            units or UnitPreferences(),
        )

    def fever_on(self, day: date) -> bool:
        """A temperature at or above the fever threshold was recorded on ``day``."""
        found = self.days.get(day)
        return bool(
            found
            and found.temperature is not None
            and at_least(found.temperature, self.thresholds.fever_celsius)
        )

    def temperature(self, celsius: float) -> str:
        """A temperature in the user's unit."""
        return self.units.format(celsius, "°C")

    def weight(self, kg: float) -> str:
        """A weight in the user's unit."""
        return self.units.format(kg, "kg")
