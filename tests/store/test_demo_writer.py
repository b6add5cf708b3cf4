from datetime import date

import pytest

from journal.store import open_journal
from journal.store.demo_writer import JournalExists, write_demo


def test_the_demo_is_written_to_a_new_file(journal_path):
    write_demo(journal_path, end=date(2026, 11, 1)).close()
    with open_journal(journal_path) as demo:
        assert 120 <= demo.checkins.count() <= 360


def test_the_demo_never_overwrites_a_journal(journal_path, store):
    with pytest.raises(JournalExists):
        write_demo(journal_path)


def test_the_demo_file_can_be_regenerated_when_asked(journal_path):
    write_demo(journal_path, end=date(2026, 11, 1)).close()
    write_demo(journal_path, end=date(2026, 11, 1), replace=True).close()
    with open_journal(journal_path) as demo:
        days = {c.local_date for c in demo.checkins.between()}
    assert len(days) == 120


def test_the_demo_holds_its_care_record(journal_path):
    write_demo(journal_path, end=date(2026, 11, 1)).close()
    with open_journal(journal_path) as demo:
        snapshot = demo.snapshot()
    assert [r.name for r in snapshot.regimens] == ["Paracetamol", "Ibuprofen", "Flucloxacillin"]
    assert {lab.test for lab in snapshot.labs} >= {"CRP", "ESR", "WBC", "Blood culture"}
    assert snapshot.doses and snapshot.imaging and snapshot.basdai
    assert len(snapshot.appointments) == 2
    assert snapshot.medical_context.dental_infection
