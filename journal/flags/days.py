"""A journal's check-ins folded into the user's local days, which is what every rule reads.

A day is the calendar day the user lived it on (``CheckIn.local_date``), in the time zone they
were in then, so a check-in at 23:30 and one at 00:30 fall on different days wherever the
user travelled. Several check-ins a day fold into one summary; the folding never depends on
the order the check-ins were entered.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cached_property
from itertools import compress
from math import inf
from threading import Lock
from typing import Any, TypeVar

from journal.checkin import CheckIn
from journal.flags.thresholds import Thresholds
from journal.numbers import written_short
from journal.pain import Region
from journal.snapshot import JournalSnapshot
from journal.units import UnitPreferences

T = TypeVar("T")

EPISODE_GAP_DAYS = 3
"""Qualifying days at most this many days apart belong to one flag (one missed day or two
between them do not split a fever into two flags)."""

BACK_REGIONS = frozenset(
    {Region.NECK, Region.UPPER_BACK, Region.MID_BACK, Region.LOWER_BACK, Region.SACRUM}
)


def out_of_ten(score: float) -> str:
    """A pain score as a data point shows it: "7/10", "6,5/10" in German."""
    return f"{written_short(score)}/10"


NERVE_KEYS = ("tingling", "numbness", "weakness", "difficulty_walking")
MOTOR_KEYS = ("weakness", "difficulty_walking")


@dataclass(frozen=True, slots=True)  # one for every day of years: light to make and collect
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


def _fold(day: date, checkins: list[CheckIn]) -> Day:
    # This runs for every day of years of journal, so each check-in is read with a few
    # look-ups rather than a walk over its every value in Python: the yes set is taken by
    # ``compress`` (a dict's keys and values come in the same order), in C, and each highest
    # value starts below any number, so that a day without one is told by it staying there.
    temperature = pain_now = pain_worst = stiffness = -inf
    weights: list[float] = []
    yes: set[str] = set()
    back_pain = outcome_recorded = False
    for c in checkins:
        values = c.values
        yes.update(compress(values, values.values()))  # None and 0 are left out alike
        if (value := values.get("temperature")) is not None and value > temperature:
            temperature = value
        if (value := values.get("pain_now")) is not None and value > pain_now:
            pain_now = value
        if (value := values.get("pain_worst")) is not None and value > pain_worst:
            pain_worst = value
        if (value := values.get("stiffness_minutes")) is not None and value > stiffness:
            stiffness = value
        if (value := values.get("weight")) is not None:
            weights.append(value)
        if not outcome_recorded:
            outcome_recorded = (
                values.get("medicine_helped") is not None or values.get("rest_helped") is not None
            )
        if c.pain_sites and not back_pain:
            back_pain = any(s.region in BACK_REGIONS for s in c.pain_sites)
    # Sorted before summing so that the mean is the same whatever the entry order.
    weights.sort()
    return Day(
        day=day,
        temperature=_recorded(temperature),
        pain=_recorded(pain_now),
        back_pain=back_pain or pain_now >= 1 or pain_worst >= 1,
        stiffness=_recorded(stiffness),
        weight=sum(weights) / len(weights) if weights else None,
        yes=frozenset(yes),
        outcome_recorded=outcome_recorded,
    )


def _recorded(highest: float) -> float | None:
    """A day's highest value, or None when no value of it was recorded."""
    return None if highest == -inf else highest


def fold_days(checkins: Iterable[CheckIn]) -> dict[date, Day]:
    """One :class:`Day` per local day with a check-in, oldest first."""
    by_day = _by_day(checkins)
    return {d: _fold(d, by_day[d]) for d in sorted(by_day)}


def _by_day(checkins: Iterable[CheckIn]) -> dict[date, list[CheckIn]]:
    by_day: dict[date, list[CheckIn]] = {}
    for checkin in checkins:
        by_day.setdefault(checkin.local_date, []).append(checkin)
    return by_day


class DayFolds:
    """The folded days of one journal, remembered between looks at it.

    Folding every day of ten years is most of what finding the flags costs, and a save
    changes one day; so a day whose check-ins are the very same objects as last time keeps
    its fold. Check-ins are immutable and this keeps each one it compared alive, so the same
    identity means the same check-in. Safe to share between threads.
    """

    def __init__(self) -> None:
        self._known: dict[date, tuple[list[CheckIn], Day]] = {}
        self._lock = Lock()

    def fold(self, checkins: Iterable[CheckIn]) -> dict[date, Day]:
        """The same as :func:`fold_days`, folding only the days that changed."""
        by_day = _by_day(checkins)
        with self._lock:
            known, fresh = self._known, {}
            for d in sorted(by_day):
                group = by_day[d]
                seen = known.get(d)
                if seen is not None and _same(seen[0], group):
                    fresh[d] = (group, seen[1])
                else:
                    fresh[d] = (group, _fold(d, group))
            self._known = fresh
        return {d: day for d, (_, day) in fresh.items()}


