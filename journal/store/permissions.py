"""Keeping a journal readable by its user alone, whatever mode it was copied in with.

A journal copied from a backup or another computer often arrives 0644. SQLite gives the
write-ahead and shared-memory files (``-wal``, ``-shm``) the journal's own mode, so the
journal is tightened before it is opened, and with it those files if they are there, its
photos and its backups. Only the group's and others' bits are taken away: the owner's are
left as they were (a file the user made read-only stays read-only).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from journal.store.backup_files import backups_folder
from journal.store.photos import photos_folder

SIDECARS = ("-wal", "-shm", "-journal")
OTHERS = stat.S_IRWXG | stat.S_IRWXO


def _journal_items(path: Path) -> Iterator[str]:
    # Plain strings, not Paths: ten years hold thousands of photo files, walked at every open.
    yield str(path)
    for suffix in SIDECARS:
        yield str(path) + suffix
    for folder in (photos_folder(path), backups_folder(path)):
        if folder.is_dir() and not folder.is_symlink():
            yield str(folder)
            for root, dirs, files in os.walk(folder):
                for name in dirs + files:
                    yield os.path.join(root, name)


def make_private(path: Path) -> list[Path]:
    """Take group and others' access away from a journal and everything that is its own.

    Args:
        path: the journal file; its sidecars and its photo and backup folders go with it.

    Returns:
        The files and folders that could not be tightened (owned by another user), so that
        the caller can say so; empty when all is private, or on Windows, where these modes
        mean nothing.
    """
    if os.name == "nt":
        return []
    failed = []
    for item in _journal_items(Path(path)):
        try:
            mode = os.lstat(item).st_mode
        except OSError:
            continue  # not there: nothing to protect
        if stat.S_ISLNK(mode) or not mode & OTHERS:
            continue  # a link is never followed out of the journal's folders
        try:
            os.chmod(item, stat.S_IMODE(mode) & ~OTHERS)
        except OSError:
            failed.append(Path(item))
    return failed


def not_private_message(failed: list[Path]) -> str:
    """One sentence for the user about files that others on this computer may read."""
    first = failed[0]
    more = f" and {len(failed) - 1} more" if len(failed) > 1 else ""
    return (
        f"Could not make {first}{more} readable by you alone (another user owns it): others "
        "on this computer may be able to read it. The journal is open as usual."
    )
