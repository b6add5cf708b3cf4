"""Daily series from check-ins: one value a day, gaps where nothing was recorded."""

from __future__ import annotations

import math
from datetime import date

import numpy as np
from builders import at

from journal.charts.series import (
    NO_CHECKIN,
    DailySeries,
    PointSeries,
    Reduce,
    daily_series,
    rolling_mean,
)
from journal.checkin import CheckIn

NOV = date(2026, 11, 1)


def _checkin(day: int, hour: int, checkin_id: int, **values: float) -> CheckIn:
    return CheckIn(at(day, hour), values, id=checkin_id)


def test_a_day_with_two_check_ins_gets_their_mean():
    checkins = [_checkin(2, 8, 1, pain_now=4), _checkin(2, 20, 2, pain_now=7)]
    series = daily_series(checkins, {"pain_now": Reduce.MEAN}, date(2026, 11, 2), date(2026, 11, 2))
    assert series["pain_now"].values.tolist() == [5.5]


def test_a_day_maximum_keeps_the_highest_value():
    checkins = [_checkin(2, 8, 1, temperature=37.1), _checkin(2, 20, 2, temperature=38.6)]
    series = daily_series(checkins, {"temperature": Reduce.MAX}, NOV, date(2026, 11, 3))
    assert series["temperature"].values[1] == 38.6


def test_missing_days_are_gaps_not_zeros_or_interpolations():
    checkins = [_checkin(1, 9, 1, pain_now=2), _checkin(4, 9, 2, pain_now=8)]
    values = daily_series(checkins, {"pain_now": Reduce.MEAN}, NOV, date(2026, 11, 4))["pain_now"]
    assert values.values[0] == 2 and values.values[3] == 8
    assert math.isnan(values.values[1]) and math.isnan(values.values[2])


def test_each_day_points_to_its_latest_check_in_with_the_value():
    checkins = [
        _checkin(1, 8, 10, pain_now=2),
        _checkin(1, 20, 11, pain_now=3),
        _checkin(1, 22, 12, fatigue=5),
    ]
    series = daily_series(checkins, {"pain_now": Reduce.MEAN}, NOV, date(2026, 11, 2))["pain_now"]
    assert series.checkin_ids.tolist() == [11, NO_CHECKIN]


def test_values_are_converted_to_the_users_units():
    checkins = [_checkin(1, 9, 1, temperature=38.0)]
    series = daily_series(
        checkins, {"temperature": Reduce.MAX}, NOV, NOV, lambda _key, c: c * 9 / 5 + 32
    )
    assert series["temperature"].values[0] == 100.4


def test_check_ins_outside_the_range_are_left_out():
    checkins = [_checkin(1, 9, 1, pain_now=9), _checkin(5, 9, 2, pain_now=1)]
    series = daily_series(checkins, {"pain_now": Reduce.MEAN}, date(2026, 11, 2), date(2026, 11, 4))
    assert np.isnan(series["pain_now"].values).all()


def test_the_7_day_mean_averages_the_recorded_days_of_the_week_ending_that_day():
    values = np.array([1, 2, 3, 4, 5, 6, 7, 8], dtype=float)
    mean = rolling_mean(DailySeries(NOV, values, np.zeros(8, dtype=np.int64)))
    assert mean.values[6] == 4.0
    assert mean.values[7] == 5.0


def test_the_7_day_mean_is_a_gap_when_fewer_than_4_of_its_days_were_recorded():
    values = np.array([1, np.nan, np.nan, np.nan, np.nan, 2, 3, 4, 5], dtype=float)
    mean = rolling_mean(DailySeries(NOV, values, np.zeros(9, dtype=np.int64)))
    assert math.isnan(mean.values[6])  # 1, 2, 3: three days recorded
    assert mean.values[8] == 3.5  # 2, 3, 4, 5: four days recorded


def test_measurements_are_sorted_by_day_and_cut_to_a_range():
    points = PointSeries.of([(date(2026, 11, 9), 40.0), (date(2026, 11, 2), 90.0)])
    kept = points.between(date(2026, 11, 1), date(2026, 11, 5))
    assert kept.values.tolist() == [90.0]
    assert points.values.tolist() == [90.0, 40.0]
