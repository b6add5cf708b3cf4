"""What SQLite and the file system report, told apart: a full disk, a failing disk, damage.

SQLite says "database or disk is full" (SQLITE_FULL) when a write finds no room, "disk I/O
error" (SQLITE_IOERR) when the system refused a read or a write, and "database disk image is
malformed" (SQLITE_CORRUPT) or "file is not a database" (SQLITE_NOTADB) for damage. Only the
last two mean the file is damaged; the first two leave it as it was, and saying "damaged"
for them sends a user to restore a backup over a good journal.

Every connection the store writes through is a :class:`JournalConnection`, whose statements
raise the journal's own errors for these, so no caller sees a raw ``sqlite3`` error for them.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from journal.store import engine
from journal.store.engine import dbapi
from journal.store.errors import JournalDamaged, JournalError, JournalFull, JournalUnreadable
from journal.store.files import NO_SPACE

# SQLite's primary result codes (the low byte of an extended code).
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_NOTADB = 26

# Fewer free bytes than this on the journal's disk and an I/O error is called a full disk:
# SQLite needs a page or two for the -shm and -wal even to read a journal.
NEARLY_FULL_BYTES = 1 << 20


def disk_is_full(path: Path) -> bool:
    """True when the disk holding ``path`` has (next to) no room left."""
    try:
        return shutil.disk_usage(Path(path).parent).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def journal_error(exc: BaseException, path: Path) -> JournalError | None:
    """The journal's own error for ``exc`` about the journal at ``path``, or None.

    None for anything else (a constraint, a bug): those keep their own type.
    """
    if isinstance(exc, JournalError):
        return exc
    if isinstance(exc, OSError):
        return JournalFull(path) if exc.errno in NO_SPACE else None
    if not isinstance(exc, dbapi.Error):
        return None
    code = (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF
    if code == SQLITE_FULL:
        return JournalFull(path)
    if code == SQLITE_IOERR:
        # A full disk shows as an I/O error where SQLite cannot make its -shm file.
        return JournalFull(path) if disk_is_full(path) else JournalUnreadable(path, str(exc))
    if code in (SQLITE_CORRUPT, SQLITE_NOTADB):
        return JournalDamaged(path, str(exc))
    return None


def _raise_own(exc: dbapi.Error, path: Path) -> None:
    own = journal_error(exc, path)
    if own is not None:
        raise own from exc


class JournalCursor(dbapi.Cursor):
    """A cursor whose full-disk, I/O and damage errors are the journal's own.

    Rows read one by one (``for row in cursor``) are not wrapped: a Python ``__next__`` made
    reading ten years of check-ins a tenth slower, and writes, where a full disk shows, never
    report there. The command line and the window translate what is left with
    :func:`journal_error`.
    """

    def _path(self) -> Path:
        return self.connection.journal_path

    def execute(self, sql, parameters=()):
        try:
            return super().execute(sql, parameters)
        except dbapi.Error as exc:
            _raise_own(exc, self._path())
            raise

    def executemany(self, sql, seq_of_parameters):
        try:
            return super().executemany(sql, seq_of_parameters)
        except dbapi.Error as exc:
            _raise_own(exc, self._path())
            raise

    def executescript(self, sql_script):
        try:
            return super().executescript(sql_script)
        except dbapi.Error as exc:
            _raise_own(exc, self._path())
            raise

    def fetchone(self):
        try:
            return super().fetchone()
        except dbapi.Error as exc:
            _raise_own(exc, self._path())
            raise

    def fetchmany(self, size=None):
        try:
            return super().fetchmany(self.arraysize if size is None else size)
        except dbapi.Error as exc:
            _raise_own(exc, self._path())
            raise

    def fetchall(self):
        try:
            return super().fetchall()
        except dbapi.Error as exc:
            _raise_own(exc, self._path())
            raise


class JournalConnection(engine.Connection):
    """The store's connection: every statement runs on a :class:`JournalCursor`.

    Attributes:
        journal_path: the journal file, named in the errors raised.
    """

    journal_path: Path

    def cursor(self, factory=JournalCursor):
        return super().cursor(factory)

    # dbapi.Connection.execute makes a plain cursor of its own, so these are routed here.
    def execute(self, sql, parameters=()):
        return self.cursor().execute(sql, parameters)

    def executemany(self, sql, seq_of_parameters):
        return self.cursor().executemany(sql, seq_of_parameters)

    def executescript(self, sql_script):
        return self.cursor().executescript(sql_script)

    def commit(self):
        try:
            super().commit()
        except dbapi.Error as exc:
            _raise_own(exc, self.journal_path)
            raise


def connect(path: Path) -> JournalConnection:
    """Open the writing connection to the journal at ``path``."""
    conn = engine.connect(path, check_same_thread=False, factory=JournalConnection)
    conn.journal_path = Path(path)
    return conn
