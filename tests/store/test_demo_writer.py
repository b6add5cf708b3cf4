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


def test_the_demo_writes_the_lesion_with_a_photo_at_each_observation(journal_path):
    write_demo(journal_path, end=date(2026, 11, 1)).close()
    with open_journal(journal_path) as demo:
        [lesion] = demo.lesions.lesions()
        observations = demo.lesions.observations(lesion.id)
        assert len(observations) >= 8
        assert all(len(o.photo_ids) == 1 for o in observations)
        assert len(demo.photos.timeline(lesion.id)) == len(observations)


def test_regenerating_the_demo_replaces_its_photos(journal_path):
    write_demo(journal_path, end=date(2026, 11, 1)).close()
    write_demo(journal_path, end=date(2026, 10, 1), replace=True).close()
    with open_journal(journal_path) as demo:
        count = demo.photos.count()
    folder = journal_path.with_name("journal.sqlite.photos")
    assert len([p for p in folder.iterdir() if p.is_file()]) == count
