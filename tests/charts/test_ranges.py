"""The periods a trend chart can show."""

from __future__ import annotations

from datetime import date

from journal.charts.ranges import RANGES, period

TODAY = date(2026, 11, 21)


def test_the_last_7_days_end_today():
    assert period("7d", TODAY) == (date(2026, 11, 15), TODAY)


def test_a_year_is_365_days_up_to_today():
    first, last = period("1y", TODAY)
    assert ((last - first).days + 1, last) == (365, TODAY)


def test_all_starts_on_the_first_recorded_day():
    assert period("all", TODAY, earliest=date(2019, 4, 2)) == (date(2019, 4, 2), TODAY)


def test_all_on_an_empty_journal_is_today():
    assert period("all", TODAY) == (TODAY, TODAY)


def test_custom_dates_are_taken_in_either_order():
    chosen = (date(2026, 6, 30), date(2026, 6, 1))
    assert period("custom", TODAY, custom=chosen) == (date(2026, 6, 1), date(2026, 6, 30))


def test_an_unknown_choice_shows_30_days():
    assert period("fortnight", TODAY) == period("30d", TODAY)


def test_the_choices_are_the_ones_the_view_offers():
    labels = [r.label for r in RANGES]
    assert labels == ["7 days", "30 days", "90 days", "1 year", "All", "Custom dates"]
