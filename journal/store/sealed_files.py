"""Reading and writing the files beside a journal, sealed when the journal is encrypted.

A sealed file says so in its first bytes and names the key it is sealed under
(:mod:`journal.encryption.sealing`), so every reader here takes either kind: a journal being
encrypted or decrypted holds both for a while, and each still reads.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from journal.encryption.sealing import SealBroken, is_sealed, key_id, seal, sealed_key_id, unseal
from journal.store import keyring
from journal.store.engine import dbapi
from journal.store.files import write_atomically
from journal.translation import translate

if TYPE_CHECKING:
    from sqlite_utils import Database


class SealedFileLocked(OSError):
    """A sealed file whose journal has not been unlocked in this process."""


class SealedFileBroken(OSError):
    """A sealed file that does not open under its key: changed or damaged since."""


def plain_bytes(data: bytes, path: Path | str = "") -> bytes:
    """``data`` as it was before sealing (``data`` itself when it is not sealed).

    Raises:
        SealedFileLocked: sealed under a key that is not unlocked here.
        SealedFileBroken: the seal does not hold (the file changed).
    """
    if not is_sealed(data):
        return data
    key = keyring.file_key(sealed_key_id(data))
    if key is None:
        locked = translate("Store", "{path} is encrypted and its journal is locked")
        raise SealedFileLocked(locked.format(path=path))
    try:
        return unseal(data, key)
    except SealBroken as broken:
        undecrypted = translate("Store", "{path} cannot be decrypted: {problem}")
        raise SealedFileBroken(undecrypted.format(path=path, problem=broken)) from broken


def read_plain(path: Path) -> bytes:
    """The plain content of the file at ``path``, sealed or not (see :func:`plain_bytes`)."""
    path = Path(path)
    return plain_bytes(path.read_bytes(), path)


def write_sealed(path: Path, data: bytes, key: bytes | None) -> None:
    """Write ``data`` to ``path`` atomically: sealed under ``key``, plain when it is None."""
    write_atomically(path, seal(data, key) if key is not None else data)


def reseal(path: Path, key: bytes | None) -> bool:
    """Bring one file to the kind ``key`` asks for: sealed under it, or plain when None.

    Returns:
        True when the file was rewritten; False when it already was of that kind.
    """
    path = Path(path)
    data = path.read_bytes()
    if key is None and not is_sealed(data):
        return False
    if key is not None and is_sealed(data) and sealed_key_id(data) == key_id(key):
        return False
    write_sealed(path, plain_bytes(data, path), key)
    return True


def stored_file_key(db: Database | dbapi.Connection) -> bytes | None:
    """The key an encrypted journal seals its files with (None in a plain journal).

    Remembered for the readers of this process as it is read.
    """
    try:
        row = db.execute("SELECT key FROM file_key WHERE id = 1").fetchone()
    except dbapi.OperationalError:  # a journal older than encryption, not yet migrated
        return None
    if row is None:
        return None
    key = bytes(row[0])
    keyring.remember_file_key(key_id(key), key)
    return key
