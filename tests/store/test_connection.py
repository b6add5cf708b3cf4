import hashlib
import os
import sqlite3
import stat

import pytest

from journal.store import JournalDamaged, JournalTooNew, open_journal
from journal.store.schema import schema_version


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_journal_is_private_to_the_user(journal_path):
    open_journal(journal_path).close()
    assert stat.S_IMODE(journal_path.stat().st_mode) == 0o600
    assert stat.S_IMODE(journal_path.parent.stat().st_mode) == 0o700


def test_every_connection_is_crash_safe(store):
    db = store._db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_a_new_journal_records_the_schema_version(journal_path):
    open_journal(journal_path).close()
    conn = sqlite3.connect(journal_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()


def test_reopening_applies_no_migration_twice(journal_path):
    open_journal(journal_path).close()
    open_journal(journal_path).close()
    conn = sqlite3.connect(journal_path)
    names = [r[0] for r in conn.execute("SELECT name FROM _sqlite_migrations")]
    assert len(names) == len(set(names)) == schema_version()


def test_a_journal_from_a_newer_program_is_refused_and_left_untouched(journal_path):
    open_journal(journal_path).close()
    conn = sqlite3.connect(journal_path)
    conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    conn.commit()
    conn.close()
    before = _digest(journal_path)
    with pytest.raises(JournalTooNew) as refused:
        open_journal(journal_path)
    message = str(refused.value)
    assert f"journal version {schema_version() + 1}" in message
    assert f"up to {schema_version()}" in message
    assert _digest(journal_path) == before


def test_a_file_that_is_not_a_journal_is_refused_and_left_untouched(journal_path):
    journal_path.parent.mkdir(parents=True)
    journal_path.write_bytes(b"these are my holiday notes, not a database" * 100)
    before = _digest(journal_path)
    with pytest.raises(JournalDamaged, match="damaged or is not a Symptom Journal file"):
        open_journal(journal_path)
    assert _digest(journal_path) == before


def test_a_truncated_journal_is_refused(journal_path, store):
    from builders import many_checkins

    store.checkins.add_many(many_checkins(400))
    store.close()
    data = journal_path.read_bytes()
    for suffix in ("-wal", "-shm"):
        journal_path.with_name(journal_path.name + suffix).unlink(missing_ok=True)
    journal_path.write_bytes(data[: len(data) // 2])
    before = _digest(journal_path)
    with pytest.raises(JournalDamaged):
        open_journal(journal_path)
    assert _digest(journal_path) == before


def _root_page(path, table):
    conn = sqlite3.connect(path)
    try:
        query = "SELECT rootpage FROM sqlite_master WHERE name = ?"
        return conn.execute(query, [table]).fetchone()[0]
    finally:
        conn.close()


def test_a_damaged_page_is_found_before_anything_is_written(journal_path):
    from builders import many_checkins

    with open_journal(journal_path) as store:
        store.checkins.add_many(many_checkins(600))
    # Back to a rollback journal, so that the only change WAL mode would make is visible.
    conn = sqlite3.connect(journal_path)
    conn.execute("PRAGMA journal_mode=DELETE")
    assert conn.execute("PRAGMA page_size").fetchone()[0] == 4096
    conn.close()
    data = bytearray(journal_path.read_bytes())
    page = 4096
    root = _root_page(journal_path, "checkins")
    # An impossible b-tree page type where the check-ins table begins.
    data[(root - 1) * page : (root - 1) * page + 8] = b"\xff" * 8
    journal_path.write_bytes(bytes(data))
    before = _digest(journal_path)
    with pytest.raises(JournalDamaged):
        open_journal(journal_path)
    assert _digest(journal_path) == before


def test_another_programs_database_is_refused_and_left_untouched(journal_path):
    journal_path.parent.mkdir(parents=True)
    conn = sqlite3.connect(journal_path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.execute("INSERT INTO recipes VALUES ('soup')")
    conn.commit()
    conn.close()
    before = _digest(journal_path)
    with pytest.raises(JournalDamaged, match="another program"):
        open_journal(journal_path)
    assert _digest(journal_path) == before


def test_a_folder_of_the_users_own_keeps_its_permissions(tmp_path):
    folder = tmp_path / "Documents"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    open_journal(folder / "back.sqlite").close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o755
    assert stat.S_IMODE((folder / "back.sqlite").stat().st_mode) == 0o600


def test_the_programs_own_data_folder_is_always_made_private(tmp_path, monkeypatch):
    home = tmp_path / "home"
    home.mkdir(mode=0o755)
    os.chmod(home, 0o755)
    monkeypatch.setenv("SYMPTOM_JOURNAL_HOME", str(home))
    open_journal(home / "journal.sqlite").close()
    assert stat.S_IMODE(home.stat().st_mode) == 0o700
