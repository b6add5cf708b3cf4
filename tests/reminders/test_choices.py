"""The reminder choices as kept in the user's settings, and the time of day typed."""

from __future__ import annotations

from datetime import time

from journal.reminders.choices import (
    CHECKIN_AT_KEY,
    CHECKIN_KEY,
    DEFAULT_CHECKIN_AT,
    ReminderChoices,
    parse_time_of_day,
)


def test_choices_come_back_as_they_were_kept():
    chosen = ReminderChoices(checkin=True, checkin_at=time(7, 30), doses=True, stay_in_tray=True)
    # An INI file gives every value back as text.
    kept = {k: str(v).lower() for k, v in chosen.values().items()}
    assert ReminderChoices.from_values(kept) == chosen


def test_nothing_kept_means_no_reminders():
    assert not ReminderChoices.from_values({}).any


def test_an_unreadable_time_kept_falls_back_to_the_default():
    kept = ReminderChoices.from_values({CHECKIN_KEY: "true", CHECKIN_AT_KEY: "half past"})
    assert kept.checkin_at == DEFAULT_CHECKIN_AT


def test_the_plan_has_no_check_in_time_when_the_check_in_reminder_is_off():
    assert ReminderChoices(checkin=False, doses=True).plan().checkin_at is None


def test_a_time_of_day_is_read_from_what_is_typed():
    assert parse_time_of_day(" 7.30 ") == (time(7, 30), [])


def test_a_time_that_is_not_one_says_so_for_its_field():
    at, [error] = parse_time_of_day("25:00")
    assert at is None and error.field == "checkin_at" and "25:00" in error.message


def test_two_times_are_refused_for_one_reminder():
    _, [error] = parse_time_of_day("08:00 20:00")
    assert "one time" in error.message


def test_an_empty_time_is_refused():
    _, [error] = parse_time_of_day("  ")
    assert "time of day" in error.message
