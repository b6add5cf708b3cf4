"""Writing a journal's backups, listing them and thinning them out.

Backups live beside the journal, in ``journal.sqlite.backups/`` (0700): one SQLite file per
backup, named by its local time and its reason, and a shared ``photos/`` folder holding each
photo once by its content hash, so a backup is complete without copying every photo again.

Each backup is taken with SQLite's online backup API, which reads one consistent moment of a
journal that may be written to meanwhile (a plain copy of a live file can catch half a
transaction). It is written under a temporary name, flushed to disk, opened and checked
with ``integrity_check``, and only then renamed into place (Zotero's pattern): a backup that
is listed is a good one, its photos copied before the rename.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import re
import tempfile
import time
from collections.abc import Callable, Iterable
from datetime import datetime
from pathlib import Path

from journal.backup_rotation import backups_to_keep
from journal.backups import BackupInfo
from journal.store.engine import connect, dbapi
from journal.store.errors import JournalFull
from journal.store.faults import journal_error
from journal.store.files import (
    NO_SPACE,
    private_folder,
    remove_file,
    sync_folder,
    write_atomically,
)
from journal.store.keyring import database_key
from journal.store.location import PRIVATE_FILE_MODE
from journal.store.photos import photos_folder
from journal.store.sealed_files import plain_bytes, read_plain
from journal.translation import translate

PHOTOS = "photos"
_STAMP = "%Y-%m-%dT%H-%M-%S"
_NAME = re.compile(
    r"^(?P<stamp>\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d)(?:\.(?P<n>\d+))?_(?P<reason>[a-z0-9-]+)\.sqlite$"
)


class BackupFailed(OSError):
    """A backup could not be written, or did not pass SQLite's check; none was kept."""


# Said of a backup the disk had no room for: the journal is as it was, not damaged.
NO_ROOM = "the disk is full — the journal itself is unchanged; free some space and back up again"


def backups_folder(journal_path: Path) -> Path:
    """Where a journal's backups are kept: beside the journal file."""
    journal_path = Path(journal_path)
    return journal_path.with_name(f"{journal_path.name}.backups")


def backup_photos_folder(backup: Path) -> Path:
    """The shared photo files of the backups in ``backup``'s folder."""
    return Path(backup).parent / PHOTOS


def _info(path: Path) -> BackupInfo | None:
    found = _NAME.match(path.name)
    if found is None or not path.is_file():
        return None
    taken_at = datetime.strptime(found["stamp"], _STAMP)
    return BackupInfo(path, taken_at, found["reason"].replace("-", " "), path.stat().st_size)


def backup_info(path: Path) -> BackupInfo | None:
    """The backup at ``path``, or None when it is not a backup file of ours."""
    return _info(Path(path))


def list_backups(journal_path: Path) -> list[BackupInfo]:
    """The journal's backups, newest first."""
    folder = backups_folder(journal_path)
    if not folder.is_dir():
        return []
    found = [info for info in map(_info, folder.iterdir()) if info is not None]
    return sorted(found, key=lambda b: (b.taken_at, _sequence(b)), reverse=True)


def _sequence(backup: BackupInfo) -> int:
    # The second backup within one second is "<time>.2_…": after the first.
    found = _NAME.match(backup.name)
    return int(found["n"]) if found and found["n"] else 1


def _free_name(folder: Path, now: datetime, reason: str) -> Path:
    slug = re.sub(r"[^a-z0-9]+", "-", reason.lower()).strip("-") or "backup"
    stamp = now.strftime(_STAMP)
    # Numbered within the second whatever the reason, so the list keeps their order.
    taken = {p.name.split("_")[0] for p in folder.glob(f"{stamp}*_*.sqlite")}
    if stamp not in taken:
        return folder / f"{stamp}_{slug}.sqlite"
    n = 2
    while f"{stamp}.{n}" in taken:
        n += 1
    return folder / f"{stamp}.{n}_{slug}.sqlite"


