"""A journal's backups, for the window, the command line and the importers.

Call :func:`backup_now` before any change a user may want to undo as a whole (an import);
the window also backs up every 30 minutes while the journal changes, and at close, and the
store does before updating an existing journal's schema.
"""

from __future__ import annotations

from datetime import datetime

from journal.backups import BackupInfo
from journal.store.backup_files import (
    BackupFailed,
    backups_folder,
    list_backups,
    thin_backups,
    write_backup,
)
from journal.store.backup_restore import RestoreReport, find_backup, restore, set_aside
from journal.store.journal_check import CheckReport, check_backup, newest_good_backup
from journal.store.journal_store import JournalStore

__all__ = [
    "BackupFailed",
    "BackupInfo",
    "CheckReport",
    "RestoreReport",
    "backup_now",
    "backups_folder",
    "check_backup",
    "find_backup",
    "list_backups",
    "newest_good_backup",
    "restore",
    "set_aside",
    "thin_backups",
]


def backup_now(store: JournalStore, reason: str, now: datetime | None = None) -> BackupInfo:
    """Back up the open journal and its photos now, and thin out the older backups.

    The store stays open and may be written to meanwhile: the backup is one consistent
    moment of it.

    Args:
        store: the open journal.
        reason: why, in words; shown in the list ("before import").
        now: the local time to name the backup by; the present when None.

    Raises:
        BackupFailed: no backup could be made (the disk is full, the journal is damaged).
    """
    made = write_backup(store.path, reason, now)
    store.mark_backed_up()
    return made
