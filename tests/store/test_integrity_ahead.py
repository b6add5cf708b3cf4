"""The integrity check begun ahead of opening: its answer counts only for the file it read."""

from __future__ import annotations

import pytest
from backup_builders import break_an_index, digest, journal_with_photo

from journal.store import JournalDamaged, open_journal
from journal.store import integrity_ahead as ahead_module
from journal.store.integrity_ahead import check_ahead


def test_a_journal_checked_ahead_opens_with_that_check(journal_path):
    journal_with_photo(journal_path)
    check_ahead(journal_path)
    key = str(journal_path.resolve())
    assert key in ahead_module._ahead
    open_journal(journal_path).close()
    assert key not in ahead_module._ahead  # taken, not left behind


def test_damage_found_ahead_refuses_the_journal_as_on_any_open(journal_path):
    journal_with_photo(journal_path)
    break_an_index(journal_path)
    before = digest(journal_path)
    check_ahead(journal_path)
    with pytest.raises(JournalDamaged, match="missing from index"):
        open_journal(journal_path)
    assert digest(journal_path) == before


def test_a_file_changed_after_the_check_began_is_checked_again(journal_path):
    journal_with_photo(journal_path)
    check_ahead(journal_path)
    ahead_module._ahead[str(journal_path.resolve())][1].join()  # "ok", for the file as it was
    break_an_index(journal_path)  # then damaged before it is opened
    with pytest.raises(JournalDamaged, match="missing from index"):
        open_journal(journal_path)


def test_no_check_is_begun_for_a_file_not_there(journal_path):
    check_ahead(journal_path)
    assert str(journal_path.resolve()) not in ahead_module._ahead
