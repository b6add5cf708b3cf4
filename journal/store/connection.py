"""The one place that opens a journal's SQLite connection.

Every connection runs in WAL mode with ``synchronous=FULL`` and foreign keys on, so a
saved check-in survives a crash or a power cut. A journal from a newer program, or a damaged
file, is refused before anything is written to it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlite_utils import Database

from journal.store.errors import JournalDamaged, JournalTooNew
from journal.store.location import create_private_file, ensure_private_dir
from journal.store.schema import migrations, schema_version


def _read_version(path: Path) -> int:
    """The file's ``user_version``, read without writing to it."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise JournalDamaged(path, str(exc)) from exc
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    except sqlite3.DatabaseError as exc:
        raise JournalDamaged(path, str(exc)) from exc
    finally:
        conn.close()


def open_database(path: Path) -> Database:
    """Open (creating if needed) the journal at ``path`` and bring its schema up to date.

    Raises:
        JournalTooNew: the file was written by a newer program; it is left untouched.
        JournalDamaged: the file is not a readable journal; it is left untouched.
    """
    path = Path(path)
    known = schema_version()
    if path.exists() and path.stat().st_size > 0:
        found = _read_version(path)
        if found > known:
            raise JournalTooNew(path, found, known)
    else:
        ensure_private_dir(path.parent)
        create_private_file(path)

    conn = sqlite3.connect(path, check_same_thread=False)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        status = conn.execute("PRAGMA quick_check").fetchone()[0]
        if status != "ok":
            raise JournalDamaged(path, status)
        # No sqlite-utils plugins: nothing from outside the program touches the journal,
        # and loading them costs start-up time.
        db = Database(conn, execute_plugins=False)
        migrations.apply(db)
        with db.atomic():
            db.execute(f"PRAGMA user_version = {known:d}")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise JournalDamaged(path, str(exc)) from exc
    except BaseException:
        conn.close()
        raise
    return db
