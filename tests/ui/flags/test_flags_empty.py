"""What the Red flags page says when it lists nothing: never a bare "no red flags"."""

from datetime import date, datetime, time, timedelta

from ui.flag_waits import wait_for_flags

from journal.checkin import CheckIn
from journal.store import open_journal
from journal.ui.flags.flags_banner import FAILURE_TEXT
from journal.ui.flags.flags_view import NO_FLAGS, NOTHING_TO_CHECK


def _yesterday(**values: float) -> CheckIn:
    when = datetime.combine(date.today() - timedelta(days=1), time(9)).astimezone()
    return CheckIn(when, values)


def test_a_new_journal_has_nothing_to_check_yet(window):
    page = window.flags_page
    assert page.empty_hint.isVisibleTo(page)
    assert page.empty_hint.text() == NOTHING_TO_CHECK
    assert page.table.accessibleDescription() == NOTHING_TO_CHECK
    assert not page.detail.isVisibleTo(page)


def test_check_ins_that_raise_nothing_say_no_red_flags_in_what_you_recorded(
    open_window, journal_path
):
    with open_journal(journal_path) as store:
        store.checkins.add(_yesterday(pain_now=2.0))
    page = open_window(journal_path).flags_page
    assert page.empty_hint.isVisibleTo(page)
    assert page.empty_hint.text() == NO_FLAGS
    assert NO_FLAGS.startswith("No red flags in what you have recorded")


def test_the_first_saved_check_in_changes_nothing_to_check_into_no_red_flags(window):
    window.facade.save(_yesterday(pain_now=2.0))
    wait_for_flags(window)
    assert window.flags_page.empty_hint.text() == NO_FLAGS


def test_a_flag_hides_the_empty_note(window):
    window.facade.save(_yesterday(temperature=38.6, pain_now=6.0))
    wait_for_flags(window)
    page = window.flags_page
    assert not page.empty_hint.isVisibleTo(page)
    assert page.detail.isVisibleTo(page)


def test_rules_that_could_not_run_never_say_there_are_no_red_flags(
    open_window, journal_path, monkeypatch
):
    from journal.services import flag_check

    def broken(*args, **kwargs):
        raise IndexError("a rule's fault")

    with open_journal(journal_path) as store:
        store.checkins.add(_yesterday(pain_now=2.0))
    monkeypatch.setattr(flag_check, "find_flags", broken)
    page = open_window(journal_path).flags_page
    assert page.empty_hint.text() == FAILURE_TEXT
