"""What a kill may leave of a journal and its backups, checked as the user would find them."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from journal.store import open_journal
from journal.store.backup_files import backups_folder, photo_files
from journal.store.backups import check_backup, find_backup, list_backups
from journal.store.errors import BackupUnusable
from journal.store.journal_check import check_journal
from journal.store.photos import THUMBNAILS, photos_folder


def reopen_and_check(path: Path) -> None:
    """Open the journal as the program would, then check it in full.

    Raises:
        AssertionError: it did not open, was set aside, or fails ``journal_check``, or a
            photo file lies in its folder that no photo row names (one an import wrote).
    """
    kept = Path(os.environ.get("FAULT_KEEP", "")) if os.environ.get("FAULT_KEEP") else None
    if kept is not None:  # a copy as the kill left it, to look at when a round fails
        shutil.copytree(path.parent, kept / f"{path.parent.name}-{os.getpid()}", dirs_exist_ok=True)
    open_journal(path).close()  # recovers the write-ahead log; tidies unused photo files
    aside = [p.name for p in path.parent.iterdir() if ".damaged-" in p.name]
    assert not aside, f"the journal was set aside as damaged: {aside}"
    report = check_journal(path)
    assert report.passed, report.findings
    named = set(photo_files(path))
    folder = photos_folder(path)
    if folder.is_dir():
        stray = {p.name for p in folder.iterdir() if p.is_file()} - named
        assert not stray, f"photo files no record names: {sorted(stray)}"
        thumbs = folder / THUMBNAILS
        if thumbs.is_dir():
            shas = {n.split(".")[0] for n in named}
            extra = {p.name for p in thumbs.iterdir() if p.name.split(".")[0] not in shas}
            assert not extra, f"thumbnails of no photo: {sorted(extra)}"


def check_backups(path: Path) -> int:
    """Every listed backup passes the full check; anything else in the folder is refused.

    Returns:
        How many backups are listed.

    Raises:
        AssertionError: a listed backup fails its check, or a leftover file (a backup cut
            off by the kill) could be chosen for a restore.
    """
    listed = list_backups(path)
    for backup in listed:
        report = check_backup(backup)
        assert report.passed, f"listed backup {backup.name}: {report.findings}"
    folder = backups_folder(path)
    names = {b.path.name for b in listed}
    if folder.is_dir():
        for left in folder.iterdir():
            if left.is_file() and left.name not in names:
                with pytest.raises(BackupUnusable):
                    find_backup(path, left)
    return len(listed)
