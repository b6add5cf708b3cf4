"""The SQLite every journal connection goes through: SQLCipher's build of it.

SQLCipher reads and writes a plain journal exactly as SQLite does, and an encrypted one once
the connection is given its key. One engine for both means one set of error types (the
``sqlcipher3`` module's exceptions are classes of its own, not the standard ``sqlite3``'s),
so the store catches ``dbapi.Error`` everywhere.

Opening and closing connections are serialised across the process's threads
(:data:`OPENING_OR_CLOSING`). The SQLite inside sqlcipher3-binary 0.6.0 (3.51.1) can deadlock
two threads for good when one opens a file while another closes the last connection of this
process to it: the close holds the file's lock mutex and asks for SQLite's global one, the
open holds the global one and asks for the file's (fixed in SQLite 3.51.2). The window opens
and closes connections on several threads: the integrity check begun ahead, the Trends
reader, the summary's worker.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as dbapi

from journal.store.errors import JournalLocked
from journal.store.keyring import DatabaseKey, database_key, is_encrypted

__all__ = ["OPENING_OR_CLOSING", "Connection", "connect", "dbapi"]

OPENING_OR_CLOSING = threading.Lock()
"""Held while a connection is opened or closed, by whichever thread does it."""


class Connection(dbapi.Connection):
    """A connection whose closing waits for any other thread opening or closing one."""

    def close(self) -> None:
        with OPENING_OR_CLOSING:
            super().close()


def _quiet() -> None:
    # SQLCipher logs every failed decryption to stderr; a wrong passphrase is said in words.
    conn = dbapi.connect(":memory:")
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
    finally:
        conn.close()


_quiet()


def connect(
    path: Path, *, read_only: bool = False, key: DatabaseKey | None = None, **options: Any
) -> dbapi.Connection:
    """Open a connection to the database file at ``path``, keyed when it is encrypted.

    Args:
        path: the database file (it may not exist yet, unless ``read_only``).
        read_only: open it read-only, so that nothing (not even a header) is written.
        key: the key to use; by default the unlocked key of an encrypted file, none for a
            plain one. Given for a new file that is to be encrypted.
        options: passed to ``connect`` (``check_same_thread``, ``factory``…).

    Raises:
        JournalLocked: the file is encrypted and its passphrase has not been given.
    """
    path = Path(path)
    if key is None and is_encrypted(path):
        key = database_key(path)
        if key is None:
            raise JournalLocked(path)
    options.setdefault("factory", Connection)
    with OPENING_OR_CLOSING:
        if read_only:
            conn = dbapi.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, **options)
        else:
            conn = dbapi.connect(str(path), **options)
    if key is not None:
        # The key must be the connection's first statement.
        conn.execute(key.pragma())
    return conn
