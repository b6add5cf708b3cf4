"""Checking a journal: SQLite's full check, foreign keys, and every photo file by its hash."""

from __future__ import annotations

import sqlite3

from backup_builders import break_an_index, damage_a_page, digest, journal_with_photo

from journal.store.journal_check import check_journal
from journal.store.photos import photos_folder


def test_a_sound_journal_passes_every_check(journal_path):
    journal_with_photo(journal_path)
    report = check_journal(journal_path)
    assert report.passed
    assert report.photos == 1


def test_a_missing_photo_file_is_named(journal_path):
    photo = journal_with_photo(journal_path)
    (photos_folder(journal_path) / photo).unlink()
    report = check_journal(journal_path)
    assert not report.passed
    assert report.database_ok
    [finding] = report.findings
    assert "the photo boil.jpg of " in finding
    assert "is missing" in finding and photo in finding


def test_a_changed_photo_file_is_named(journal_path):
    photo = journal_with_photo(journal_path)
    path = photos_folder(journal_path) / photo
    path.write_bytes(path.read_bytes() + b"tampered")
    [finding] = check_journal(journal_path).findings
    assert "has changed since it was added" in finding


def test_a_broken_index_is_found_though_quick_check_passes_it(journal_path):
    journal_with_photo(journal_path)
    break_an_index(journal_path)
    conn = sqlite3.connect(journal_path)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    conn.close()
    report = check_journal(journal_path)
    assert not report.database_ok
    assert any("missing from index checkins_by_utc_time" in f for f in report.findings)


def test_a_row_pointing_at_a_row_that_is_gone_is_found(journal_path):
    journal_with_photo(journal_path)
    conn = sqlite3.connect(journal_path)
    conn.execute("PRAGMA foreign_keys=OFF")
    conn.execute("DELETE FROM lesions")
    conn.commit()
    conn.close()
    findings = check_journal(journal_path).findings
    assert any(
        "of the table lesion_observations refers to a row of lesions that is not there" in f
        for f in findings
    )


def test_a_damaged_page_is_found_and_the_check_writes_nothing(journal_path):
    journal_with_photo(journal_path)
    damage_a_page(journal_path)
    before = digest(journal_path)
    report = check_journal(journal_path)
    assert not report.passed and not report.database_ok
    assert digest(journal_path) == before
    assert not journal_path.with_name("journal.sqlite-wal").exists()


def test_a_missing_journal_is_said_so(journal_path):
    assert check_journal(journal_path).findings == (f"there is no file {journal_path}",)
