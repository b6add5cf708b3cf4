"""Putting deleted rows back (undo) without taking an id a newer row now holds.

The tables use ``INTEGER PRIMARY KEY`` without AUTOINCREMENT, so once the newest row is
deleted SQLite hands its id to the next row added. Undo therefore puts a row back under its
old id only while that id is still free, and otherwise under a fresh one; every restore
returns the record with the id it actually got, so that redo deletes that row and no other.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from journal.store.engine import dbapi

if TYPE_CHECKING:
    from sqlite_utils import Database

IDS_PER_QUERY = 500
"""Old ids looked up per query by :func:`insert_restored_many`: well under SQLite's limit on
a statement's parameters."""


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


def insert_restored_many(
    db: Database, table: str, rows: Sequence[dict], old_ids: Sequence[int | None]
) -> list[int]:
    """:func:`insert_restored` for many rows with the same columns; returns the ids used.

    The same rule (an old id while it is free, else a fresh one), in a few statements for
    all the rows rather than two per row: an import puts back ten years of doses this way.
    The caller holds the transaction.

    Raises:
        RestoreConflict: a row breaks a constraint; the caller's transaction undoes the rest.
    """
    if not rows:
        return []
    asked = [i for i in old_ids if i is not None]
    taken: set[int] = set()
    for start in range(0, len(asked), IDS_PER_QUERY):
        part = asked[start : start + IDS_PER_QUERY]
        marks = ", ".join("?" * len(part))
        found = db.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", part)
        taken.update(r[0] for r in found)
    ids: list[int | None] = []
    for old in old_ids:
        free = old is not None and old not in taken
        ids.append(old if free else None)
        if free:
            taken.add(old)  # a second row asking for it gets a fresh one
    columns = list(rows[0])
    named = ", ".join(columns)
    marks = ", ".join("?" * len(columns))
    try:
        # The rows keeping their ids first: a fresh id is one above the highest, so none
        # given afterwards can be one that a later row asked for.
        db.conn.executemany(
            f"INSERT INTO {table} (id, {named}) VALUES (?, {marks})",
            [
                (i, *(row[c] for c in columns))
                for i, row in zip(ids, rows, strict=True)
                if i is not None
            ],
        )
    except dbapi.IntegrityError as error:
        raise RestoreConflict(f"{table}: {error}") from error
    return [
        insert_restored(db, table, row, None) if i is None else i
        for i, row in zip(ids, rows, strict=True)
    ]
