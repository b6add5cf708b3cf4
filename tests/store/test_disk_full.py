"""A full disk is said to be full, never damage, and loses nothing already saved."""

from __future__ import annotations

import errno
import hashlib
import os
from dataclasses import replace
from datetime import date

import pytest
from backup_builders import checkin_count, journal_with_photo
from builders import many_checkins
from disk_full import BIG_NOTE, fill_the_disk, no_room_for_files
from picture_builders import picture

from journal.exchange.formats import ExportFormat
from journal.lesions.lesion import Lesion
from journal.pain import Region, Side
from journal.store import JournalError, backup_files, open_journal
from journal.store import faults as store_faults
from journal.store.backup_files import write_backup
from journal.store.backups import BackupFailed, backup_now, list_backups
from journal.store.engine import dbapi
from journal.store.errors import JournalDamaged, JournalFull, JournalUnreadable
from journal.store.exports import write_export

FULL = "is full — nothing was lost; free some space and try again"


def _big_checkin():
    return replace(many_checkins(1)[0], note=BIG_NOTE)


def test_a_checkin_on_a_full_disk_raises_journal_full_and_keeps_the_rest(journal_path):
    with open_journal(journal_path) as store:
        store.checkins.add_many(many_checkins(5))
        fill_the_disk(store)
        with pytest.raises(JournalFull, match=FULL) as refused:
            store.checkins.add(_big_checkin())
        assert not isinstance(refused.value.__cause__, JournalError)
        assert isinstance(refused.value.__cause__, dbapi.OperationalError)
    assert checkin_count(journal_path) == 5


def test_a_journal_reopened_after_a_full_disk_opens_as_it_was(journal_path):
    with open_journal(journal_path) as store:
        store.checkins.add_many(many_checkins(5))
        fill_the_disk(store)
        with pytest.raises(JournalFull):
            store.checkins.add(_big_checkin())
    with open_journal(journal_path) as again:
        assert len(again.checkins.between()) == 5
        again.checkins.add(_big_checkin())  # room again: the same save goes through
    assert checkin_count(journal_path) == 6


def test_a_draft_or_a_setting_on_a_full_disk_raises_journal_full(journal_path):
    with open_journal(journal_path) as store:
        fill_the_disk(store)
        with pytest.raises(JournalFull, match=FULL):
            store.settings.put("checkin_draft", {"note": BIG_NOTE})


def test_a_photo_on_a_full_disk_raises_journal_full_and_leaves_no_part_file(
    journal_path, monkeypatch
):
    with open_journal(journal_path) as store:
        lesion = store.lesions.add_lesion(
            Lesion("Boil", Region.LOWER_BACK, Side.MIDDLE, date(2026, 1, 1))
        )
        no_room_for_files(monkeypatch)
        with pytest.raises(JournalFull, match=FULL):
            store.photos.add_bytes(lesion.id, picture(), "boil.jpg")
        assert store.photos.timeline(lesion.id) == []
    leftovers = [p for p in journal_path.parent.rglob("*") if p.is_file() and ".tmp" in p.name]
    assert leftovers == []


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _io_error(*args, **kwargs):
    error = dbapi.OperationalError("disk I/O error")
    error.sqlite_errorcode = 10 | (15 << 8)  # SQLITE_IOERR_SHMOPEN
    error.sqlite_errorname = "SQLITE_IOERR_SHMOPEN"
    raise error


def test_an_io_error_on_a_full_disk_at_open_says_the_disk_is_full(journal_path, monkeypatch):
    open_journal(journal_path).close()
    before = _sha(journal_path)
    monkeypatch.setattr(store_faults, "disk_is_full", lambda path: True)
    monkeypatch.setattr("journal.store.engine.dbapi.connect", _io_error)
    with pytest.raises(JournalFull, match=FULL) as refused:
        open_journal(journal_path)
    assert "damaged" not in str(refused.value)
    assert not isinstance(refused.value, JournalDamaged)
    assert _sha(journal_path) == before
    assert journal_path.exists()  # not set aside as damaged


def test_an_io_error_with_room_on_the_disk_says_it_could_not_be_read(journal_path, monkeypatch):
    open_journal(journal_path).close()
    monkeypatch.setattr(store_faults, "disk_is_full", lambda path: False)
    monkeypatch.setattr("journal.store.engine.dbapi.connect", _io_error)
    with pytest.raises(JournalUnreadable, match="could not be read or written") as refused:
        open_journal(journal_path)
    assert "damaged" not in str(refused.value)
    assert journal_path.exists()


def test_a_backup_on_a_full_disk_fails_as_full_and_lists_nothing(journal_path, monkeypatch):
    journal_with_photo(journal_path)
    no_room_for_files(monkeypatch)  # the backup's copy of the photo finds no room
    full = pytest.raises(BackupFailed, match="the disk is full — the journal itself is")
    with open_journal(journal_path) as store, full:
        backup_now(store, "automatic")
    assert list_backups(journal_path) == []
    assert checkin_count(journal_path) == 30


def test_a_backup_whose_copy_finds_no_room_fails_as_full(journal_path, monkeypatch):
    journal_with_photo(journal_path)

    def no_room(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(backup_files.tempfile, "mkstemp", no_room)
    with pytest.raises(BackupFailed, match="the disk is full"):
        write_backup(journal_path, "automatic")
    assert list_backups(journal_path) == []


def test_an_export_on_a_full_disk_raises_journal_full_and_writes_no_file(
    journal_path, tmp_path, monkeypatch
):
    out = tmp_path / "export.zip"
    with open_journal(journal_path) as store:
        store.checkins.add_many(many_checkins(3))
        no_room_for_files(monkeypatch)
        with pytest.raises(JournalFull, match=FULL):
            write_export(store, ExportFormat.ARCHIVE, out)
    assert not out.exists()
    assert [p.name for p in tmp_path.iterdir() if ".tmp" in p.name] == []
