"""A journal whose write was cut off by a crash opens, with what was committed before."""

import sqlite3
import subprocess
import sys

from journal.checkin import CheckIn
from journal.store import open_journal
from journal.store.interrupted_writes import finish_interrupted_write
from journal.store.journal_check import check_journal

# Killed mid-transaction in rollback-journal mode (as while a new journal is being made):
# pages written to the file with the hot journal beside it that undoes them.
CUT_OFF = """
import os, sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA cache_size=1")
conn.execute("BEGIN")
conn.execute("CREATE TABLE half (data BLOB)")
for _ in range(200):
    conn.execute("INSERT INTO half VALUES (randomblob(4000))")
os._exit(9)
"""


def _cut_off(journal_path):
    with open_journal(journal_path) as store:
        store.checkins.add(_one())
    conn = sqlite3.connect(journal_path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    done = subprocess.run([sys.executable, "-c", CUT_OFF, str(journal_path)])
    assert done.returncode == 9
    assert journal_path.with_name(journal_path.name + "-journal").stat().st_size > 0


def _one():
    from datetime import UTC, datetime

    return CheckIn(datetime(2026, 3, 1, 9, tzinfo=UTC), {"pain_now": 4.0})


def test_a_journal_killed_mid_write_opens_with_its_committed_records(journal_path):
    _cut_off(journal_path)
    with open_journal(journal_path) as store:
        assert store.checkins.count() == 1
    assert not [p for p in journal_path.parent.iterdir() if "damaged" in p.name]


def test_the_check_finishes_the_cut_off_write_and_passes(journal_path):
    _cut_off(journal_path)
    assert check_journal(journal_path).passed


def test_a_file_that_reads_cleanly_is_left_alone(journal_path, tmp_path):
    with open_journal(journal_path):
        pass
    assert finish_interrupted_write(journal_path) is False
    not_a_database = tmp_path / "notes.txt"
    not_a_database.write_text("shopping list\n" * 100)
    assert finish_interrupted_write(not_a_database) is False
    assert not_a_database.read_text() == "shopping list\n" * 100
