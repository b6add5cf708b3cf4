"""Putting deleted rows back (undo) without taking an id a newer row now holds.

The tables use ``INTEGER PRIMARY KEY`` without AUTOINCREMENT, so once the newest row is
deleted SQLite hands its id to the next row added. Undo therefore puts a row back under its
old id only while that id is still free, and otherwise under a fresh one; every restore
returns the record with the id it actually got, so that redo deletes that row and no other.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal.store.engine import dbapi

if TYPE_CHECKING:
    from sqlite_utils import Database


class RestoreConflict(LookupError):
    """A deleted record could not be put back: something it belongs to is gone."""


def free_id(db: Database, table: str, row_id: int | None) -> int | None:
    """``row_id`` when no row of ``table`` holds it, else None (SQLite then picks one)."""
    if row_id is None:
        return None
    taken = db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]).fetchone()
    return None if taken else row_id


def insert_restored(db: Database, table: str, row: dict, old_id: int | None) -> int:
    """Insert ``row`` into ``table`` under ``old_id`` if still free; returns the id used.

    The caller holds the transaction.

    Raises:
        RestoreConflict: the row breaks a constraint (what it refers to was deleted).
    """
    wanted = free_id(db, table, old_id)
    values = {"id": wanted, **row} if wanted is not None else dict(row)
    sql = f"INSERT INTO {table} ({', '.join(values)}) VALUES ({', '.join('?' * len(values))})"
    try:
        return int(db.execute(sql, list(values.values())).lastrowid)
    except dbapi.IntegrityError as error:
        raise RestoreConflict(f"{table}: {error}") from error
