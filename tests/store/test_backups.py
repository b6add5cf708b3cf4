"""Backups: the online backup API, checked before kept, private, complete with photos."""

from __future__ import annotations

import os
import shutil
import sqlite3
import stat
import threading
import time
from datetime import datetime, timedelta

import pytest
from backup_builders import checkin_count, digest, journal_with_photo
from builders import many_checkins

from journal.backup_rotation import backups_to_keep
from journal.store import open_journal
from journal.store.backup_files import BackupFailed, copy_database, write_backup
from journal.store.backups import (
    backup_now,
    backups_folder,
    find_backup,
    list_backups,
    thin_backups,
)
from journal.store.engine import dbapi
from journal.store.errors import BackupUnusable
from journal.store.files import remove_file
from journal.store.journal_check import check_backup
from journal.store.photos import photos_folder
from journal.store.schema import schema_version

NOW = datetime(2026, 3, 10, 14, 30)


def test_a_backup_is_a_checked_copy_beside_the_journal_with_its_photos(journal_path):
    photo = journal_with_photo(journal_path)
    made = write_backup(journal_path, "by hand", NOW)
    assert made.path.parent == journal_path.parent / "journal.sqlite.backups"
    assert made.name == "2026-03-10T14-30-00_by-hand.sqlite"
    assert checkin_count(made.path) == 30
    shared = backups_folder(journal_path) / "photos" / photo
    assert digest(shared) == digest(photos_folder(journal_path) / photo)
    assert check_backup(made).passed
    assert made.problems == ()


def test_backups_are_private_to_the_user(journal_path):
    journal_with_photo(journal_path)
    made = write_backup(journal_path, "by hand", NOW)
    folder = backups_folder(journal_path)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "photos").stat().st_mode) == 0o700
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    for photo in (folder / "photos").iterdir():
        assert stat.S_IMODE(photo.stat().st_mode) == 0o600


