"""Journals to back up, restore and check: with photos, and damaged in known ways."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import date
from pathlib import Path

from builders import many_checkins
from picture_builders import picture

from journal.lesions.lesion import Lesion
from journal.pain import Region, Side
from journal.store import open_journal


def digest(path: Path) -> str:
    """The sha256 of a file's bytes."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def journal_with_photo(path: Path, checkins: int = 30, colour: str = "red") -> str:
    """Write a journal with check-ins and one lesion photo; returns the photo's file name."""
    with open_journal(path) as store:
        store.checkins.add_many(many_checkins(checkins))
        lesion = store.lesions.named("Boil") or store.lesions.add_lesion(
            Lesion("Boil", Region.LOWER_BACK, Side.MIDDLE, date(2026, 1, 1))
        )
        added = store.photos.add_bytes(lesion.id, picture(colour=colour), "boil.jpg")
        return added.photo.file_name


def checkin_count(path: Path) -> int:
    """How many check-ins the SQLite file at ``path`` holds (read-only)."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT COUNT(*) FROM checkins").fetchone()[0]
    finally:
        conn.close()


def rollback_mode(path: Path) -> None:
    """Fold the -wal into the file, so that its bytes are the whole journal."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()


def damage_a_page(path: Path, table: str = "checkins") -> None:
    """Write an impossible b-tree page type where ``table`` begins."""
    rollback_mode(path)
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", [table]).fetchone()
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(Path(path).read_bytes())
    start = (root[0] - 1) * page
    data[start : start + 8] = b"\xff" * 8
    Path(path).write_bytes(bytes(data))


def break_an_index(path: Path) -> None:
    """Make an index disagree with its table: quick_check passes it, integrity_check not."""
    rollback_mode(path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA writable_schema=ON")
    # The index holds utc_time; its schema now says it holds the note: every entry is wrong.
    conn.execute(
        "UPDATE sqlite_master SET sql = 'CREATE INDEX checkins_by_utc_time ON checkins (note)' "
        "WHERE name = 'checkins_by_utc_time'"
    )
    conn.commit()
    conn.close()


def change_an_index_key(path: Path) -> None:
    """Change one key in the ``checkins_by_utc_time`` index's own page (a minute digit of a
    stored time), as a bad sector or a stray write would: the page stays well formed, so
    quick_check passes it; only integrity_check sees that a row is missing from the index."""
    rollback_mode(path)
    conn = sqlite3.connect(path)
    root = conn.execute(
        "SELECT rootpage FROM sqlite_master WHERE name = 'checkins_by_utc_time'"
    ).fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(Path(path).read_bytes())
    start = (root - 1) * page
    key = data.find(b"T", data.find(b"2026-", start, start + page))  # 2026-11-20T00:00:00
    minute = key + 5
    data[minute] = ord("9") if data[minute] != ord("9") else ord("8")
    Path(path).write_bytes(bytes(data))
