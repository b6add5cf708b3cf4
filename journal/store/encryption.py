"""Encrypting a journal, decrypting it, changing its passphrase — each safe against a crash.

Each change writes a whole new database beside the journal (SQLCipher's ``sqlcipher_export``)
and renames it over the journal: that rename is the one moment the change happens. After a
kill at any instant the journal file is either the old one or the new one, whole. Before it
starts, a note (``journal.sqlite.encryption``) records what the new file's first 16 bytes will
be; the next open reads it and finishes or undoes what was under way (:func:`resume`).

The photos and thumbnails beside the journal are sealed in place, one file at a time, and
each reader takes both kinds, so the journal reads at every step: they are sealed after the
rename when encrypting (the file key is then safe in the encrypted database), and unsealed
before it when decrypting (while that key can still be read).

Backups of the other kind, or under an old passphrase, are exactly what encryption is meant
to leave no trace of, and they would not open with the new passphrase: once the change is
made they are removed, and a fresh backup is taken.
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

from journal.encryption.passphrase_key import derive_key, new_salt
from journal.encryption.sealing import key_id, new_file_key
from journal.store import keyring
from journal.store.backup_files import backups_folder, list_backups, thin_backups, write_backup
from journal.store.engine import connect, dbapi
from journal.store.errors import JournalError, JournalLocked, WrongPassphrase
from journal.store.files import remove_file, sync_folder, write_atomically
from journal.store.journal_lock import sole_use
from journal.store.keyring import PLAIN_HEADER, DatabaseKey, file_salt
from journal.store.location import create_private_file
from journal.store.photos import THUMBNAILS, photos_folder
from journal.store.schema import schema_version
from journal.store.sealed_files import reseal, stored_file_key
from journal.translation import translate

Progress = Callable[[int, int], None]

AFTER_ENCRYPTION = "after encryption was turned on"
AFTER_DECRYPTION = "after encryption was turned off"
AFTER_NEW_PASSPHRASE = "after the passphrase was changed"


class EncryptionRefused(JournalError):
    """The change asked for does not apply to this journal (already encrypted, or not)."""


def note_path(path: Path) -> Path:
    """The note of an encryption change under way."""
    return Path(f"{path}.encryption")


def _new_file(path: Path) -> Path:
    return Path(f"{path}.new-encryption")


def unlock(path: Path, passphrase: str) -> None:
    """Give this process the key of the encrypted journal at ``path``.

    Raises:
        WrongPassphrase: the passphrase does not open it; nothing was read or changed.
        EmptyPassphrase: the passphrase is empty.
    """
    path = Path(path)
    salt = file_salt(path)
    if salt is None:
        return  # not encrypted: nothing to unlock
    key = DatabaseKey(derive_key(passphrase, salt), salt)
    try:
        conn = connect(path, read_only=True, key=key)
    except dbapi.Error as exc:
        raise WrongPassphrase(path) from exc
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        keyring.remember(key)
        stored_file_key(conn)
    except dbapi.DatabaseError as exc:
        raise WrongPassphrase(path) from exc
    finally:
        conn.close()


def turn_on(path: Path, passphrase: str, progress: Progress | None = None) -> None:
    """Encrypt the closed journal at ``path`` under ``passphrase``.

    Raises:
        EncryptionRefused: it is encrypted already.
        JournalInUse: a window or command has it open.
        EmptyPassphrase: the passphrase is empty.
    """
    path = Path(path)
    if keyring.is_encrypted(path):
        raise EncryptionRefused(
            translate("Store", "{path} is encrypted already; nothing was changed.").format(
                path=path
            )
        )
    salt = new_salt()
    key = DatabaseKey(derive_key(passphrase, salt), salt)
    file_key = new_file_key()
    with (
        sole_use(path, translate("Store", "turn encryption on")),
        _noted(path, salt, AFTER_ENCRYPTION),
    ):
        _export(path, key=None, to_key=key, file_key=file_key)
        keyring.remember(key)
        keyring.remember_file_key(key_id(file_key), file_key)
        _settle(path, file_key, AFTER_ENCRYPTION, progress)


def turn_off(path: Path, progress: Progress | None = None) -> None:
    """Decrypt the closed, unlocked journal at ``path``.

    Raises:
        EncryptionRefused: it is not encrypted.
        JournalLocked: its passphrase has not been given (:func:`unlock`).
        JournalInUse: a window or command has it open.
    """
    path = Path(path)
    key = _unlocked_key(path)
    with (
        sole_use(path, translate("Store", "turn encryption off")),
        _noted(path, PLAIN_HEADER, AFTER_DECRYPTION),
    ):
        _reseal_photos(path, None, progress)
        _export(path, key=key, to_key=None, file_key=None)
        _settle(path, None, AFTER_DECRYPTION, None)


def change_passphrase(path: Path, new_passphrase: str) -> None:
    """Re-key the closed, unlocked, encrypted journal at ``path`` under ``new_passphrase``.

    The photos keep their file key (it is inside the database), so only the database is
    written again.

    Raises:
        EncryptionRefused: it is not encrypted.
        JournalLocked: its passphrase has not been given (:func:`unlock`).
        JournalInUse: a window or command has it open.
        EmptyPassphrase: the new passphrase is empty.
    """
    path = Path(path)
    key = _unlocked_key(path)
    salt = new_salt()
    new_key = DatabaseKey(derive_key(new_passphrase, salt), salt)
    with (
        sole_use(path, translate("Store", "change the passphrase")),
        _noted(path, salt, AFTER_NEW_PASSPHRASE),
    ):
        _export(path, key=key, to_key=new_key, file_key=None)
        keyring.remember(new_key)
        _settle(path, _file_key_of(path), AFTER_NEW_PASSPHRASE, None)


def resume(path: Path) -> None:
    """Finish, or undo, an encryption change a crash cut off; nothing when none was.

    Called before every open. Whether the rename happened is told by the journal's first 16
    bytes against the note: when it did, the rest of the change is done; when not, the
    journal is still the old one, and what was begun is undone.

    Raises:
        JournalLocked: the journal is encrypted and its passphrase has not been given.
    """
    path = Path(path)
    note = note_path(path)
    try:
        noted = json.loads(note.read_text(encoding="utf-8"))
        expected, reason = bytes.fromhex(noted["header"]), str(noted["reason"])
    except (OSError, ValueError, KeyError, TypeError):
        return
    _remove_database(_new_file(path))
    salt = file_salt(path)
    if salt is not None and keyring.database_key(path) is None:
        raise JournalLocked(path)
    header = salt if salt is not None else PLAIN_HEADER
    file_key = _file_key_of(path) if salt is not None else None
    if header == expected:
        _settle(path, file_key, reason, None)
    else:
        # Not made: the photos go back to the kind the journal (still the old one) reads.
        _reseal_photos(path, file_key, None)
    remove_file(note)


def _unlocked_key(path: Path) -> DatabaseKey:
    if not keyring.is_encrypted(path):
        raise EncryptionRefused(
            translate("Store", "{path} is not encrypted; nothing was changed.").format(path=path)
        )
    key = keyring.database_key(path)
    if key is None:
        raise JournalLocked(path)
    return key


@contextlib.contextmanager
def _noted(path: Path, header: bytes, reason: str) -> Iterator[None]:
    """Keep the note of a change under way while it runs; it goes when the change is done."""
    note = note_path(path)
    write_atomically(note, json.dumps({"header": header.hex(), "reason": reason}).encode())
    try:
        yield
    except BaseException:
        # A change that failed (not a kill) is undone at once, not at the next open.
        with contextlib.suppress(Exception):
            resume(path)
        raise
    remove_file(note)


def _export(
    path: Path, key: DatabaseKey | None, to_key: DatabaseKey | None, file_key: bytes | None
) -> None:
    """Write the journal at ``path`` afresh under ``to_key`` (plain when None) and rename it
    over ``path``; ``file_key`` is stored in the new one (None keeps what it holds, and a
    plain copy never holds one)."""
    new = _new_file(path)
    _remove_database(new)
    # Made private before SQLite writes to it: the rename gives the journal its mode.
    create_private_file(new)
    conn = connect(path, key=key)
    try:
        # Everything in the log goes into the file first: the rename leaves no log behind.
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        clause = to_key.attach_clause() if to_key is not None else "KEY ''"
        conn.execute(f"ATTACH DATABASE ? AS fresh {clause}", [str(new)])
        conn.execute("SELECT sqlcipher_export('fresh')")
        # sqlcipher_export copies the tables, not the header's journal version.
        conn.execute(f"PRAGMA fresh.user_version = {schema_version():d}")
        if to_key is None:
            conn.execute("DELETE FROM fresh.file_key")
        elif file_key is not None:
            conn.execute("INSERT OR REPLACE INTO fresh.file_key VALUES (1, ?)", [file_key])
        conn.commit()
        conn.execute("DETACH DATABASE fresh")
    finally:
        conn.close()
    _check_new(new, to_key)
    _remove_sidecars(path)
    os.replace(new, path)
    sync_folder(path.parent)


def _check_new(new: Path, key: DatabaseKey | None) -> None:
    conn = connect(new, key=key)
    try:
        rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    finally:
        conn.close()
    if rows != ["ok"]:
        _remove_database(new)
        failed = translate(
            "Store", "The new copy of the journal did not pass SQLite's check: {found}"
        )
        raise JournalError(failed.format(found=rows[0]))
    fd = os.open(new, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_sidecars(path: Path) -> None:
    # After the checkpoint and close the log is empty; a log left beside the new file would
    # be read as its own.
    for suffix in ("-wal", "-shm", "-journal"):
        remove_file(Path(f"{path}{suffix}"))


def _remove_database(path: Path) -> None:
    remove_file(path)
    _remove_sidecars(path)


def _file_key_of(path: Path) -> bytes | None:
    conn = connect(path, read_only=True)
    try:
        return stored_file_key(conn)
    finally:
        conn.close()


def _photo_files(path: Path) -> list[Path]:
    folder = photos_folder(path)
    found: list[Path] = []
    for where in (folder, folder / THUMBNAILS):
        if where.is_dir():
            found.extend(p for p in sorted(where.iterdir()) if p.is_file() and p.name[0] != ".")
    return found


def _reseal_photos(path: Path, file_key: bytes | None, progress: Progress | None) -> None:
    """Seal every photo and thumbnail under ``file_key``, or unseal them all when None."""
    files = _photo_files(path)
    for done, file in enumerate(files, 1):
        with contextlib.suppress(OSError):  # an unreadable file stays as it is, for `check`
            reseal(file, file_key)
        if progress is not None:
            progress(done, len(files))


def _settle(path: Path, file_key: bytes | None, reason: str, progress: Progress | None) -> None:
    """What follows the rename: the photos of the new kind, the backups of the old kind gone,
    and a new backup."""
    _reseal_photos(path, file_key, progress)
    salt = file_salt(path)
    for backup in list_backups(path):
        if file_salt(backup.path) != salt:
            remove_file(backup.path)
    if not list_backups(path):
        # No backup names them now: plain copies of photos go with their backups.
        for photo in sorted((backups_folder(path) / "photos").glob("*")):
            remove_file(photo)
    thin_backups(path)
    # A backup that fails (a full disk) leaves the change made; the next one is automatic.
    with contextlib.suppress(OSError):
        write_backup(path, reason)
