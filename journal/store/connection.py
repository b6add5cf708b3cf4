"""The one place that opens a journal's SQLite connection.

Every connection runs in WAL mode with ``synchronous=FULL`` and foreign keys on, so a
saved check-in survives a crash or a power cut. A journal from a newer program, or a damaged
file, is refused before anything is written to it.
"""

from __future__ import annotations

from pathlib import Path

from journal.backups import BEFORE_MIGRATION
from journal.store.database import Database
from journal.store.engine import connect as engine_connect
from journal.store.engine import dbapi
from journal.store.errors import JournalDamaged, JournalError, JournalTooNew
from journal.store.faults import connect, journal_error
from journal.store.integrity_ahead import integrity_rows, wait_for_ahead
from journal.store.location import create_private_file, ensure_private_dir
from journal.store.schema import migrations, schema_version


def _inspect(path: Path) -> tuple[int, bool]:
    """Check an existing file without writing to it.

    Returns:
        Its journal version, and whether it holds any table (an existing journal).

    Everything that could refuse the file happens here, on a read-only connection, before
    the writing connection switches it to WAL (which rewrites the header).

    Raises:
        JournalDamaged: failing SQLite's own check, or another program's database.
        JournalFull: the disk is full (SQLite could not even make its -shm file).
        JournalUnreadable: the disk refused a read (an I/O error): not called damage.
    """
    wait_for_ahead(path)
    try:
        conn = engine_connect(path, read_only=True)
    except dbapi.Error as exc:
        raise _refusal(exc, path) from exc
    try:
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        # The full check, not quick_check: it also finds an index that disagrees with its
        # table, which quick_check passes and which makes queries quietly wrong. On ten years
        # of four check-ins a day with every metric (14,600 check-ins, 317,000 values, 9 MB)
        # it costs about 100 ms against quick_check's 60: cheap enough to run on every open,
        # not only after an unclean shutdown, and it runs beside the window's imports.
        rows = integrity_rows(conn, path)  # begun ahead, as a rule, when the window opens
        if rows != ["ok"]:
            raise JournalDamaged(path, "; ".join(rows[:3]))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if tables and migrations.migrations_table not in tables:
            raise JournalDamaged(path, "it is a database of another program")
        return version, bool(tables)
    except dbapi.DatabaseError as exc:
        raise _refusal(exc, path) from exc
    finally:
        conn.close()


def _refusal(exc: dbapi.Error, path: Path) -> JournalError:
    # A full or failing disk leaves the file as it was: "damaged" would send the user to
    # restore a backup over a good journal.
    return journal_error(exc, path) or JournalDamaged(path, str(exc))


def open_database(path: Path) -> Database:
    """Open (creating if needed) the journal at ``path`` and bring its schema up to date.

    An existing journal whose schema is older is backed up before it is migrated.

    Raises:
        JournalTooNew: the file was written by a newer program; it is left untouched.
        JournalDamaged: the file is not a readable journal; it is left untouched.
        JournalFull: the disk is full; the file is left as it was.
        JournalUnreadable: the disk could not be read (an I/O error); left as it was.
        BackupFailed: a journal to migrate could not be backed up; it is left untouched.
    """
    path = Path(path)
    known = schema_version()
    if path.exists() and path.stat().st_size > 0:
        found, has_tables = _inspect(path)
        if found > known:
            raise JournalTooNew(path, found, known)
        if has_tables and found < known:
            # A migration will change an existing journal: keep it as it was first, so that
            # a migration gone wrong loses nothing. (Imported here: an open with nothing to
            # migrate, the usual one, needs no backup code.)
            from journal.store.backup_files import write_backup

            write_backup(path, BEFORE_MIGRATION)
    else:
        ensure_private_dir(path.parent)
        create_private_file(path)

    # Its statements raise the journal's own errors for a full disk, an I/O error, damage.
    conn = connect(path)
    try:
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.execute("PRAGMA foreign_keys=ON")
        # No sqlite-utils plugins: nothing from outside the program touches the journal,
        # and loading them costs start-up time.
        db = Database(conn, execute_plugins=False)
        migrations.apply(db)
        with db.atomic():
            db.execute(f"PRAGMA user_version = {known:d}")
    except dbapi.DatabaseError as exc:
        conn.close()
        raise _refusal(exc, path) from exc
    except BaseException:
        conn.close()
        raise
    return db
