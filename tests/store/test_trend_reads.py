"""What the trend charts read on a connection of their own, against the check-ins themselves."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import numpy as np

from journal.care.records import LabResult
from journal.charts.series import Reduce, daily_readings, daily_series
from journal.checkin import CheckIn
from journal.store.trend_reads import TrendReader

FIRST = date(2026, 3, 1)
LAST = FIRST + timedelta(days=20)


def _at(day: int, hour: int) -> datetime:
    return datetime.combine(FIRST + timedelta(days=day), time(hour)).astimezone()


def test_values_read_by_metric_make_the_same_days_as_the_check_ins(store, journal_path):
    store.checkins.add_many(
        [
            CheckIn(_at(-3, 9), {"pain_now": 9.0}),  # before the period: left out
            CheckIn(_at(0, 9), {"pain_now": 2.0, "temperature": 37.1}),
            CheckIn(_at(0, 20), {"pain_now": 6.0, "temperature": 38.4}),  # the day's last
            CheckIn(_at(4, 8), {"temperature": 36.9}),
            CheckIn(_at(20, 23), {"pain_now": 5.0}),
            CheckIn(_at(21, 9), {"pain_now": 1.0}),  # after the period: left out
        ]
    )
    reductions = {"pain_now": Reduce.MEAN, "temperature": Reduce.MAX}
    oldest_first = store.checkins.between()[::-1]
    expected = daily_series(oldest_first, reductions, FIRST, LAST)
    with TrendReader(journal_path) as reader:
        read = reader.readings(list(reductions), FIRST, LAST)
        assert reader.first_day() == FIRST - timedelta(days=3)
    got = daily_readings(read, reductions, FIRST, LAST)
    for key in reductions:
        np.testing.assert_array_equal(got[key].values, expected[key].values)
        np.testing.assert_array_equal(got[key].checkin_ids, expected[key].checkin_ids)
    assert got["pain_now"].values[0] == 4.0 and got["temperature"].values[0] == 38.4
    assert len(read["pain_now"]) == 3


def test_a_metric_never_recorded_reads_as_no_values(store, journal_path):
    store.checkins.add(CheckIn(_at(1, 9), {"pain_now": 3.0}))
    with TrendReader(journal_path) as reader:
        assert len(reader.readings(["fatigue"], FIRST, LAST)["fatigue"]) == 0


def test_the_records_are_the_snapshots_without_check_ins_or_doses(store, journal_path):
    store.checkins.add(CheckIn(_at(1, 9), {"pain_now": 3.0}))
    store.labs.add(LabResult("CRP", FIRST + timedelta(days=2), 12.0, "mg/L"))
    store.labs.add(LabResult("CRP", LAST + timedelta(days=2), 40.0, "mg/L"))
    whole = store.snapshot(FIRST, LAST)
    with TrendReader(journal_path) as reader:
        records = reader.records(FIRST, LAST)
    assert records.checkins == () and records.doses == ()
    assert records.labs == whole.labs and len(records.labs) == 1
    assert records.metrics == whole.metrics
    assert records.regimens == whole.regimens and records.lesions == whole.lesions


def test_an_empty_journal_has_no_first_day(store, journal_path):
    with TrendReader(journal_path) as reader:
        assert reader.first_day() is None