def photo_files(db_path: Path) -> list[str]:
    """The photo file names a journal or backup refers to (``<sha256>.<extension>``)."""
    conn = connect(db_path, read_only=True)
    try:
        rows = conn.execute("SELECT sha256, extension FROM photos").fetchall()
    except dbapi.OperationalError:  # a journal from before photos were kept
        return []
    finally:
        conn.close()
    return [f"{sha}.{extension}" for sha, extension in rows]


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def copy_database(
    source: Path, target: Path, before_rename: Callable[[Path], None] | None = None
) -> None:
    """Copy the SQLite database ``source`` to ``target`` through the online backup API.

    ``target`` is written under a temporary name in its folder, left in rollback-journal mode
    (a file that stands alone, with no ``-wal`` beside it), flushed, checked with the full
    ``integrity_check``, and renamed into place.

    Args:
        source: the database to copy, which may be open and written to meanwhile.
        target: the copy's name.
        before_rename: called with the checked temporary copy just before it takes
            ``target``'s name (a backup copies its photos there), so that whatever it adds
            is in place before the copy can be seen.

    Raises:
        BackupFailed: the copy does not pass the check (the source is damaged); nothing is
            left behind.
    """
    fd, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    os.close(fd)
    temporary = Path(name)
    try:
        _copy_pages(source, temporary)
        _fsync(temporary)
        status = _integrity(temporary)
        if status != "ok":
            failed = translate(
                "Store", "the copy of {source} did not pass SQLite's check: {status}"
            )
            raise BackupFailed(failed.format(source=source, status=status))
        if before_rename is not None:
            before_rename(temporary)
        os.chmod(temporary, PRIVATE_FILE_MODE)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    sync_folder(target.parent)


def _copy_or_say_full(
    source: Path, target: Path, before_rename: Callable[[Path], None] | None = None
) -> None:
    """:func:`copy_database`, with a full disk said as such (a BackupFailed)."""
    try:
        copy_database(source, target, before_rename)
    except BackupFailed:
        raise
    except OSError as exc:
        if exc.errno in NO_SPACE:
            raise BackupFailed(NO_ROOM) from exc
        raise


def _copy_pages(source: Path, target: Path) -> None:
    src = connect(source)
    try:
        # An encrypted journal's copy is encrypted under the same key (and salt), so the
        # passphrase that opens the journal opens its backups.
        dest = connect(target, key=database_key(source))
        try:
            # All pages in one step: one read transaction, so one consistent moment even
            # while the window writes to the journal.
            src.backup(dest)
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    except dbapi.DatabaseError as exc:
        if isinstance(journal_error(exc, target), JournalFull):
            raise BackupFailed(NO_ROOM) from exc
        failed = translate("Store", "{source} could not be copied: {problem}")
        raise BackupFailed(failed.format(source=source, problem=exc)) from exc
    finally:
        src.close()


def _integrity(path: Path) -> str:
    conn = connect(path, read_only=True)
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
    except dbapi.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    return "; ".join(r[0] for r in rows)


def copy_photos(names: Iterable[str], source: Path, target: Path) -> list[str]:
    """Copy the photo files ``names`` from folder ``source`` to ``target`` where missing there.

    Each file is checked against the hash that names it, on both sides: a changed file is
    not copied, and a damaged copy in ``target`` is written again.

    Returns:
        What could not be copied, in words.
    """
    problems: list[str] = []
    for name in names:
        sha = name.split(".")[0]
        if _matches(target / name, sha):
            continue
        try:
            data = (source / name).read_bytes()
        except OSError:
            problems.append(f"the photo file {name} is missing")
            continue
        # A sealed photo is copied sealed; its hash is its plain content's.
        try:
            plain = plain_bytes(data, source / name)
        except OSError as unreadable:
            problems.append(f"the photo file {name} cannot be read: {unreadable}")
            continue
        if hashlib.sha256(plain).hexdigest() != sha:
            problems.append(f"the photo file {name} has changed since it was added")
            continue
        private_folder(target)
        write_atomically(target / name, data)
    return problems


