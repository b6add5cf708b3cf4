"""Knowing whether this process is the only one with a journal open.

Tidying that could remove what another process still needs (photo files whose delete the
open window can undo, a temporary file another process is writing) is done only by the sole
user of a journal. Every open holds a shared lock on ``<journal>.lock`` for as long as it is
open; the tidying asks for an exclusive one, without waiting.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from journal.store.errors import JournalInUse
from journal.store.location import PRIVATE_FILE_MODE

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows has no fcntl
    fcntl = None


class JournalLock:
    """A shared lock held while a journal is open."""

    def __init__(self, journal: Path) -> None:
        self.path = Path(f"{journal}.lock")
        self._fd = os.open(self.path, os.O_CREAT | os.O_RDWR, PRIVATE_FILE_MODE)
        if fcntl is not None:
            fcntl.flock(self._fd, fcntl.LOCK_SH)

    def alone(self) -> bool:
        """True when no other process holds the journal open (the lock stays shared after).

        Without file locks (Windows) it answers False, so that nothing is tidied unsafely.
        """
        if fcntl is None:
            return False
        try:
            fcntl.flock(self._fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            # Turning a lock into another is not atomic: a refused exclusive lock may have
            # dropped the shared one, which then no longer keeps a restore or an encryption
            # change away. Taken again (at once: the others hold shared locks too).
            fcntl.flock(self._fd, fcntl.LOCK_SH)
            return False
        fcntl.flock(self._fd, fcntl.LOCK_SH)
        return True

    def release(self) -> None:
        """Let go of the journal."""
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock
            self._fd = None


@contextmanager
def sole_use(journal: Path, then: str | None = None) -> Iterator[None]:
    """Hold ``journal`` alone (an exclusive lock) while replacing it; ``then`` says what to do
    once it is closed elsewhere, in the user's words ("restore again" when None).

    Without file locks (Windows) it cannot tell, and goes ahead: the window closes its own
    journal before a restore.

    Raises:
        JournalInUse: another process has the journal open; nothing was done.
    """
    fd = os.open(f"{journal}.lock", os.O_CREAT | os.O_RDWR, PRIVATE_FILE_MODE)
    try:
        if fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                raise JournalInUse(journal, then) from None
        yield
    finally:
        os.close(fd)
