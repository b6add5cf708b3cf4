"""The keys of the journals unlocked in this process, held in memory only.

An encrypted journal's file starts with its 16-byte salt in the clear; its database key is
derived from the passphrase and that salt. Keys are kept here by salt, so that any file of the
journal (the journal, a backup copied from it, which keeps its salt) is opened with the right
key by whichever part of the store opens it, and a file under a salt nobody unlocked is
refused as locked. The keys of the journal's files (photos, thumbnails) are kept by their id.

Nothing here is ever written to disk.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from journal.encryption.passphrase_key import SALT_BYTES

PLAIN_HEADER = b"SQLite format 3\x00"
# An SQLCipher file is whole pages (at least 512 bytes each, 4096 by default): a shorter or
# ragged file is damaged or another program's, not encrypted.
SMALLEST_PAGE = 512


@dataclass(frozen=True, repr=False)
class DatabaseKey:
    """A raw SQLCipher key and the salt it is for (never shown by ``repr``)."""

    key: bytes
    salt: bytes

    def pragma(self, name: str = "key") -> str:
        """The ``PRAGMA key`` statement giving this raw key (SQLCipher skips its own KDF)."""
        return f"PRAGMA {name} = \"x'{self.key.hex()}{self.salt.hex()}'\""

    def attach_clause(self) -> str:
        """The ``KEY …`` clause of an ``ATTACH`` that writes a file under this key."""
        return f"KEY \"x'{self.key.hex()}{self.salt.hex()}'\""

    def __repr__(self) -> str:
        return "DatabaseKey(…)"


_database_keys: dict[bytes, DatabaseKey] = {}
_file_keys: dict[bytes, bytes] = {}


def file_salt(path: Path) -> bytes | None:
    """The salt of the encrypted database at ``path``; None when it is plain, new or damaged."""
    try:
        size = os.path.getsize(path)
        with open(path, "rb") as file:
            header = file.read(SALT_BYTES)
    except OSError:
        return None
    if header == PLAIN_HEADER or size < SMALLEST_PAGE or size % SMALLEST_PAGE:
        return None
    return header


def is_encrypted(path: Path) -> bool:
    """True when ``path`` holds an encrypted database (as far as its shape can tell)."""
    return file_salt(path) is not None


def remember(key: DatabaseKey) -> None:
    """Keep a database key for the files that carry its salt."""
    _database_keys[key.salt] = key


def database_key(path: Path) -> DatabaseKey | None:
    """The key for the database at ``path`` if it is encrypted and unlocked."""
    salt = file_salt(path)
    return None if salt is None else _database_keys.get(salt)


def remember_file_key(key_id: bytes, key: bytes) -> None:
    """Keep a journal's file key, by the id its sealed files carry."""
    _file_keys[key_id] = key


def file_key(key_id: bytes) -> bytes | None:
    """The file key with this id, if its journal is unlocked."""
    return _file_keys.get(key_id)


def forget_all() -> None:
    """Drop every key (the program locks, or a test ends)."""
    _database_keys.clear()
    _file_keys.clear()