def _matches(path: Path, sha: str) -> bool:
    try:
        return hashlib.sha256(read_plain(path)).hexdigest() == sha
    except OSError:
        return False


def write_backup(
    journal_path: Path, reason: str, now: datetime | None = None, thin: bool = True
) -> BackupInfo:
    """Back up the journal (and its photos) now; returns the new backup.

    Args:
        journal_path: the journal file, which may be open and written to meanwhile.
        reason: why, in words ("automatic", "before import").
        now: the local time to name it by (tests pass a clock); the present when None.
        thin: thin out the older backups afterwards (see :func:`thin_backups`).

    Raises:
        BackupFailed: the journal could not be copied, or the copy is damaged; any older
            backups are left as they were.
    """
    journal_path = Path(journal_path)
    now = now or datetime.now()
    folder = private_folder(backups_folder(journal_path))
    target = _free_name(folder, now, reason)
    problems: list[str] = []

    def add_photos(copy: Path) -> None:
        # The photos the copy itself names, in place before it is renamed into the list: a
        # kill between the two leaves an unlisted file, never a listed backup without them.
        try:
            problems.extend(
                copy_photos(photo_files(copy), photos_folder(journal_path), folder / PHOTOS)
            )
        except JournalFull as exc:
            # A backup without its photos is never listed: the copy is not renamed in.
            raise BackupFailed(NO_ROOM) from exc

    _copy_or_say_full(journal_path, target, add_photos)
    made = _info(target)
    assert made is not None  # named by _free_name, so it parses
    if thin:
        thin_backups(journal_path, now)
    return BackupInfo(made.path, made.taken_at, made.reason, made.size, tuple(problems))


def thin_backups(journal_path: Path, now: datetime | None = None) -> list[BackupInfo]:
    """Delete the backups rotation no longer keeps, and photos no kept backup names.

    Returns:
        The backups deleted.
    """
    now = now or datetime.now()
    backups = list_backups(journal_path)
    keep = backups_to_keep([b.taken_at for b in backups], now.date())
    # Two backups in the same second share a time; the rotation keeps or drops both.
    gone = [b for b in backups if b.taken_at not in keep]
    for backup in gone:
        remove_file(backup.path)
    _drop_unused_photos(journal_path)
    return gone


# A backup takes seconds; a temporary copy older than this was cut off (a kill, a power cut).
LEFTOVER_AGE_SECONDS = 3600


def _copies_in_progress(folder: Path) -> bool:
    """True when a backup is being written in ``folder``; removes copies cut off long ago.

    A copy cut off by a crash keeps its temporary name, which :func:`list_backups` never
    lists and a restore never takes; here it is removed once it is old enough that no
    backup can still be writing it.
    """
    if not folder.is_dir():
        return False
    now = time.time()
    writing = False
    for path in folder.glob(".*.sqlite.*.tmp"):
        try:
            age = now - path.stat().st_mtime
        except OSError:
            continue
        if age > LEFTOVER_AGE_SECONDS:
            remove_file(path)
        else:
            writing = True
    return writing


def _drop_unused_photos(journal_path: Path) -> None:
    folder = backups_folder(journal_path) / PHOTOS
    if not folder.is_dir():
        return
    if _copies_in_progress(backups_folder(journal_path)):
        # Another backup is being written: the photos it has copied are named by no listed
        # backup yet. Kept until a later thinning, rather than taken from under it.
        return
    used: set[str] = set()
    for backup in list_backups(journal_path):
        try:
            used.update(photo_files(backup.path))
        except dbapi.DatabaseError:
            # A backup damaged since it was written: keep every photo rather than guess.
            return
    for path in folder.iterdir():
        if path.is_file() and path.name not in used:
            remove_file(path)
