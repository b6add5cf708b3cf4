"""A damaged journal is never written to: set aside when a good backup can take its place."""

from __future__ import annotations

import sqlite3

import pytest
from backup_builders import (
    break_an_index,
    change_an_index_key,
    damage_a_page,
    digest,
    journal_with_photo,
)

from journal.store import JournalDamaged, open_journal
from journal.store.backup_files import write_backup
from journal.store.backups import list_backups


def _aside(journal_path):
    return [p for p in journal_path.parent.iterdir() if ".damaged-" in p.name]


def test_a_damaged_journal_with_a_good_backup_is_set_aside_unchanged(journal_path):
    journal_with_photo(journal_path)
    good = write_backup(journal_path, "automatic")
    damage_a_page(journal_path)
    before = digest(journal_path)
    with pytest.raises(JournalDamaged) as refused:
        open_journal(journal_path)
    error = refused.value
    assert not journal_path.exists()
    assert error.set_aside.name.startswith("journal.sqlite.damaged-")
    assert digest(error.set_aside) == before
    assert error.backup == good
    message = str(error)
    assert f"it is kept as {error.set_aside}" in message
    assert f"symptom-journal restore --journal {journal_path} {good.name}" in message


def test_the_newest_backup_that_passes_the_check_is_offered(journal_path):
    journal_with_photo(journal_path)
    older = write_backup(journal_path, "automatic")
    newer = write_backup(journal_path, "automatic")
    damage_a_page(newer.path)
    damage_a_page(journal_path)
    with pytest.raises(JournalDamaged) as refused:
        open_journal(journal_path)
    assert list_backups(journal_path)[0] == newer
    assert refused.value.backup == older


def test_a_damaged_journal_without_a_good_backup_stays_where_it_is(journal_path):
    journal_with_photo(journal_path)
    damage_a_page(journal_path)
    before = digest(journal_path)
    with pytest.raises(JournalDamaged, match="No backup of it that passes the check") as refused:
        open_journal(journal_path)
    assert refused.value.set_aside is None
    assert "from a backup" not in str(refused.value)  # there is none to restore from
    assert digest(journal_path) == before
    assert _aside(journal_path) == []


def test_a_damaged_journal_whose_every_backup_is_damaged_too_is_told_so(journal_path):
    journal_with_photo(journal_path)
    damage_a_page(write_backup(journal_path, "automatic").path)
    damage_a_page(journal_path)
    before = digest(journal_path)
    with pytest.raises(JournalDamaged, match="No backup of it that passes the check") as refused:
        open_journal(journal_path)
    assert refused.value.backup is None
    assert digest(journal_path) == before
    assert _aside(journal_path) == []


def test_an_index_that_disagrees_with_its_table_is_found_on_open(journal_path):
    journal_with_photo(journal_path)
    break_an_index(journal_path)
    before = digest(journal_path)
    with pytest.raises(JournalDamaged, match="missing from index"):
        open_journal(journal_path)
    assert digest(journal_path) == before
    assert not journal_path.with_name("journal.sqlite-wal").exists()


def _quick_check(path):
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA quick_check").fetchall()
    finally:
        conn.close()


def test_a_changed_key_in_the_time_index_is_refused_on_open_and_left_unchanged(journal_path):
    journal_with_photo(journal_path)
    change_an_index_key(journal_path)
    assert _quick_check(journal_path) == [("ok",)]  # what opening used to rely on
    before = digest(journal_path)
    with pytest.raises(JournalDamaged, match="missing from index checkins_by_utc_time"):
        open_journal(journal_path)
    assert digest(journal_path) == before
    assert not journal_path.with_name("journal.sqlite-wal").exists()
    assert not journal_path.with_name("journal.sqlite-shm").exists()


def _damage_in_wal_mode(path):
    # As damage comes: to a journal left in WAL mode, as the program leaves every journal.
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'checkins'").fetchone()
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    data[(root[0] - 1) * page : (root[0] - 1) * page + 8] = b"\xff" * 8
    path.write_bytes(bytes(data))


def _sidecars(path):
    return sorted(p.name for p in path.parent.iterdir() if p.name.endswith(("-wal", "-shm")))


def test_looking_at_a_damaged_journal_leaves_nothing_beside_it(journal_path):
    from journal.store.journal_check import check_journal

    journal_with_photo(journal_path)
    _damage_in_wal_mode(journal_path)
    before = digest(journal_path)
    assert _sidecars(journal_path) == []
    assert not check_journal(journal_path).database_ok
    assert _sidecars(journal_path) == []
    with pytest.raises(JournalDamaged):
        open_journal(journal_path)
    assert _sidecars(journal_path) == []
    assert digest(journal_path) == before


def test_a_wal_file_that_was_there_before_the_look_is_left_alone(journal_path):
    from journal.store.journal_check import check_journal

    journal_with_photo(journal_path)
    _damage_in_wal_mode(journal_path)
    wal = journal_path.with_name(journal_path.name + "-wal")
    wal.write_bytes(b"")  # someone else's, perhaps a window that has it open
    check_journal(journal_path)
    assert wal.exists()


def test_photos_added_since_the_last_backup_are_kept_with_the_damaged_journal(journal_path):
    from journal.store.backups import restore
    from journal.store.photos import photos_folder

    journal_with_photo(journal_path, colour="red")
    write_backup(journal_path, "automatic")
    newer = journal_with_photo(journal_path, checkins=1, colour="blue")  # in no backup
    photo = photos_folder(journal_path) / newer
    taken = digest(photo)
    damage_a_page(journal_path)
    with pytest.raises(JournalDamaged) as refused:
        open_journal(journal_path)
    aside = refused.value.set_aside
    restore(journal_path, refused.value.backup)
    # The restored journal names only the older photo, and tidies away the files it does
    # not name when it opens: the newer photo must live on beside the damaged journal.
    open_journal(journal_path).close()
    kept = photos_folder(aside) / newer
    assert kept.is_file() and digest(kept) == taken
