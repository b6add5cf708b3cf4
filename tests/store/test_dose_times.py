"""The times of day of a medicine's doses, kept with the medicine, and journals from before."""

import sqlite3
from dataclasses import replace
from datetime import date, time

import pytest
from sqlite_utils import Database

from journal.care.medicines import scheduled_times
from journal.care.records import Purpose, Regimen, Route
from journal.store import open_journal
from journal.store.record_errors import InvalidRecord
from journal.store.schema import migrations, schema_version

TWICE = Regimen(
    "Doxycycline",
    100,
    "mg",
    Route.ORAL,
    Purpose.ANTIBIOTIC,
    date(2026, 11, 1),
    times_per_day=2,
    dose_times=(time(7, 30), time(19, 30)),
)


def test_the_dose_times_read_back_as_saved(store):
    saved = store.medicines.add(TWICE)
    assert store.medicines.get(saved.id).dose_times == (time(7, 30), time(19, 30))


def test_the_dose_times_survive_closing_and_reopening(journal_path):
    with open_journal(journal_path) as first:
        saved = first.medicines.add(TWICE)
    with open_journal(journal_path) as again:
        assert again.medicines.get(saved.id) == saved


def test_changed_dose_times_read_back_changed(store):
    saved = store.medicines.add(TWICE)
    store.medicines.update(replace(saved, dose_times=(time(9), time(21))))
    assert store.medicines.get(saved.id).dose_times == (time(9), time(21))


def test_dose_times_that_do_not_match_times_a_day_are_not_saved(store):
    with pytest.raises(InvalidRecord) as raised:
        store.medicines.add(replace(TWICE, times_per_day=3))
    assert [e.field for e in raised.value.errors] == ["dose_times"]
    assert store.medicines.all() == []


def test_a_restored_medicine_keeps_its_dose_times(store):
    saved = store.medicines.add(TWICE)
    restored, _ = store.medicines.restore(*store.medicines.delete(saved.id))
    assert restored.dose_times == TWICE.dose_times


def _journal_before_dose_times(path) -> None:
    """A journal as the program wrote it before dose times could be set."""
    path.parent.mkdir(parents=True)
    db = Database(sqlite3.connect(path))
    migrations.apply(db, stop_before="m005_dose_times")
    db.execute("PRAGMA user_version = 4")
    db["regimens"].insert(
        {
            "name": "Flucloxacillin",
            "dose": 2.0,
            "dose_unit": "g",
            "route": "iv",
            "purpose": "antibiotic",
            "start_day": "2026-11-01",
            "end_day": "2026-12-12",
            "times_per_day": 4,
            "planned_length": "6 weeks",
        }
    )
    db.conn.commit()
    db.conn.close()


def test_an_old_journal_gains_dose_times_and_keeps_its_even_spread(journal_path):
    _journal_before_dose_times(journal_path)
    with open_journal(journal_path) as store:
        (regimen,) = store.medicines.all()
    assert regimen.name == "Flucloxacillin" and regimen.times_per_day == 4
    assert regimen.dose_times == ()
    assert scheduled_times(regimen) == (time(8), time(12, 40), time(17, 20), time(22))
    conn = sqlite3.connect(journal_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()


def test_a_medicine_of_an_old_journal_can_be_given_its_times(journal_path):
    _journal_before_dose_times(journal_path)
    times = (time(6), time(12), time(18), time(23))
    with open_journal(journal_path) as store:
        (regimen,) = store.medicines.all()
        store.medicines.update(replace(regimen, dose_times=times))
    with open_journal(journal_path) as again:
        assert again.medicines.get(regimen.id).dose_times == times
