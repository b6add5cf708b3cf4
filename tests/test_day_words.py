from datetime import date, datetime

from journal.day_words import day_words, moment_words


def test_a_day_is_written_with_its_weekday_and_no_leading_zero():
    assert day_words(date(2026, 11, 23)) == "Mon 23 Nov 2026"
    assert day_words(date(2026, 3, 3)) == "Tue 3 Mar 2026"


def test_a_moment_is_its_day_and_its_local_time():
    assert moment_words(datetime(2026, 11, 8, 6, 5)) == "Sun 8 Nov 2026, 06:05"
