"""Finishing a write a crash interrupted, so that a journal killed mid-write opens again.

A process killed mid-transaction leaves SQLite's own record of the unfinished write: a
hot rollback journal (``journal.sqlite-journal``, while a new journal is being made, before
it is switched to WAL) or a write-ahead log whose index must be rebuilt. Any read-write
connection finishes it at once (it rolls the half-write back, or recovers the log), but the
read-only connection the checks use cannot, and fails with a "readonly" error that reads as
damage. So before a journal is checked, such a file is read once, read-write, which is
exactly what SQLite does on any ordinary open: only committed transactions remain.
"""

from __future__ import annotations

from pathlib import Path

from journal.store.engine import connect, dbapi

# SQLITE_READONLY: on a read-only connection reading a file, SQLite's way of saying "a writer
# must finish this first" (a hot journal to roll back, a log to recover). The engine reports
# the primary code only, not SQLITE_READONLY_ROLLBACK and its kin.
SQLITE_READONLY = 8


def _needs_a_writer(path: Path) -> bool:
    try:
        conn = connect(path, read_only=True)
    except dbapi.Error:
        return False  # not ours to finish: the check that follows says what is wrong
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi.Error as exc:
        return (getattr(exc, "sqlite_errorcode", 0) or 0) & 0xFF == SQLITE_READONLY
    finally:
        conn.close()
    return False


def finish_interrupted_write(path: Path) -> bool:
    """Let SQLite finish (roll back or recover) a write a crash left in ``path``.

    Nothing is done to a file that reads cleanly, or that is no database at all.

    Returns:
        True when an interrupted write was found and finished.
    """
    path = Path(path)
    if not path.is_file() or not _needs_a_writer(path):
        return False
    conn = connect(path)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except dbapi.DatabaseError:
        return False  # damaged after all: left for the check to report
    finally:
        conn.close()
    return True
