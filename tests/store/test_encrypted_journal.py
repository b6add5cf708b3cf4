"""An encrypted journal on disk: on, off, a new passphrase, a wrong one, its photos and backups."""

import io
import sqlite3
from datetime import UTC, date, datetime

import pytest
from PIL import Image

from journal.checkin import CheckIn
from journal.lesions.lesion import Lesion, Region, Side
from journal.store import keyring, open_journal
from journal.store.backup_files import list_backups
from journal.store.encryption import (
    EncryptionRefused,
    change_passphrase,
    note_path,
    turn_off,
    turn_on,
    unlock,
)
from journal.store.errors import JournalInUse, JournalLocked, WrongPassphrase
from journal.store.photos import photos_folder

pytestmark = pytest.mark.encryption

CANARY = "CANARY-7f3a9c"


def _photo() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (64, 48), (200, 30, 40)).save(out, "PNG")
    return out.getvalue()


def _fill(path):
    with open_journal(path) as store:
        store.checkins.add(
            CheckIn(datetime(2026, 11, 3, 9, tzinfo=UTC), {"pain_now": 6.0}, note=CANARY)
        )
        lesion = store.lesions.add_lesion(
            Lesion(f"{CANARY} lesion", Region.LOWER_BACK, Side.MIDDLE, date(2026, 1, 1))
        )
        store.photos.add_bytes(lesion.id, _photo(), "back.png")


def _files(path):
    folder = path.parent
    return [p for p in folder.rglob("*") if p.is_file()]


def test_turned_on_the_journal_opens_only_with_its_passphrase(journal_path):
    _fill(journal_path)
    turn_on(journal_path, "correct horse")
    keyring.forget_all()
    with pytest.raises(JournalLocked):
        open_journal(journal_path)
    with pytest.raises(WrongPassphrase):
        unlock(journal_path, "wrong horse")
    unlock(journal_path, "correct horse")
    with open_journal(journal_path) as store:
        assert store.checkins.count() == 1
        photo = next(iter(store.photos.photos().values()))
        assert Image.open(io.BytesIO(store.photos.original(photo))).size == (64, 48)
        assert store.photos.thumbnail(photo)[:2] == b"\xff\xd8"


def test_a_wrong_passphrase_changes_no_file(journal_path):
    _fill(journal_path)
    turn_on(journal_path, "correct horse")
    keyring.forget_all()
    before = {p: p.read_bytes() for p in _files(journal_path)}
    with pytest.raises(WrongPassphrase):
        unlock(journal_path, "Correct horse")
    assert {p: p.read_bytes() for p in _files(journal_path)} == before


def test_no_file_beside_an_encrypted_journal_holds_the_canary_or_the_photo(journal_path):
    _fill(journal_path)
    with open_journal(journal_path) as store:
        photo = next(iter(store.photos.photos().values()))
        stored = [store.photos.original(photo), store.photos.thumbnail(photo)]
    turn_on(journal_path, "correct horse")
    with open_journal(journal_path) as store:  # written to once more, in its -wal
        store.checkins.add(CheckIn(datetime(2026, 11, 4, 9, tzinfo=UTC), {}, note=CANARY))
        assert store.photos.original(photo) == stored[0]
        assert sum(1 for p in _files(journal_path) if p.name.endswith("-wal")) == 1
    assert len(_files(journal_path)) >= 5  # journal, photo, thumbnail, backup, its photo
    for path in _files(journal_path):
        data = path.read_bytes()
        assert CANARY.encode() not in data, path
        assert CANARY.encode("utf-16-le") not in data, path
        for plain in stored:
            # The JPEG's header is the same for any picture: its middle is this photo's.
            assert plain[len(plain) // 2 : len(plain) // 2 + 32] not in data, path


def test_turned_on_the_old_plain_backups_are_gone_and_a_new_encrypted_one_is_made(journal_path):
    _fill(journal_path)
    from journal.store.backup_files import write_backup

    write_backup(journal_path, "automatic")
    turn_on(journal_path, "pass")
    backups = list_backups(journal_path)
    assert [b.reason for b in backups] == ["after encryption was turned on"]
    assert keyring.is_encrypted(backups[0].path)


def test_turned_off_the_journal_is_plain_sqlite_with_plain_photos(journal_path):
    _fill(journal_path)
    turn_on(journal_path, "pass")
    turn_off(journal_path)
    assert not keyring.is_encrypted(journal_path)
    conn = sqlite3.connect(journal_path)
    assert conn.execute("SELECT count(*) FROM checkins").fetchone()[0] == 1
    assert conn.execute("SELECT count(*) FROM file_key").fetchone()[0] == 0
    conn.close()
    keyring.forget_all()
    with open_journal(journal_path) as store:
        photo = next(iter(store.photos.photos().values()))
        assert (
            photos_folder(journal_path) / photo.file_name
        ).read_bytes() == store.photos.original(photo)


def test_a_new_passphrase_replaces_the_old_one(journal_path):
    _fill(journal_path)
    turn_on(journal_path, "old one")
    change_passphrase(journal_path, "new one")
    keyring.forget_all()
    with pytest.raises(WrongPassphrase):
        unlock(journal_path, "old one")
    unlock(journal_path, "new one")
    with open_journal(journal_path) as store:
        photo = next(iter(store.photos.photos().values()))
        assert Image.open(io.BytesIO(store.photos.original(photo))).size == (64, 48)
    assert all(
        keyring.file_salt(b.path) == keyring.file_salt(journal_path)
        for b in list_backups(journal_path)
    )


def test_on_twice_or_off_on_a_plain_journal_is_refused(journal_path):
    _fill(journal_path)
    with pytest.raises(EncryptionRefused):
        turn_off(journal_path)
    turn_on(journal_path, "pass")
    with pytest.raises(EncryptionRefused):
        turn_on(journal_path, "pass")


def test_an_open_journal_is_not_changed_under_its_window(journal_path):
    _fill(journal_path)
    with open_journal(journal_path), pytest.raises(JournalInUse, match="turn encryption on"):
        turn_on(journal_path, "pass")
    assert not keyring.is_encrypted(journal_path)
    assert not note_path(journal_path).exists()


def test_the_encrypted_journal_stays_private(journal_path):
    _fill(journal_path)
    turn_on(journal_path, "pass")
    assert journal_path.stat().st_mode & 0o777 == 0o600


def test_a_second_window_s_journal_still_keeps_an_encryption_change_away(journal_path):
    _fill(journal_path)
    first = open_journal(journal_path)
    second = open_journal(journal_path)  # asks whether it is alone, and is not
    first.close()
    with pytest.raises(JournalInUse):
        turn_on(journal_path, "pass")
    second.close()
    turn_on(journal_path, "pass")
    assert keyring.is_encrypted(journal_path)
