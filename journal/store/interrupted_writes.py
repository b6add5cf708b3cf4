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

import sqlite3
from pathlib import Path

# The read-only connection's ways of saying "a writer must finish this first".
_UNFINISHED = frozenset(
    {"SQLITE_READONLY_ROLLBACK", "SQLITE_READONLY_RECOVERY", "SQLITE_READONLY_CANTINIT"}
)


def _needs_a_writer(path: Path) -> bool:
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return False  # not ours to finish: the check that follows says what is wrong
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error as exc:
        return getattr(exc, "sqlite_errorname", "") in _UNFINISHED
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
    conn = sqlite3.connect(path)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        return False  # damaged after all: left for the check to report
    finally:
        conn.close()
    return True
