"""A full disk, made without root: SQLite's page limit for the journal, ENOSPC for files."""

from __future__ import annotations

import errno
import os

from journal.store import JournalStore
from journal.store import files as store_files


def fill_the_disk(store: JournalStore) -> None:
    """Let the journal grow by no page more: the next write that needs room fails as
    SQLite fails on a full disk (SQLITE_FULL, "database or disk is full")."""
    conn = store._db.conn
    pages = conn.execute("PRAGMA page_count").fetchone()[0]
    conn.execute(f"PRAGMA max_page_count = {pages}")


def no_room_for_files(monkeypatch) -> None:
    """Every file the store writes fails as on a full disk (ENOSPC)."""

    def full(fd: int, data: bytes) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(store_files, "_write_all", full)


BIG_NOTE = "a long note that needs pages of its own " * 5000
