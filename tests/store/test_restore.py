"""Restoring a backup: the journal kept aside first, stale sidecars out of the way."""

from __future__ import annotations

import fcntl
import os
from datetime import datetime

import pytest
from backup_builders import checkin_count, damage_a_page, digest, journal_with_photo
from builders import many_checkins

from journal.store import open_journal
from journal.store.backup_files import write_backup
from journal.store.backups import find_backup, list_backups, restore
from journal.store.errors import BackupUnusable, JournalInUse
from journal.store.journal_check import check_journal
from journal.store.photos import photos_folder

THEN = datetime(2026, 3, 1, 9, 0)
NOW = datetime(2026, 3, 10, 14, 30)


def _sidecar(path, suffix):
    return path.with_name(path.name + suffix)


@pytest.fixture
def backed_up(journal_path):
    """A journal of 30 check-ins, backed up, then given 20 more."""
    photo = journal_with_photo(journal_path, checkins=30)
    backup = write_backup(journal_path, "by hand", THEN)
    journal_with_photo(journal_path, checkins=20)
    return backup, photo


def test_a_restore_puts_the_backup_in_place_and_keeps_the_journal_aside(journal_path, backed_up):
    backup, _ = backed_up
    report = restore(journal_path, backup, NOW)
    assert checkin_count(journal_path) == 30
    assert report.kept_as == journal_path.with_name("journal.sqlite.before-restore-2026-03-10")
    assert checkin_count(report.kept_as) == 50
    with open_journal(journal_path) as store:
        assert len(store.checkins.between()) == 30


def test_the_journal_as_it_was_is_also_in_the_list_so_a_restore_can_be_undone(
    journal_path, backed_up
):
    backup, _ = backed_up
    restore(journal_path, backup, NOW)
    newest = list_backups(journal_path)[0]
    assert newest.reason == "before restore"
    assert checkin_count(newest.path) == 50


def test_stale_sidecar_files_are_not_mixed_into_the_restored_journal(journal_path, backed_up):
    backup, _ = backed_up
    # A -wal holding five more check-ins and its -shm, as a crash would leave them.
    with open_journal(journal_path) as store:
        store._db.conn.execute("PRAGMA wal_autocheckpoint=0")
        store.checkins.add_many(many_checkins(5))
        wal = _sidecar(journal_path, "-wal").read_bytes()
        shm = _sidecar(journal_path, "-shm").read_bytes()
    assert len(wal) > 4096
    _sidecar(journal_path, "-wal").write_bytes(wal)
    _sidecar(journal_path, "-shm").write_bytes(shm)
    report = restore(journal_path, backup, NOW)
    assert not _sidecar(journal_path, "-shm").exists()
    assert not _sidecar(journal_path, "-wal").exists()
    assert checkin_count(journal_path) == 30
    assert check_journal(journal_path).passed
    assert checkin_count(report.kept_as) == 55  # nothing of the journal as it was is lost


def test_stale_sidecars_of_a_journal_that_is_gone_are_moved_aside(journal_path, backed_up):
    backup, _ = backed_up
    os.replace(journal_path, journal_path.with_name("elsewhere.sqlite"))
    _sidecar(journal_path, "-wal").write_bytes(b"\1" * 4096)
    _sidecar(journal_path, "-shm").write_bytes(b"\1" * 32768)
    report = restore(journal_path, backup, NOW)
    assert report.kept_as is not None and not report.kept_as.exists()
    assert _sidecar(report.kept_as, "-wal").read_bytes() == b"\1" * 4096
    assert not _sidecar(journal_path, "-shm").exists()
    assert checkin_count(journal_path) == 30


def test_the_backups_photos_are_put_back(journal_path, backed_up):
    backup, photo = backed_up
    for path in photos_folder(journal_path).iterdir():
        if path.is_file():
            path.unlink()
    report = restore(journal_path, backup, NOW)
    assert (photos_folder(journal_path) / photo).is_file()
    assert report.photos == 1


def test_a_damaged_journal_is_kept_aside_as_damaged_without_a_backup_of_it(journal_path, backed_up):
    backup, _ = backed_up
    damage_a_page(journal_path)
    before = digest(journal_path)
    report = restore(journal_path, backup, NOW)
    assert report.kept_as.name == "journal.sqlite.damaged-2026-03-10"
    assert digest(report.kept_as) == before
    assert [b.reason for b in list_backups(journal_path)] == ["by hand"]


def test_a_restore_is_refused_while_another_process_has_the_journal_open(journal_path, backed_up):
    backup, _ = backed_up
    before = digest(journal_path)
    # Another process's open journal holds a shared lock: a flock on its own descriptor.
    other = os.open(f"{journal_path}.lock", os.O_CREAT | os.O_RDWR)
    fcntl.flock(other, fcntl.LOCK_SH)
    try:
        with pytest.raises(JournalInUse, match="open in another"):
            restore(journal_path, backup, NOW)
    finally:
        os.close(other)
    assert digest(journal_path) == before


def test_a_damaged_backup_is_refused_and_nothing_changes(journal_path, backed_up):
    backup, _ = backed_up
    damage_a_page(backup.path)
    before = digest(journal_path)
    with pytest.raises(BackupUnusable, match="cannot be restored"):
        restore(journal_path, find_backup(journal_path, backup.name), NOW)
    assert digest(journal_path) == before
    assert not journal_path.with_name("journal.sqlite.before-restore-2026-03-10").exists()


def test_a_backup_is_found_by_its_name_or_its_path(journal_path, backed_up):
    backup, _ = backed_up
    assert find_backup(journal_path, backup.name) == backup
    assert find_backup(journal_path, str(backup.path)) == backup
    with pytest.raises(BackupUnusable, match="is not a backup"):
        find_backup(journal_path, "yesterday")


def test_the_journal_kept_aside_by_a_restore_keeps_its_photos(journal_path):
    journal_with_photo(journal_path, colour="red")
    older = write_backup(journal_path, "automatic")
    newer = journal_with_photo(journal_path, checkins=1, colour="blue")
    taken = digest(photos_folder(journal_path) / newer)
    report = restore(journal_path, older)
    kept = photos_folder(report.kept_as) / newer
    assert kept.is_file() and digest(kept) == taken