def test_a_backup_stands_alone_without_a_write_ahead_file(journal_path):
    journal_with_photo(journal_path)
    made = write_backup(journal_path, "by hand", NOW)
    conn = sqlite3.connect(made.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert not made.path.with_name(made.name + "-wal").exists()


def test_a_photo_is_kept_once_however_many_backups_name_it(journal_path):
    journal_with_photo(journal_path)
    for minutes in range(3):
        write_backup(journal_path, "automatic", NOW + timedelta(minutes=minutes))
    assert len(list_backups(journal_path)) == 3
    assert len(list(backups_folder(journal_path).joinpath("photos").iterdir())) == 1


def test_the_list_is_newest_first_with_reasons_and_sizes(journal_path):
    journal_with_photo(journal_path)
    write_backup(journal_path, "automatic", NOW)
    write_backup(journal_path, "before import", NOW + timedelta(hours=1))
    listed = list_backups(journal_path)
    assert [(b.taken_at, b.reason) for b in listed] == [
        (NOW + timedelta(hours=1), "before import"),
        (NOW, "automatic"),
    ]
    assert all(b.size == b.path.stat().st_size > 0 for b in listed)


def test_two_backups_in_the_same_second_are_both_kept(journal_path):
    journal_with_photo(journal_path)
    first = write_backup(journal_path, "automatic", NOW)
    second = write_backup(journal_path, "automatic", NOW)
    assert first.path != second.path
    assert len(list_backups(journal_path)) == 2


def test_a_live_journal_backed_up_during_writes_is_one_consistent_moment(journal_path):
    # Another connection keeps saving check-ins of two observations each, one transaction
    # apiece; a backup is consistent when every check-in it holds has both of its rows.
    open_journal(journal_path).close()
    stop, first_saved = threading.Event(), threading.Event()

    def write():
        # The journal's own SQLite library, never Python's beside it: two libraries on one
        # file each drop the other's locks and shared memory as they close, and this test
        # then died of a bus error one run in eight.
        conn = dbapi.connect(str(journal_path), timeout=10)
        n = 0
        while not stop.is_set():
            with conn:
                row = conn.execute(
                    "INSERT INTO checkins (local_time, utc_offset_min, utc_time) "
                    "VALUES ('2026-01-01T08:00', 0, ?)",
                    [f"2026-01-01T08:00:{n:06d}"],
                ).lastrowid
                for metric in ("pain_now", "fatigue"):
                    conn.execute("INSERT INTO observations VALUES (?, ?, 1)", [row, metric])
            first_saved.set()
            n += 1
        conn.close()

    writer = threading.Thread(target=write)
    writer.start()
    try:
        # The backups begin once one check-in is saved: on a busy machine all eight were
        # made before the writer's first, and the test then proved nothing (and failed).
        assert first_saved.wait(10)
        made = [
            write_backup(journal_path, "automatic", NOW + timedelta(seconds=i)) for i in range(8)
        ]
    finally:
        stop.set()
        writer.join()
    counts = []
    for backup in made:
        assert check_backup(backup).passed
        conn = sqlite3.connect(backup.path)
        checkins = conn.execute("SELECT COUNT(*) FROM checkins").fetchone()[0]
        observations = conn.execute("SELECT COUNT(*) FROM observations").fetchone()[0]
        conn.close()
        assert observations == 2 * checkins
        counts.append(checkins)
    assert counts == sorted(counts) and counts[-1] > 0


def test_backup_now_marks_the_store_as_backed_up(store):
    assert not store.changed_since_backup()
    store.checkins.add_many(many_checkins(2))
    assert store.changed_since_backup()
    made = backup_now(store, "before import", NOW)
    assert made.reason == "before import"
    assert not store.changed_since_backup()
    assert checkin_count(made.path) == 2


def test_a_damaged_copy_is_refused_and_nothing_is_left_behind(journal_path, monkeypatch):
    journal_with_photo(journal_path)
    monkeypatch.setattr(
        "journal.store.backup_files._integrity", lambda path: "*** in database main ***"
    )
    with pytest.raises(BackupFailed, match="did not pass SQLite's check"):
        write_backup(journal_path, "automatic", NOW)
    folder = backups_folder(journal_path)
    assert [p.name for p in folder.iterdir() if p.suffix != ""] == []


def test_a_copy_fails_in_words_when_the_source_is_not_a_database(tmp_path):
    source = tmp_path / "notes.sqlite"
    source.write_bytes(b"not a database at all" * 200)
    with pytest.raises(BackupFailed, match="could not be copied"):
        copy_database(source, tmp_path / "copy.sqlite")
    assert not (tmp_path / "copy.sqlite").exists()


def test_older_backups_are_thinned_on_a_simulated_clock(journal_path):
    journal_with_photo(journal_path)
    taken = [NOW - timedelta(days=d, hours=h) for d in range(40, -1, -1) for h in (0, 6)]
    for moment in taken:
        write_backup(journal_path, "automatic", moment)
    kept = {b.taken_at for b in list_backups(journal_path)}
    assert kept == backups_to_keep(taken, NOW.date())
    assert len(kept) < len(taken)


def test_a_photo_no_kept_backup_names_goes_with_the_last_backup_that_did(journal_path):
    old_photo = journal_with_photo(journal_path, colour="red")
    write_backup(journal_path, "automatic", NOW - timedelta(days=400))
    with open_journal(journal_path) as store:
        photo = next(iter(store.photos.photos().values()))
        observation = store.lesions.observations()[0]
        store.photos.remove(observation.id, photo.id)
    journal_with_photo(journal_path, colour="green")
    newer = write_backup(journal_path, "automatic", NOW, thin=False)
    # A year of daily backups (copies of the newer one) pushes the first out of the rotation.
    for day in range(1, 365):
        stamp = (NOW - timedelta(days=day)).strftime("%Y-%m-%dT%H-%M-%S")
        shutil.copy(newer.path, newer.path.with_name(f"{stamp}_automatic.sqlite"))
    thin_backups(journal_path, NOW)
    shared = backups_folder(journal_path) / "photos"
    assert all(b.taken_at > NOW - timedelta(days=365) for b in list_backups(journal_path))
    assert not (shared / old_photo).exists()
    assert len(list(shared.iterdir())) == 1


def test_an_existing_journal_is_backed_up_before_a_migration(journal_path, monkeypatch):
    journal_with_photo(journal_path)
    before = digest(journal_path)
    monkeypatch.setattr("journal.store.connection.schema_version", lambda: schema_version() + 1)
    open_journal(journal_path).close()
    [made] = list_backups(journal_path)
    assert made.reason == "before update"
    assert checkin_count(made.path) == 30
    assert before  # the journal itself was read, then migrated


def test_a_new_or_current_journal_is_not_backed_up_on_open(journal_path):
    open_journal(journal_path).close()
    open_journal(journal_path).close()
    assert list_backups(journal_path) == []


def test_a_backup_cut_off_before_its_photos_are_copied_is_never_listed(journal_path, monkeypatch):
    journal_with_photo(journal_path)

    def killed(*args):  # the moment a kill would land: the copy made, its photos not yet
        raise KeyboardInterrupt

    monkeypatch.setattr("journal.store.backup_files.copy_photos", killed)
    with pytest.raises(KeyboardInterrupt):
        write_backup(journal_path, "automatic", NOW)
    assert list_backups(journal_path) == []


def test_a_copy_cut_off_long_ago_goes_at_the_next_thinning_and_a_fresh_one_keeps_photos(
    journal_path,
):
    photo = journal_with_photo(journal_path)
    write_backup(journal_path, "automatic", NOW)
    folder = backups_folder(journal_path)
    old = folder / ".2026-01-01T00-00-00_automatic.sqlite.abc123.tmp"
    old.write_bytes(b"half a backup")
    an_hour_and_more = time.time() - 2 * 3600
    os.utime(old, (an_hour_and_more, an_hour_and_more))
    fresh = folder / ".2026-01-02T00-00-00_automatic.sqlite.def456.tmp"
    fresh.write_bytes(b"a backup being written")
    for backup in list_backups(journal_path):
        remove_file(backup.path)  # no listed backup names the photo any more
    thin_backups(journal_path, NOW)
    assert not old.exists()
    assert (folder / "photos" / photo).exists()  # the fresh copy may still name it
    assert list_backups(journal_path) == []
    with pytest.raises(BackupUnusable):
        find_backup(journal_path, fresh)
    fresh.unlink()
    thin_backups(journal_path, NOW)
    assert not (folder / "photos" / photo).exists()
