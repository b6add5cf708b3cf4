"""The SQLite every journal connection goes through: SQLCipher's build of it.

SQLCipher reads and writes a plain journal exactly as SQLite does, and an encrypted one once
the connection is given its key. One engine for both means one set of error types (the
``sqlcipher3`` module's exceptions are classes of its own, not the standard ``sqlite3``'s),
so the store catches ``dbapi.Error`` everywhere.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlcipher3 import dbapi2 as dbapi

from journal.store.errors import JournalLocked
from journal.store.keyring import DatabaseKey, database_key, is_encrypted

__all__ = ["connect", "dbapi"]


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
    if read_only:
        conn = dbapi.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, **options)
    else:
        conn = dbapi.connect(str(path), **options)
    if key is not None:
        # The key must be the connection's first statement.
        conn.execute(key.pragma())
    return conn
