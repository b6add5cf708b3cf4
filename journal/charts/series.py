"""Dated values for charts: one value per calendar day, or measurements on their days.

A day without a record is NaN, so a drawn line breaks there: missing days are never
interpolated.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

import numpy as np

from journal.checkin import CheckIn

NO_CHECKIN = -1


class Reduce(StrEnum):
    """How several values for one day (or one week) become one."""

    MEAN = "mean"
    MAX = "max"


@dataclass(frozen=True, eq=False)
class DailySeries:
    """One value per day from ``start``, NaN where nothing was recorded.

    Attributes:
        start: the first day.
        values: float array, one entry per day.
        checkin_ids: for each day, the check-in to open for it (the day's last check-in
            that recorded the value), or ``NO_CHECKIN``.
    """

    start: date
    values: np.ndarray
    checkin_ids: np.ndarray

    @property
    def days(self) -> np.ndarray:
        """The days as ``datetime64[D]``."""
        return np.datetime64(self.start, "D") + np.arange(len(self.values))

    def since(self, day: date) -> DailySeries:
        """The same series from ``day`` on."""
        skip = max(0, (day - self.start).days)
        return DailySeries(max(day, self.start), self.values[skip:], self.checkin_ids[skip:])

    def __len__(self) -> int:
        return len(self.values)


@dataclass(frozen=True, eq=False)
class PointSeries:
    """Measurements taken on separate days (labs, lesion sizes, questionnaires).

    Attributes:
        days: ``datetime64[D]`` array, oldest first.
        values: float array, one per day.
    """

    days: np.ndarray
    values: np.ndarray

    @classmethod
    def of(cls, pairs: Iterable[tuple[date, float]]) -> PointSeries:
        """From (day, value) pairs in any order; pairs are sorted by day."""
        ordered = sorted(pairs, key=lambda pair: pair[0])
        return cls(
            np.array([d for d, _ in ordered], dtype="datetime64[D]"),
            np.array([v for _, v in ordered], dtype=float),
        )

    def between(self, first: date, last: date) -> PointSeries:
        """The measurements from ``first`` to ``last`` inclusive."""
        keep = (self.days >= np.datetime64(first, "D")) & (self.days <= np.datetime64(last, "D"))
        return PointSeries(self.days[keep], self.values[keep])

    def __len__(self) -> int:
        return len(self.values)


def day_count(first: date, last: date) -> int:
    """Days from ``first`` to ``last`` inclusive (zero when ``last`` is earlier)."""
    return max(0, (last - first).days + 1)


def daily_series(
    checkins: Sequence[CheckIn],
    reductions: dict[str, Reduce],
    first: date,
    last: date,
    convert: Callable[[str, float], float] | None = None,
) -> dict[str, DailySeries]:
    """Daily values of several metrics from ``first`` to ``last``, in one pass.

    Args:
        checkins: check-ins, oldest first (others are ignored when outside the range).
        reductions: metric key -> how a day's several values become one.
        first: the first day of the series.
        last: the last day of the series.
        convert: (key, stored value) -> value to show, for the user's units.
    """
    length = day_count(first, last)
    collected: dict[str, tuple[list[int], list[float], list[int]]] = {
        key: ([], [], []) for key in reductions
    }
    for checkin in checkins:
        index = (checkin.local_date - first).days
        if index < 0 or index >= length:
            continue
        for key, value in checkin.values.items():
            bucket = collected.get(key)
            if bucket is not None:
                bucket[0].append(index)
                bucket[1].append(value)
                bucket[2].append(NO_CHECKIN if checkin.id is None else checkin.id)
    result = {}
    for key, (indexes, values, ids) in collected.items():
        shown = values if convert is None else [convert(key, v) for v in values]
        result[key] = _by_day(length, first, indexes, shown, ids, reductions[key])
    return result


@dataclass(frozen=True, eq=False)
class Readings:
    """The recorded values of one metric, as a store reads them for a chart: no check-ins.

    Attributes:
        days: ``datetime64[D]`` array: the local day of each value's check-in.
        values: float array: the stored (canonical) values.
        checkin_ids: int array: the check-in each value belongs to.

    Oldest check-in first, as :func:`daily_series` reads check-ins.
    """

    days: np.ndarray
    values: np.ndarray
    checkin_ids: np.ndarray

    def __len__(self) -> int:
        return len(self.values)


def daily_readings(
    readings: Mapping[str, Readings],
    reductions: dict[str, Reduce],
    first: date,
    last: date,
    convert: Callable[[str, float], float] | None = None,
) -> dict[str, DailySeries]:
    """What :func:`daily_series` gives, from values already read by metric.

    Ten years of check-ins are some 15,000 objects: reading the values alone as arrays
    costs a fraction of building them, and holds a fraction of the memory.
    """
    length = day_count(first, last)
    start = np.datetime64(first, "D")
    result = {}
    for key, reduce in reductions.items():
        found = readings.get(key)
        if found is None or not len(found):
            result[key] = _by_day(length, first, [], [], [], reduce)
            continue
        index = (found.days - start).astype(np.intp)
        inside = (index >= 0) & (index < length)
        values = found.values[inside]
        if convert is not None:
            values = [convert(key, float(v)) for v in values]
        result[key] = _by_day(
            length, first, index[inside], values, found.checkin_ids[inside], reduce
        )
    return result


def _by_day(length, first, indexes, values, ids, reduce: Reduce) -> DailySeries:
    days = np.asarray(indexes, dtype=np.intp)
    vals = np.asarray(values, dtype=float)
    if reduce is Reduce.MAX:
        out = np.full(length, -np.inf)
        np.maximum.at(out, days, vals)
        out[np.isneginf(out)] = np.nan
    else:
        sums = np.bincount(days, weights=vals, minlength=length)
        counts = np.bincount(days, minlength=length)
        with np.errstate(invalid="ignore", divide="ignore"):
            out = np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)
    checkin_ids = np.full(length, NO_CHECKIN, dtype=np.int64)
    # Check-ins come oldest first: the first hit of each day in reverse is its latest one.
    recorded_days, latest = np.unique(days[::-1], return_index=True)
    checkin_ids[recorded_days] = np.asarray(ids, dtype=np.int64)[::-1][latest]
    return DailySeries(first, out.astype(float), checkin_ids)


def rolling_mean(series: DailySeries, window: int = 7, min_days: int = 4) -> DailySeries:
    """The mean of the recorded days among the ``window`` days ending on each day.

    A day gets a mean only when at least ``min_days`` of its window were recorded, so a
    stretch without records is a gap here too rather than a smoothed-over line.
    """
    recorded = ~np.isnan(series.values)
    filled = np.where(recorded, series.values, 0.0)
    sums = np.convolve(filled, np.ones(window), mode="full")[: len(filled)]
    counts = np.convolve(recorded.astype(float), np.ones(window), mode="full")[: len(filled)]
    with np.errstate(invalid="ignore", divide="ignore"):
        means = np.where(counts >= min_days, sums / np.maximum(counts, 1), np.nan)
    return DailySeries(series.start, means, series.checkin_ids)


def days_between(first: date, last: date) -> list[date]:
    """Every day from ``first`` to ``last`` inclusive, as dates (for tests and labels)."""
    return [first + timedelta(days=i) for i in range(day_count(first, last))]
