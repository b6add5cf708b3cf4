"""Page 1's figures of one period, worked out from its check-ins (numbers, not words).

Each figure reads the user's local days, as the red-flag rules do (``journal.flags.days``):
a day's temperature and morning stiffness are its highest, its weight the mean of its
weighings. Pain is the mean of the day's "pain now" ratings, as the trend chart's 7-day
mean takes it, so that a day with three check-ins counts as much as a day with one.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from statistics import median

from journal.checkin import CheckIn
from journal.flags.days import at_least, fold_days
from journal.flags.thresholds import Thresholds
from journal.metrics import BUILTIN_METRICS, Group, in_sentence
from journal.summary.period import day_count

TREND_DAYS = 7
"""Pain's trend compares the mean of the period's first week with that of its last."""

NERVE_SYMPTOMS: tuple[tuple[str, str], ...] = tuple(
    (m.key, m.source_label) for m in BUILTIN_METRICS if m.group is Group.NERVES
)
"""The form's nerve and emergency symptoms (tingling to bladder or bowel change), by key, with
their English labels."""


@dataclass(frozen=True)
class Weighing:
    """A day's weight (kg)."""

    day: date
    kg: float


@dataclass(frozen=True)
class PeriodFigures:
    """What the check-ins of one period add up to. None where nothing was recorded.

    Attributes:
        first: the period's first day.
        last: its last day.
        days: how many days it has.
        checkin_days: the days with at least one check-in.
        latest_checkin: the last check-in of the period.
        pain_days: the days with "pain now" recorded.
        pain_mean: the mean of the days' mean "pain now".
        pain_highest: the highest "pain now" or "worst pain" recorded.
        trend_days: the length of the two spans pain's trend compares (0: too short).
        pain_first_days: mean pain over the first ``trend_days`` days.
        pain_last_days: mean pain over the last ``trend_days`` days.
        temperature_days: the days with a temperature.
        fever_days: the days whose highest temperature reached the fever threshold.
        highest_temperature: the highest temperature (°C).
        stiffness_days: the days with morning stiffness recorded.
        stiffness_median: the median of the days' longest stiffness (minutes).
        long_stiffness_days: the days with stiffness over the threshold (30 minutes).
        weight_days: the days with a weight.
        first_weight: the period's first day's weight.
        last_weight: its last.
        nerve_days: the days with any nerve symptom answered yes.
        nerve_symptoms: which, named as in a sentence ("tingling"), in the form's order.
    """

    first: date
    last: date
    days: int
    checkin_days: int
    latest_checkin: CheckIn | None
    pain_days: int
    pain_mean: float | None
    pain_highest: float | None
    trend_days: int
    pain_first_days: float | None
    pain_last_days: float | None
    temperature_days: int
    fever_days: int
    highest_temperature: float | None
    stiffness_days: int
    stiffness_median: float | None
    long_stiffness_days: int
    weight_days: int
    first_weight: Weighing | None
    last_weight: Weighing | None
    nerve_days: int
    nerve_symptoms: tuple[str, ...]


def period_figures(
    checkins: Iterable[CheckIn], first: date, last: date, thresholds: Thresholds
) -> PeriodFigures:
    """The figures of the check-ins from ``first`` to ``last`` (others are left out)."""
    within = sorted(
        (c for c in checkins if first <= c.local_date <= last), key=lambda c: c.taken_at
    )
    days = fold_days(within)
    pains = _daily_pain(within)
    trend = trend_days(first, last)
    temperatures = [d.temperature for d in days.values() if d.temperature is not None]
    stiffness = [d.stiffness for d in days.values() if d.stiffness is not None]
    weights = [Weighing(d.day, d.weight) for d in days.values() if d.weight is not None]
    nerves = [k for k, _ in NERVE_SYMPTOMS if any(k in d.yes for d in days.values())]
    highest = [
        v for c in within for k in ("pain_now", "pain_worst") if (v := c.value(k)) is not None
    ]
    return PeriodFigures(
        first=first,
        last=last,
        days=day_count(first, last),
        checkin_days=len(days),
        latest_checkin=within[-1] if within else None,
        pain_days=len(pains),
        pain_mean=_mean(pains.values()),
        pain_highest=max(highest) if highest else None,
        trend_days=trend,
        pain_first_days=_mean_between(pains, first, first + timedelta(days=trend - 1)),
        pain_last_days=_mean_between(pains, last - timedelta(days=trend - 1), last),
        temperature_days=len(temperatures),
        fever_days=sum(at_least(t, thresholds.fever_celsius) for t in temperatures),
        highest_temperature=max(temperatures) if temperatures else None,
        stiffness_days=len(stiffness),
        stiffness_median=median(stiffness) if stiffness else None,
        long_stiffness_days=sum(s > thresholds.stiffness_minutes for s in stiffness),
        weight_days=len(weights),
        first_weight=weights[0] if weights else None,
        last_weight=weights[-1] if weights else None,
        nerve_days=sum(any(k in d.yes for k, _ in NERVE_SYMPTOMS) for d in days.values()),
        nerve_symptoms=tuple(in_sentence(k) for k, _ in NERVE_SYMPTOMS if k in nerves),
    )


def trend_days(first: date, last: date) -> int:
    """How many days each end of pain's trend spans: a week, or half a shorter period.

    Two spans that overlapped would compare days with themselves, so a period of under two
    weeks compares its halves, and a single day has no trend (0).
    """
    return min(TREND_DAYS, day_count(first, last) // 2)


def _daily_pain(checkins: list[CheckIn]) -> dict[date, float]:
    by_day: dict[date, list[float]] = {}
    for c in checkins:
        if (pain := c.value("pain_now")) is not None:
            by_day.setdefault(c.local_date, []).append(pain)
    # Sorted before summing so that the mean never depends on the order of entry.
    return {d: sum(sorted(v)) / len(v) for d, v in sorted(by_day.items())}


def _mean_between(pains: dict[date, float], first: date, last: date) -> float | None:
    return _mean(v for d, v in pains.items() if first <= d <= last)


def _mean(values: Iterable[float]) -> float | None:
    ordered = sorted(values)
    return sum(ordered) / len(ordered) if ordered else None
