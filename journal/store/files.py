"""The one place that writes files beside a journal (photos, thumbnails).

Each file is written atomically: to a temporary file in the same folder, flushed to disk,
renamed over its final name, and the folder itself flushed, so a crash leaves either the
old file or the new one, never half of one. Folders are 0700 and files 0600. A disk with no
room left raises :class:`JournalFull`, with the half-written temporary file gone.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from pathlib import Path

from journal.store.errors import JournalFull
from journal.store.location import PRIVATE_DIR_MODE, ensure_private_dir

NO_SPACE = {errno.ENOSPC, errno.EDQUOT}


def sync_folder(folder: Path) -> None:
    """Flush a folder's entries (a rename into it) to disk, where the system allows."""
    # Directories cannot be opened for fsync on every platform (Windows); there the rename
    # is as durable as the system makes it.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _write_all(fd: int, data: bytes) -> None:
    """Write every byte of ``data`` to ``fd`` and flush it to disk."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]
    os.fsync(fd)


def write_atomically(path: Path, data: bytes, own_folder: bool = True) -> None:
    """Write ``data`` to ``path`` (readable by the user alone), replacing it atomically.

    Args:
        path: the file to write.
        data: its whole content.
        own_folder: the folder is the journal's own, created and kept private (0700); False
            for a folder the user chose (an export), which must exist and is left as it is.

    Raises:
        JournalFull: the disk has no room; ``path`` is as it was before.
        OSError: any other reason it could not be written.
    """
    path = Path(path)
    try:
        if own_folder:
            ensure_private_dir(path.parent)
        # mkstemp creates the file 0600 already; the rename keeps that mode.
        fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
        try:
            try:
                _write_all(fd, data)
            finally:
                os.close(fd)
            os.replace(temporary, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
    except OSError as exc:
        if exc.errno in NO_SPACE:
            raise JournalFull(path) from exc
        raise
    sync_folder(path.parent)


def private_folder(folder: Path) -> Path:
    """Create ``folder`` (0700) if needed and return it."""
    ensure_private_dir(folder)
    os.chmod(folder, PRIVATE_DIR_MODE)
    return folder


def remove_file(path: Path) -> None:
    """Delete ``path`` if it exists."""
    Path(path).unlink(missing_ok=True)


def remove_folder(folder: Path) -> None:
    """Delete ``folder`` and everything in it, if it exists (only the demo's own photos)."""
    shutil.rmtree(folder, ignore_errors=True)
