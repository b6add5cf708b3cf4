"""The demo is rebuilt to end today, unless the user saved or typed something in it."""

from __future__ import annotations

from datetime import date

from builders import many_checkins

from journal.store import open_journal
from journal.store.demo_writer import demo_has_changes, prepare_demo, write_demo

END = date(2026, 11, 1)


def test_a_demo_just_written_has_no_changes(journal_path):
    write_demo(journal_path, end=END).close()
    assert not demo_has_changes(journal_path)


def test_opening_and_reading_the_demo_changes_nothing(journal_path):
    write_demo(journal_path, end=END).close()
    with open_journal(journal_path) as demo:
        demo.snapshot()
        demo.settings.remove("checkin_draft")  # what a clean window does on close
    assert not demo_has_changes(journal_path)


def test_a_check_in_saved_in_the_demo_keeps_it_from_being_rebuilt(journal_path):
    write_demo(journal_path, end=END).close()
    with open_journal(journal_path) as demo:
        count = demo.checkins.count()
        demo.checkins.add(many_checkins(1)[0])
    assert prepare_demo(journal_path, end=END) is True
    with open_journal(journal_path) as demo:
        assert demo.checkins.count() == count + 1


def test_a_draft_typed_in_the_demo_keeps_it_too(journal_path):
    write_demo(journal_path, end=END).close()
    with open_journal(journal_path) as demo:
        demo.settings.put("checkin_draft", {"note": "half typed"})
    assert prepare_demo(journal_path, end=END) is True
    with open_journal(journal_path) as demo:
        assert demo.settings.get("checkin_draft") == {"note": "half typed"}


def test_a_changed_record_keeps_the_demo(journal_path):
    write_demo(journal_path, end=END).close()
    with open_journal(journal_path) as demo:
        [lesion] = demo.lesions.lesions()
        demo.lesion_deletes.delete_lesion(lesion.id)
    assert demo_has_changes(journal_path)


def test_an_untouched_demo_is_rebuilt_to_end_on_the_day_asked(journal_path):
    write_demo(journal_path, end=END).close()
    assert prepare_demo(journal_path, end=date(2026, 11, 20)) is False
    with open_journal(journal_path) as demo:
        assert max(c.local_date for c in demo.checkins.between()) == date(2026, 11, 20)


def test_a_missing_or_damaged_demo_is_simply_built(journal_path):
    assert prepare_demo(journal_path, end=END) is False
    journal_path.write_bytes(b"not a journal at all")
    assert prepare_demo(journal_path, end=END) is False
    with open_journal(journal_path) as demo:
        assert demo.checkins.count() > 100
