from datetime import date

from journal.store import open_journal
from journal.store.settings import SUMMARY_PATIENT_KEY


def test_a_journal_has_no_patient_until_one_is_given(store):
    assert store.settings.summary_patient() == ("", None)


def test_the_patient_is_remembered_in_the_journal_file(journal_path):
    with open_journal(journal_path) as store:
        store.settings.set_summary_patient("  Ana Lima ", date(1971, 3, 3))
    with open_journal(journal_path) as store:
        assert store.settings.summary_patient() == ("Ana Lima", date(1971, 3, 3))


def test_a_name_without_a_date_of_birth_is_kept_as_it_is(store):
    store.settings.set_summary_patient("Ana", None)
    assert store.settings.summary_patient() == ("Ana", None)


def test_a_damaged_stored_patient_is_read_as_none_given(store):
    store.settings.put(SUMMARY_PATIENT_KEY, {"name": 3, "born": "the third of March"})
    assert store.settings.summary_patient() == ("", None)
    store.settings.put(SUMMARY_PATIENT_KEY, ["not", "a", "dict"])
    assert store.settings.summary_patient() == ("", None)
