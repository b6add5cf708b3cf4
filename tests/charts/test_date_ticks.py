"""The date axis's ticks: month names on every range, years where they change."""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal.charts.date_ticks import date_ticks, max_ticks_for

LAST = date(2026, 11, 21)
MONTH = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b")
# Plot widths: a narrow window, a laptop's half screen, a 1366-pixel screen, an export.
WIDTHS = (300, 600, 1250, 1700)


def _labels(first: date, last: date, plot_px: int) -> list[str]:
    return [t.label for t in date_ticks(first, last, max_ticks_for(plot_px))]


def test_a_30_day_range_that_is_mostly_november_says_nov():
    labels = _labels(date(2026, 10, 23), LAST, 1250)
    assert labels == ["26 Oct 2026", "2 Nov", "9 Nov", "16 Nov"]


@pytest.mark.parametrize("days", [7, 30, 90, 365, 3650])
@pytest.mark.parametrize("plot_px", WIDTHS)
def test_every_label_of_every_range_names_its_month(days, plot_px):
    first = LAST - timedelta(days=days - 1)
    ticks = date_ticks(first, LAST, max_ticks_for(plot_px))
    assert 1 <= len(ticks) <= max_ticks_for(plot_px)
    for tick in ticks:
        assert MONTH.search(tick.label), tick.label
        assert first <= tick.day <= LAST
    assert [t.day for t in ticks] == sorted(t.day for t in ticks)


@pytest.mark.parametrize("days", [7, 30, 90, 365, 3650])
def test_the_first_label_says_the_year(days):
    labels = _labels(LAST - timedelta(days=days - 1), LAST, 1250)
    assert labels[0].endswith(" 2026") or re.search(r" 20\d\d$", labels[0])


def test_a_week_is_labelled_day_by_day():
    labels = _labels(LAST - timedelta(days=6), LAST, 1250)
    assert labels == ["15 Nov 2026", "16 Nov", "17 Nov", "18 Nov", "19 Nov", "20 Nov", "21 Nov"]


def test_90_days_are_labelled_by_mondays():
    ticks = date_ticks(LAST - timedelta(days=89), LAST, max_ticks_for(1250))
    assert {t.day.weekday() for t in ticks} == {0}
    assert ticks[0].label == "24 Aug 2026" and ticks[1].label == "31 Aug"


def test_a_year_is_labelled_by_months_with_the_year_where_it_changes():
    labels = _labels(LAST - timedelta(days=364), LAST, 1250)
    assert labels[:3] == ["Dec 2025", "Jan 2026", "Feb"]
    assert labels[-1] == "Nov"


def test_ten_years_are_labelled_by_january_and_year():
    labels = _labels(date(2016, 11, 23), LAST, 1250)
    assert labels == [f"Jan {year}" for year in range(2017, 2027)]


def test_weeks_across_new_year_say_the_new_year_on_its_first_tick():
    labels = _labels(date(2025, 12, 10), date(2026, 1, 20), 600)
    assert labels == ["15 Dec 2025", "22 Dec", "29 Dec", "5 Jan 2026", "12 Jan", "19 Jan"]


def test_a_narrow_chart_has_fewer_coarser_ticks():
    assert _labels(LAST - timedelta(days=364), LAST, 300) == ["Jan 2026", "Jul"]


def test_one_day_has_one_tick():
    assert _labels(LAST, LAST, 1250) == ["21 Nov 2026"]


@pytest.mark.parametrize("max_ticks", [7, 14])
def test_the_ticks_stay_put_when_the_range_moves_on_by_a_day(max_ticks):
    first = date(2026, 8, 24)
    ticks = date_ticks(first, LAST, max_ticks)
    moved = date_ticks(first + timedelta(days=1), LAST + timedelta(days=1), max_ticks)
    assert {t.day for t in ticks if t.day > first} == {t.day for t in moved if t.day <= LAST}


@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 1, 1)),
    st.integers(min_value=0, max_value=8000),
    st.integers(min_value=1, max_value=30),
)
def test_any_range_gets_at_most_the_ticks_asked_all_with_a_month(first, length, max_ticks):
    last = first + timedelta(days=length)
    ticks = date_ticks(first, last, max_ticks)
    assert 1 <= len(ticks) <= max_ticks
    assert all(first <= t.day <= last and MONTH.search(t.label) for t in ticks)
    assert re.search(r" \d{4}$", ticks[0].label)
