"""A new check-in's time follows the clock until the user changes it."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime
from ui.finders import by_name

from journal.checkin import local_now


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


def _form_with_clock(window, now: datetime) -> Clock:
    clock = Clock(now)
    window.form.clock = clock
    window.form.clear()
    return clock


def _type_pain(window, text="5"):
    field = by_name(window, "Pain now")
    field.setText(text)
    field.textEdited.emit(text)


def test_a_new_check_in_is_saved_at_the_moment_of_saving(window):
    evening = local_now().replace(second=0, microsecond=0) - timedelta(hours=12)
    clock = _form_with_clock(window, evening)
    _type_pain(window)
    clock.now = evening + timedelta(hours=11, minutes=4)  # the window was left open overnight
    saved = window.form.save()
    assert saved.taken_at == clock.now


def test_the_time_shown_catches_up_with_the_clock(window):
    start = local_now().replace(second=0, microsecond=0) - timedelta(hours=2)
    clock = _form_with_clock(window, start)
    clock.now = start + timedelta(minutes=30)
    window.form.follow_clock()
    shown = by_name(window, "Check-in time").dateTime().toPython()
    assert shown == clock.now.replace(tzinfo=None)
    assert window.form.follows_clock
    assert not window.form.is_dirty  # the clock moving is not the user typing


def test_a_time_the_user_chose_is_kept(window):
    start = local_now().replace(second=0, microsecond=0) - timedelta(hours=3)
    clock = _form_with_clock(window, start)
    chosen = start - timedelta(hours=1)
    by_name(window, "Check-in time").setDateTime(QDateTime(chosen.replace(tzinfo=None)))
    clock.now = start + timedelta(hours=2)
    window.form.follow_clock()
    _type_pain(window)
    saved = window.form.save()
    assert saved.taken_at.replace(tzinfo=None) == chosen.replace(tzinfo=None)


def test_after_a_save_the_next_check_in_follows_the_clock_again(window):
    start = local_now().replace(second=0, microsecond=0) - timedelta(hours=3)
    _form_with_clock(window, start)
    by_name(window, "Check-in time").setDateTime(QDateTime(start.replace(tzinfo=None)))
    _type_pain(window)
    window.form.save()
    assert window.form.follows_clock
    assert by_name(window, "Check-in time").dateTime().toPython() == start.replace(tzinfo=None)


def test_a_check_in_being_changed_keeps_its_own_time(window):
    start = local_now().replace(second=0, microsecond=0) - timedelta(hours=5)
    clock = _form_with_clock(window, start)
    _type_pain(window)
    saved = window.form.save()
    window.edit_checkin(saved)
    clock.now = start + timedelta(hours=4)
    window.form.follow_clock()
    _type_pain(window, "2")
    assert window.form.save().taken_at == saved.taken_at


def test_a_draft_that_followed_the_clock_still_does_when_restored(open_window, journal_path):
    first = open_window(journal_path)
    _type_pain(first, "6")
    first.close()
    first.facade.close()
    again = open_window(journal_path)
    assert again.form.is_dirty and again.form.follows_clock
    assert by_name(again, "Pain now").text() == "6"


def test_the_time_field_says_it_is_now(window):
    hint = window.form.time_hint
    assert hint.isVisible() and hint.text() == "now"
    by_name(window, "Check-in time").setDateTime(QDateTime.currentDateTime().addSecs(-3600))
    assert not hint.isVisible()
