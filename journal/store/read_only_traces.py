"""The ``-wal`` and ``-shm`` files a read-only look at a damaged journal leaves beside it.

SQLite makes both when it opens a journal in WAL mode, read-only too, and removes them when
the last connection closes after a write; a damaged journal is only ever looked at, so
they would stay beside it for good (and travel with it when it is set aside). They are
removed again, but only those the look made: a ``-wal`` or ``-shm`` that was there before
may belong to a window that has the journal open, or hold its last writes.
"""

from __future__ import annotations

from pathlib import Path

SIDECARS = ("-wal", "-shm")


def _sidecar(path: Path, suffix: str) -> Path:
    return path.with_name(path.name + suffix)


def present_sidecars(path: Path) -> frozenset[str]:
    """Which of ``-wal`` and ``-shm`` exist beside ``path`` now."""
    path = Path(path)
    return frozenset(s for s in SIDECARS if _sidecar(path, s).exists())


def remove_sidecars_made(path: Path, present_before: frozenset[str]) -> None:
    """Remove the ``-wal`` and ``-shm`` beside the damaged file ``path`` that were not there
    before its look (:func:`present_sidecars`), once its connection is closed.

    Nothing is removed when either was there before, or when the ``-wal`` holds anything:
    a read-only connection writes none, so then someone else is using the file.
    """
    path = Path(path)
    if present_before:
        return
    wal, shm = _sidecar(path, "-wal"), _sidecar(path, "-shm")
    try:
        if wal.exists() and wal.stat().st_size > 0:
            return
        for made in (wal, shm):
            made.unlink(missing_ok=True)
    except OSError:
        pass  # tidying only: the damaged file itself is what matters, and it is untouched
