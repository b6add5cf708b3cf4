"""Fitting a daily series to the pixels of a chart.

A chart never draws more points than it has pixels across: when a range has more days than
that, days are combined into weeks (or runs of whole weeks), starting on Mondays. Buckets
with no recorded day stay NaN, so gaps survive aggregation. :func:`fit_keeping` also keeps,
as points of their own, the days a combined week would hide: a threshold crossed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np

from journal.charts.series import NO_CHECKIN, DailySeries, PointSeries, Reduce


@dataclass(frozen=True, eq=False)
class Plotted:
    """What a line draws.

    Attributes:
        x: ``datetime64[D]`` array: the day of each point (a bucket's middle day).
        y: float array, NaN where nothing was recorded.
        checkin_ids: the check-in each point opens, or ``NO_CHECKIN``.
        starts: ``datetime64[D]`` array: the first day each point covers.
        ends: ``datetime64[D]`` array: the last day each point covers (a point whose
            start is its end is one day's value, whatever ``bucket_days`` says).
        bucket_days: how many days the combined points cover (1 for daily points).
    """

    x: np.ndarray
    y: np.ndarray
    checkin_ids: np.ndarray
    starts: np.ndarray
    ends: np.ndarray
    bucket_days: int

    def __len__(self) -> int:
        return len(self.y)


def bucket_size(first_weekday: int, days: int, pixels: int) -> int:
    """Days per point so that ``days`` days fit in ``pixels`` points.

    Args:
        first_weekday: the first day's weekday, Monday 0, so weeks start on Mondays.
        days: how many days the range has.
        pixels: how many points the chart can draw, at least 1.
    """
    pixels = max(1, pixels)
    if days <= pixels:
        return 1
    weeks = max(1, math.ceil(days / 7 / pixels))
    while _bucket_count(first_weekday, days, 7 * weeks) > pixels:
        weeks += 1
    return 7 * weeks


def _bucket_count(first_weekday: int, days: int, size: int) -> int:
    return math.ceil((first_weekday + days) / size)


def fit_to_width(series: DailySeries, pixels: int, reduce: Reduce = Reduce.MEAN) -> Plotted:
    """The points to draw for ``series`` on a chart ``pixels`` wide.

    Daily values are drawn as they are when they fit; otherwise each point is the mean
    (or the maximum) of the recorded days of its week or run of weeks.
    """
    days = series.days
    size = bucket_size(series.start.weekday(), len(series), pixels)
    if size == 1:
        return Plotted(days, series.values, series.checkin_ids, days, days, 1)
    # Pad in front so buckets start on a Monday, and at the end to whole buckets.
    lead = series.start.weekday()
    count = _bucket_count(lead, len(series), size)
    padded = np.full(count * size, np.nan)
    padded[lead : lead + len(series)] = series.values
    ids = np.full(count * size, NO_CHECKIN, dtype=np.int64)
    ids[lead : lead + len(series)] = series.checkin_ids
    grid = padded.reshape(count, size)
    recorded = ~np.isnan(grid)
    has_any = recorded.any(axis=1)
    if reduce is Reduce.MAX:
        y = np.where(has_any, np.max(np.where(recorded, grid, -np.inf), axis=1), np.nan)
    else:
        sums = np.where(recorded, grid, 0.0).sum(axis=1)
        y = np.where(has_any, sums / np.maximum(recorded.sum(axis=1), 1), np.nan)
    # Each point sits in the middle of the days of the range that its bucket covers.
    first = np.datetime64(series.start, "D")
    starts = np.maximum(first - lead + size * np.arange(count), first)
    ends = np.minimum(first - lead + size * np.arange(1, count + 1) - 1, days[-1])
    middles = starts + (ends - starts) // 2
    return Plotted(middles, y, _latest_ids(ids.reshape(count, size)), starts, ends, size)


def _latest_ids(grid: np.ndarray) -> np.ndarray:
    """For each bucket, its last day's check-in that recorded something."""
    has = grid != NO_CHECKIN
    last = grid.shape[1] - 1 - np.argmax(has[:, ::-1], axis=1)
    picked = grid[np.arange(grid.shape[0]), last]
    return np.where(has.any(axis=1), picked, NO_CHECKIN)


def fit_points(points: PointSeries, first: date, pixels: int, days: int) -> Plotted:
    """The measurements to draw on a chart ``pixels`` wide covering ``days`` days.

    Measurements are drawn as they are; only when there are more of them than pixels are
    they combined by day and then by week like a daily series.
    """
    count = len(points)
    if count <= max(1, pixels):
        none = np.full(count, NO_CHECKIN, dtype=np.int64)
        return Plotted(points.days, points.values, none, points.days, points.days, 1)
    index = (points.days - np.datetime64(first, "D")).astype(np.intp)
    sums = np.bincount(index, weights=points.values, minlength=days)
    counts = np.bincount(index, minlength=days)
    with np.errstate(invalid="ignore", divide="ignore"):
        values = np.where(counts > 0, sums / np.maximum(counts, 1), np.nan)
    daily = DailySeries(first, values, np.full(days, NO_CHECKIN, dtype=np.int64))
    return fit_to_width(daily, pixels)


KEEPING_ROUNDS = 4
"""Times the weeks are widened to make room for the days kept beside them."""


def fit_keeping(
    series: DailySeries,
    pixels: int,
    reduce: Reduce = Reduce.MEAN,
    thresholds: Sequence[float] = (),
) -> Plotted:
    """:func:`fit_to_width`, with the days over a threshold drawn as they were.

    A week's mean can sit below a threshold that one of its days crossed (45 minutes of
    stiffness in a week of 20). When days are combined, such days are drawn as points of
    their own, in order among the weeks': for each threshold, the highest day at or above it
    of each week whose point is below it. The weeks widen to leave room for them within
    ``pixels``.

    (Red flags are not kept so: a flag names no metric, and on years of flags a day kept
    in every line for each made the weekly lines daily again. The strip marks each flag.)
    """
    budget = max(1, pixels)
    for _ in range(KEEPING_ROUNDS):
        plotted = fit_to_width(series, budget, reduce)
        if plotted.bucket_days == 1:
            return plotted
        kept = _kept_days(series, plotted, thresholds)
        if len(plotted) + len(kept) <= pixels or budget == 1:
            break
        budget = max(1, budget - (len(plotted) + len(kept) - pixels))
    return _with_days(plotted, series, kept)


def _kept_days(series, plotted, thresholds) -> np.ndarray:
    """Indexes of the days of ``series`` to draw beside ``plotted``'s combined points."""
    values = series.values
    lead, size = series.start.weekday(), plotted.bucket_days
    bucket = (lead + np.arange(len(values))) // size
    shown = plotted.y[bucket]  # each day's combined point
    kept: list[np.ndarray] = []
    recorded = ~np.isnan(values)
    for threshold in thresholds:
        with np.errstate(invalid="ignore"):
            hidden = np.flatnonzero(recorded & (values >= threshold) & ~(shown >= threshold))
        if hidden.size:
            # The highest of each week: one point is enough to show the line was crossed.
            order = np.lexsort((-values[hidden], bucket[hidden]))
            _, first = np.unique(bucket[hidden][order], return_index=True)
            kept.append(hidden[order][first])
    if not kept:
        return np.array([], dtype=np.intp)
    return np.unique(np.concatenate(kept))


def _with_days(plotted: Plotted, series: DailySeries, kept: np.ndarray) -> Plotted:
    if not len(kept):
        return plotted
    days = series.days[kept]
    x = np.concatenate([plotted.x, days])
    # Stable: a kept day on its week's middle day comes after the week's point.
    order = np.argsort(x, kind="stable")
    return Plotted(
        x[order],
        np.concatenate([plotted.y, series.values[kept]])[order],
        np.concatenate([plotted.checkin_ids, series.checkin_ids[kept]])[order],
        np.concatenate([plotted.starts, days])[order],
        np.concatenate([plotted.ends, days])[order],
        plotted.bucket_days,
    )
