"""What the summary reads on a worker's own connection: the whole journal, as the store has it."""

from __future__ import annotations

import threading
from datetime import date, datetime, time

import pytest

from journal.store.demo_writer import write_demo
from journal.store.errors import JournalError
from journal.store.summary_reads import whole_journal

END = date(2026, 11, 30)
NOW = datetime.combine(END, time(23, 0)).astimezone()


def test_it_reads_every_record_the_store_snapshot_has(journal_path):
    store = write_demo(journal_path, end=END, now=NOW)
    try:
        expected = store.snapshot()
        read = whole_journal(journal_path)
    finally:
        store.close()
    assert expected.doses and expected.labs and expected.lesion_observations  # a full journal
    assert read == expected


def test_check_ins_held_by_the_caller_are_used_rather_than_read(journal_path):
    store = write_demo(journal_path, end=END, now=NOW)
    try:
        held = store.snapshot().checkins[:3]
        read = whole_journal(journal_path, held)
    finally:
        store.close()
    assert read.checkins == held
    assert read.doses  # the rest is read from the file


def test_it_reads_on_another_thread_while_the_journal_is_open_here(journal_path):
    store = write_demo(journal_path, end=END, now=NOW)
    found = {}
    try:
        expected = store.snapshot()
        worker = threading.Thread(target=lambda: found.update(read=whole_journal(journal_path)))
        worker.start()
        worker.join()
        # The journal's own connection still works, and nothing was written by the reader.
        assert store.snapshot() == expected
    finally:
        store.close()
    assert found["read"] == expected


def test_a_file_it_cannot_read_raises_the_journals_own_error_in_words(journal_path):
    write_demo(journal_path, end=END, now=NOW).close()
    with open(journal_path, "r+b") as damaged:
        damaged.write(b"not a database, whatever it was" * 4)  # its header overwritten
    # Random bytes where the header was are what an encrypted journal looks like.
    with pytest.raises(JournalError, match="passphrase is needed"):
        whole_journal(journal_path)
