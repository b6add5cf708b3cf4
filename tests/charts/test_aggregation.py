"""Fitting daily series to a chart's pixels: never more points than pixels."""

from __future__ import annotations

import math
from datetime import date, timedelta

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from journal.charts.aggregation import bucket_size, fit_keeping, fit_points, fit_to_width
from journal.charts.series import NO_CHECKIN, DailySeries, PointSeries, Reduce

START = date(2016, 1, 1)


def _series(values, start: date = START) -> DailySeries:
    values = np.asarray(values, dtype=float)
    ids = np.where(np.isnan(values), NO_CHECKIN, np.arange(len(values)))
    return DailySeries(start, values, ids.astype(np.int64))


daily_values = st.lists(
    st.one_of(st.none(), st.floats(0, 10, allow_nan=False)), min_size=1, max_size=3000
).map(lambda vs: [math.nan if v is None else v for v in vs])


def test_a_range_that_fits_is_drawn_day_by_day():
    plotted = fit_to_width(_series([1, 2, math.nan, 4]), pixels=400)
    assert plotted.bucket_days == 1
    assert np.array_equal(plotted.y, [1, 2, math.nan, 4], equal_nan=True)


def test_a_range_wider_than_the_chart_is_drawn_week_by_week_from_mondays():
    monday = date(2026, 1, 5)
    plotted = fit_to_width(_series(np.arange(28.0), monday), pixels=10)
    assert plotted.bucket_days == 7
    assert plotted.y.tolist() == [3.0, 10.0, 17.0, 24.0]
    assert plotted.starts[1] == np.datetime64(monday + timedelta(days=7))


def test_a_week_with_no_recorded_day_stays_a_gap():
    monday = date(2026, 1, 5)
    values = [1.0] * 7 + [math.nan] * 7 + [3.0] * 7
    plotted = fit_to_width(_series(values, monday), pixels=5)
    assert math.isnan(plotted.y[1])
    assert plotted.y[0] == 1.0 and plotted.y[2] == 3.0


def test_weekly_maximum_keeps_the_highest_day():
    monday = date(2026, 1, 5)
    values = [37.0, 39.2, 36.8, math.nan, 37.1, 37.0, 36.9] * 2
    plotted = fit_to_width(_series(values, monday), pixels=3, reduce=Reduce.MAX)
    assert plotted.y.tolist() == [39.2, 39.2]


def test_a_week_opens_its_latest_recorded_check_in():
    monday = date(2026, 1, 5)
    values = [1.0, 2.0, math.nan, math.nan, math.nan, math.nan, math.nan] + [5.0] * 7
    plotted = fit_to_width(_series(values, monday), pixels=3)
    assert plotted.checkin_ids.tolist() == [1, 13]


@given(values=daily_values, pixels=st.integers(1, 2000), weekday=st.integers(0, 6))
def test_never_more_points_than_pixels(values, pixels, weekday):
    start = date(2026, 1, 5) + timedelta(days=weekday)
    assert len(fit_to_width(_series(values, start), pixels)) <= pixels


@given(values=daily_values, pixels=st.integers(1, 400), weekday=st.integers(0, 6))
def test_each_weekly_mean_lies_between_its_days_lowest_and_highest(values, pixels, weekday):
    start = date(2026, 1, 5) + timedelta(days=weekday)
    series = _series(values, start)
    plotted = fit_to_width(series, pixels)
    days = series.days
    for begin, end, y in zip(plotted.starts, plotted.ends, plotted.y, strict=True):
        own = series.values[(days >= begin) & (days <= end)]
        recorded = own[~np.isnan(own)]
        if recorded.size == 0:
            assert math.isnan(y)
        else:
            assert recorded.min() - 1e-9 <= y <= recorded.max() + 1e-9


@given(values=daily_values, pixels=st.integers(1, 400), weekday=st.integers(0, 6))
def test_the_points_cover_every_day_once_and_sit_inside_their_days(values, pixels, weekday):
    start = date(2026, 1, 5) + timedelta(days=weekday)
    series = _series(values, start)
    plotted = fit_to_width(series, pixels)
    covered = int(sum((plotted.ends - plotted.starts).astype(int) + 1))
    assert covered == len(series)
    assert ((plotted.starts <= plotted.x) & (plotted.x <= plotted.ends)).all()


@given(days=st.integers(1, 5000), pixels=st.integers(1, 3000), weekday=st.integers(0, 6))
def test_buckets_are_single_days_or_whole_weeks(days, pixels, weekday):
    size = bucket_size(weekday, days, pixels)
    assert size == 1 or size % 7 == 0
    assert (size == 1) == (days <= pixels)


def test_measurements_are_drawn_as_they_are_when_they_fit():
    points = PointSeries.of([(date(2026, 1, 5), 120.0), (date(2026, 1, 19), 40.0)])
    plotted = fit_points(points, date(2026, 1, 1), pixels=100, days=31)
    assert plotted.y.tolist() == [120.0, 40.0]
    assert plotted.x.tolist() == [date(2026, 1, 5), date(2026, 1, 19)]


def test_more_measurements_than_pixels_are_combined():
    pairs = [(START + timedelta(days=i), float(i % 10)) for i in range(1000)]
    plotted = fit_points(PointSeries.of(pairs), START, pixels=50, days=1000)
    assert len(plotted) <= 50


MONDAY = date(2026, 1, 5)


def test_a_day_over_a_threshold_in_a_week_whose_mean_is_under_it_is_kept():
    week = [10.0, 10.0, 10.0, 45.0, 38.0, 10.0, 10.0]
    series = _series(week + [10.0] * 7, MONDAY)
    plotted = fit_keeping(series, pixels=3, thresholds=[30.0])
    assert plotted.y.tolist() == [19.0, 45.0, 10.0]  # the week, its highest day, the next
    assert plotted.x[1] == np.datetime64(MONDAY + timedelta(days=3))
    assert plotted.starts[1] == plotted.ends[1]  # a day of its own
    assert plotted.checkin_ids[1] == 3  # and it opens that day's check-in


def test_a_week_already_drawn_over_the_threshold_keeps_no_day_beside_it():
    week = [37.0, 39.2, 36.8, 38.5, 37.1, 37.0, 36.9]
    plotted = fit_keeping(_series(week * 2, MONDAY), 3, Reduce.MAX, thresholds=[38.0])
    assert plotted.y.tolist() == [39.2, 39.2]


def test_a_range_that_fits_keeps_every_day_as_it_is():
    series = _series([1.0, 45.0, 2.0])
    plotted = fit_keeping(series, pixels=10, thresholds=[30.0])
    assert plotted.y.tolist() == [1.0, 45.0, 2.0]


@given(
    values=daily_values,
    pixels=st.integers(2, 400),
    weekday=st.integers(0, 6),
    threshold=st.floats(0, 10),
)
def test_every_crossing_stays_visible_in_order_within_the_pixels(
    values, pixels, weekday, threshold
):
    start = date(2026, 1, 5) + timedelta(days=weekday)
    series = _series(values, start)
    plotted = fit_keeping(series, pixels, thresholds=[threshold])
    assert (np.diff(plotted.x.astype(np.int64)) >= 0).all()
    days = series.days
    for begin, end in zip(plotted.starts, plotted.ends, strict=True):
        inside = (days >= begin) & (days <= end)
        own = series.values[inside]
        if (own >= threshold).any():
            # Some point over these days shows the line crossed.
            near = (plotted.x >= begin) & (plotted.x <= end)
            assert (plotted.y[near] >= threshold).any()
    assert len(plotted) <= pixels
