"""Keeping a journal readable by its user alone, whatever mode it was copied in with.

A journal copied from a backup or another computer often arrives 0644. SQLite gives the
write-ahead and shared-memory files (``-wal``, ``-shm``) the journal's own mode, so the
journal is tightened before it is opened, and with it those files if they are there, its
photos and its backups. Only the group's and others' bits are taken away: the owner's are
left as they were (a file the user made read-only stays read-only).
"""

from __future__ import annotations

import itertools
import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from journal.store.backup_files import backups_folder
from journal.store.photos import photos_folder

SIDECARS = ("-wal", "-shm", "-journal")
OTHERS = stat.S_IRWXG | stat.S_IRWXO


def _journal_items(path: Path) -> Iterator[str]:
    """The journal, its sidecars, and its photo and backup folders (not what they hold)."""
    # Plain strings, not Paths: this runs at every open.
    yield str(path)
    for suffix in SIDECARS:
        yield str(path) + suffix
    for folder in (photos_folder(path), backups_folder(path)):
        yield str(folder)


def _folders_contents(path: Path) -> Iterator[tuple[str, int]]:
    """Everything inside the journal's photo and backup folders, with its mode (lstat).

    ``os.scandir`` gives each entry's kind without a call of its own, and its mode with one;
    a link is not followed, neither out of the folders nor into a folder elsewhere.
    """
    for folder in (photos_folder(path), backups_folder(path)):
        if not folder.is_dir() or folder.is_symlink():
            continue
        waiting = [str(folder)]
        while waiting:
            try:
                entries = list(os.scandir(waiting.pop()))
            except OSError:
                continue
            for entry in entries:
                try:
                    mode = entry.stat(follow_symlinks=False).st_mode
                except OSError:
                    continue
                yield entry.path, mode
                if stat.S_ISDIR(mode):
                    waiting.append(entry.path)


def _tighten(items: Iterable[tuple[str, int]]) -> list[Path]:
    failed = []
    for item, mode in items:
        if stat.S_ISLNK(mode) or not mode & OTHERS:
            continue  # a link is never followed out of the journal's folders
        try:
            os.chmod(item, stat.S_IMODE(mode) & ~OTHERS)
        except OSError:
            failed.append(Path(item))
    return failed


def _with_modes(items: Iterable[str]) -> Iterator[tuple[str, int]]:
    for item in items:
        try:
            yield item, os.lstat(item).st_mode
        except OSError:
            continue  # not there: nothing to protect


def make_private(path: Path, contents: bool = True) -> list[Path]:
    """Take group and others' access away from a journal and everything that is its own.

    Args:
        path: the journal file; its sidecars and its photo and backup folders go with it.
        contents: the files and folders inside the photo and backup folders too. Without
            them (:func:`make_contents_private` later) nobody else can reach them already:
            their folders are private, and a folder's files are reached through it.

    Returns:
        The files and folders that could not be tightened (owned by another user), so that
        the caller can say so; empty when all is private, or on Windows, where these modes
        mean nothing.
    """
    if os.name == "nt":
        return []
    failed = _tighten(_with_modes(_journal_items(Path(path))))
    if contents:
        failed += make_contents_private(path)
    return failed


def make_contents_private(path: Path) -> list[Path]:
    """:func:`make_private` for what the journal's photo and backup folders hold: thousands
    of files on years of photos, a tenth of a second to walk."""
    failed: list[Path] = []
    for part in contents_private_in_parts(path):
        failed += part
    return failed


def contents_private_in_parts(path: Path, part: int = 500) -> Iterator[list[Path]]:
    """:func:`make_contents_private` ``part`` files at a time: after each, what could not be
    tightened in it (a caller on the UI thread does a part per turn of its event loop)."""
    if os.name == "nt":
        return
    contents = _folders_contents(Path(path))
    while chunk := list(itertools.islice(contents, part)):
        yield _tighten(chunk)


def not_private_message(failed: list[Path]) -> str:
    """One sentence for the user about files that others on this computer may read."""
    first = failed[0]
    more = f" and {len(failed) - 1} more" if len(failed) > 1 else ""
    return (
        f"Could not make {first}{more} readable by you alone (another user owns it): others "
        "on this computer may be able to read it. The journal is open as usual."
    )
