"""The order of day, month and year chosen in Preferences, or the locale's."""

from datetime import date, datetime

import pytest

from journal import dates
from journal.dates import DayOrder, day_text, moment_text, order_of_pattern, short_day_text

DAY = date(2026, 11, 23)


@pytest.fixture
def order():
    yield dates.set_day_order
    dates.set_day_order(DayOrder.DAY_MONTH)


def test_days_are_written_day_first_until_an_order_is_chosen():
    assert day_text(DAY) == "Mon 23 Nov 2026"


def test_month_first_is_written_the_american_way(order):
    order(DayOrder.MONTH_DAY)
    assert (day_text(DAY), short_day_text(DAY)) == ("Mon Nov 23, 2026", "Nov 23")


def test_iso_order_writes_the_year_first(order):
    order(DayOrder.ISO)
    assert moment_text(datetime(2026, 11, 23, 8, 5)) == "Mon 2026-11-23, 08:05"


def test_the_qt_pattern_follows_the_order(order):
    order(DayOrder.MONTH_DAY)
    assert dates.qt_moment_format() == "ddd MMM d, yyyy, HH:mm"


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("M/d/yy", DayOrder.MONTH_DAY),
        ("dd/MM/yyyy", DayOrder.DAY_MONTH),
        ("dd.MM.yy", DayOrder.DAY_MONTH),
        ("y-MM-dd", DayOrder.ISO),
        ("yyyy/M/d", DayOrder.ISO),
        ("", DayOrder.DAY_MONTH),
    ],
)
def test_a_locale_pattern_gives_its_order(pattern, expected):
    assert order_of_pattern(pattern) is expected
