"""Dates are written one way."""

from datetime import date, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from journal.dates import day_text, moment_text, short_day_text


def test_a_day_is_written_with_its_weekday_and_no_leading_zero():
    assert day_text(date(2026, 11, 2)) == "Mon 2 Nov 2026"
    assert day_text(date(2026, 11, 2), weekday=False) == "2 Nov 2026"


def test_a_moment_is_its_day_then_the_24_hour_time():
    at = datetime(2026, 11, 23, 8, 5, tzinfo=timezone(timedelta(hours=1)))
    assert moment_text(at) == "Mon 23 Nov 2026, 08:05"


def test_a_short_day_leaves_out_the_year():
    assert short_day_text(date(2026, 1, 9)) == "9 Jan"


@given(st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31)))
def test_every_day_can_be_read_back(day):
    assert datetime.strptime(day_text(day), "%a %d %b %Y").date() == day


def test_the_names_are_english_whatever_the_system_language():
    # Written from the program's own names, never from the C library's (which Qt sets to
    # the user's language at start-up).
    months = [day_text(date(2026, m, 1), weekday=False).split()[1] for m in range(1, 13)]
    assert " ".join(months) == "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"
    week = [day_text(date(2026, 11, 23 + d)).split()[0] for d in range(7)]
    assert " ".join(week) == "Mon Tue Wed Thu Fri Sat Sun"