def _same(before: list[CheckIn], now: list[CheckIn]) -> bool:
    return len(before) == len(now) and all(a is b for a, b in zip(before, now, strict=True))


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
    difference = value - threshold
    if difference >= 1e-6 or difference <= -1e-6:
        # Well clear of the threshold rounding cannot change the answer, and this is asked
        # of every day of years of journal: rounding only near the line is quicker.
        return difference > 0
    return round(difference, 9) >= 0


@dataclass(frozen=True)
class RuleInput:
    """What every rule reads: the snapshot, its days, the thresholds and the display units."""

    snapshot: JournalSnapshot
    days: dict[date, Day]
    thresholds: Thresholds
    units: UnitPreferences
    _found: dict[Callable[..., Any], Any] = field(default_factory=dict, compare=False, repr=False)

    def once(self, finding: Callable[[RuleInput], T]) -> T:
        """``finding(self)``, worked out once: several rules share some findings."""
        if finding not in self._found:
            self._found[finding] = finding(self)
        return self._found[finding]

    @cached_property
    def _pain_totals(self) -> tuple[int, list[float], list[int]]:
        """Running totals of pain and of days with pain, one entry per calendar day.

        With them the pain over any span is two look-ups, so a rule can take a mean ending
        on every day of years of journal. Sums run in calendar order, never entry order.
        """
        if not self.days:
            return 0, [0.0], [0]
        first = next(iter(self.days)).toordinal()
        last = next(reversed(self.days)).toordinal()
        totals, counts = [0.0] * (last - first + 2), [0] * (last - first + 2)
        for d, day in self.days.items():
            if day.pain is not None:
                i = d.toordinal() - first + 1
                totals[i], counts[i] = day.pain, 1
        for i in range(1, len(totals)):
            totals[i] += totals[i - 1]
            counts[i] += counts[i - 1]
        return first, totals, counts

    def mean_pains(self, length: int, minimum: int) -> dict[int, float]:
        """Mean pain over the ``length`` days ending on each calendar day, by the day's
        ordinal; days whose span has fewer than ``minimum`` pains recorded are left out."""
        first, totals, counts = self._pain_totals
        means = {}
        for i in range(1, len(totals)):
            start = max(i - length, 0)
            count = counts[i] - counts[start]
            if count and count >= minimum:
                means[first + i - 1] = (totals[i] - totals[start]) / count
        return means

    @classmethod
    def of(
        cls,
        snapshot: JournalSnapshot,
        thresholds: Thresholds | None = None,
        units: UnitPreferences | None = None,
        folds: DayFolds | None = None,
    ) -> RuleInput:
        """Fold the snapshot's check-ins into days once, for all rules (through ``folds``,
        when given, so that unchanged days are not folded again)."""
        return cls(
            snapshot,
            folds.fold(snapshot.checkins) if folds else fold_days(snapshot.checkins),
            thresholds or Thresholds(),
            units or UnitPreferences(),
        )

    @cached_property
    def fever_days(self) -> frozenset[date]:
        """The days with a temperature at or above the fever threshold, found in one walk
        over the days for the four rules that ask (and each asks of every day)."""
        fever = self.thresholds.fever_celsius
        return frozenset(
            d
            for d, day in self.days.items()
            if day.temperature is not None and at_least(day.temperature, fever)
        )

    @cached_property
    def pain_by_ordinal(self) -> dict[int, float]:
        """The pain of each day that has one recorded, by the day's ordinal."""
        return {d.toordinal(): day.pain for d, day in self.days.items() if day.pain is not None}

    @cached_property
    def ordered_days(self) -> list[date]:
        """The days with a check-in, oldest first, for bisecting a span out of them."""
        return sorted(self.days)

    def fever_on(self, day: date) -> bool:
        """A temperature at or above the fever threshold was recorded on ``day``."""
        return day in self.fever_days

    def temperature(self, celsius: float) -> str:
        """A temperature in the user's unit."""
        return self.units.format(celsius, "°C")

    def weight(self, kg: float) -> str:
        """A weight in the user's unit."""
        return self.units.format(kg, "kg")
