"""Putting a backup in a journal's place, and setting a damaged journal aside.

Nothing is deleted on the way: the journal as it was is renamed and kept beside the new one
(``journal.sqlite.before-restore-…`` or ``journal.sqlite.damaged-…``), with its ``-wal``
file, which may hold its last saves, renamed along with it. Only the ``-shm`` file goes:
SQLite makes it again from the ``-wal``. Left in place, either would be read as part of the
restored file. The journal kept aside keeps its photo files too (``….photos`` beside it):
the backup put in its place does not name those added since, and would tidy them away.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from journal.backups import BEFORE_RESTORE, BackupInfo
from journal.store.backup_files import (
    backup_info,
    backup_photos_folder,
    copy_database,
    copy_photos,
    list_backups,
    photo_files,
    write_backup,
)
from journal.store.errors import BackupUnusable, JournalDamaged
from journal.store.files import private_folder, remove_file, sync_folder
from journal.store.journal_check import check_backup, check_journal, newest_good_backup
from journal.store.journal_lock import sole_use
from journal.store.location import ensure_private_dir
from journal.store.photos import photos_folder
from journal.translation import translate

SIDECARS = ("-wal", "-shm")
DAMAGED = "damaged"
STALE = "stale"  # sidecar files left by a journal that is gone


@dataclass(frozen=True)
class RestoreReport:
    """What a restore did.

    Attributes:
        backup: the backup now in the journal's place.
        kept_as: where the journal as it was is kept, or None when there was none.
        photos: how many photo files the restored journal names.
    """

    backup: BackupInfo
    kept_as: Path | None
    photos: int


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def set_aside(journal_path: Path, label: str, now: datetime | None = None) -> Path:
    """Rename the journal (and its ``-wal``) to ``<name>.<label>-<date>``; returns the new name.

    A name already taken gets ``-2``, ``-3``...: nothing set aside before is replaced.
    """
    journal_path = Path(journal_path)
    day = (now or datetime.now()).strftime("%Y-%m-%d")
    aside = journal_path.with_name(f"{journal_path.name}.{label}-{day}")
    n = 2
    while aside.exists() or _sidecar(aside, "-wal").exists():
        aside = journal_path.with_name(f"{journal_path.name}.{label}-{day}-{n}")
        n += 1
    if label != STALE:  # a journal kept aside is kept whole, its photos with it
        _keep_photos_with(journal_path, aside)
    if journal_path.exists():
        os.replace(journal_path, aside)
    _put_sidecars_aside(journal_path, aside)
    sync_folder(journal_path.parent)
    return aside


def _keep_photos_with(journal_path: Path, aside: Path) -> None:
    """Give the journal set aside its own photo files (``<aside>.photos``).

    The backup put in its place names only the photos it held, and on opening the journal
    tidies away the files it does not name: a photo added since that backup would be left
    in no folder but a backup's, which rotation thins, or, for a damaged journal that could
    not be backed up, in none. A damaged file cannot be read to say which photos are its
    own, so every one goes with it, linked where the disk allows (no second copy).
    """
    source = photos_folder(journal_path)
    if not source.is_dir():
        return
    target = photos_folder(aside)
    private_folder(target)
    for path in source.iterdir():
        kept = target / path.name
        if not path.is_file() or path.name.startswith(".") or kept.exists():
            continue  # thumbnails are made again; a dot file is a write cut short
        try:
            os.link(path, kept)
        except OSError:  # a disk without hard links
            shutil.copy2(path, kept)
    sync_folder(target)


def _put_sidecars_aside(journal_path: Path, aside: Path) -> None:
    wal = _sidecar(journal_path, "-wal")
    if wal.exists():
        os.replace(wal, _sidecar(aside, "-wal"))
    remove_file(_sidecar(journal_path, "-shm"))


def find_backup(journal_path: Path, given: str | Path) -> BackupInfo:
    """The backup ``given`` names: a path to a backup file, or a name from the list.

    Raises:
        BackupUnusable: no backup of that name or at that path.
    """
    for backup in list_backups(journal_path):
        if given in (backup.name, backup.path.stem, str(backup.path)):
            return backup
    found = backup_info(Path(given))
    if found is None:
        raise BackupUnusable(
            translate(
                "Store", "{given} is not a backup of {journal}. List them with: {command}"
            ).format(
                given=given,
                journal=journal_path,
                command=f"symptom-journal backups --journal {journal_path}",
            )
        )
    return found


def restore(
    journal_path: Path, backup: BackupInfo | Path, now: datetime | None = None
) -> RestoreReport:
    """Put ``backup`` and its photos in the journal's place.

    The journal as it is now is backed up first when it can be (so that the restore can be
    undone from the list), then renamed and kept; stale ``-wal``/``-shm`` files are moved
    or removed so that SQLite does not mix them into the backup.

    Raises:
        JournalInUse: another window or command has the journal open; nothing was changed.
        BackupUnusable: the backup does not pass the check; nothing was changed.
    """
    journal_path = Path(journal_path)
    info = backup if isinstance(backup, BackupInfo) else find_backup(journal_path, backup)
    ensure_private_dir(journal_path.parent)
    with sole_use(journal_path):
        report = check_backup(info)
        if not report.passed:
            raise BackupUnusable(
                translate(
                    "Store", "the backup {name} cannot be restored: {finding}. Nothing was changed."
                ).format(name=info.name, finding=report.findings[0])
            )
        kept_as = _keep_current(journal_path, now)
        names = photo_files(info.path)
        private_folder(photos_folder(journal_path))
        copy_photos(names, backup_photos_folder(info.path), photos_folder(journal_path))
        copy_database(info.path, journal_path)
    return RestoreReport(info, kept_as, len(names))


def _keep_current(journal_path: Path, now: datetime | None) -> Path | None:
    has_sidecars = any(_sidecar(journal_path, s).exists() for s in SIDECARS)
    if not journal_path.exists():
        if has_sidecars:  # left by a journal that is gone: never part of the backup
            return set_aside(journal_path, STALE, now)
        return None
    if not check_journal(journal_path).database_ok:
        return set_aside(journal_path, DAMAGED, now)
    # A backup of the journal as it is, so that the restore itself can be undone; not
    # thinned, so that no backup goes while one is being put back.
    write_backup(journal_path, BEFORE_RESTORE, now, thin=False)
    return set_aside(journal_path, "before-restore", now)


def offer_backup(error: JournalDamaged) -> JournalDamaged:
    """For a damaged journal: set it aside when a good backup can take its place.

    A file with no good backup is left where it is, as it is: it may not be a journal of
    ours at all (a file opened by mistake), and nothing could be put in its place.

    Returns:
        The error to raise: with where the file went and the backup offered, or ``error``.
    """
    good = newest_good_backup(error.path)
    if good is None:
        return JournalDamaged(error.path, error.detail, no_good_backup=True)
    aside = set_aside(error.path, DAMAGED)
    return JournalDamaged(error.path, error.detail, set_aside=aside, backup=good)
