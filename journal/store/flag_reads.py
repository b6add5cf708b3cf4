"""What the red-flags worker reads, in a process of its own.

The worker (:mod:`journal.services.flag_worker`) reads the journal's file itself, on a
read-only connection of its own, while the window reads the same file for its pages: ten
years of check-ins neither cross a pipe nor hold the window's thread. It is handed this
function, for its own module reads no file; importing only the store, the worker's process
starts without the window's modules.
"""

from __future__ import annotations

from pathlib import Path

from journal.snapshot import JournalSnapshot
from journal.store import keyring
from journal.store.keyring import DatabaseKey
from journal.store.summary_reads import whole_journal


def read_journal(path: str, key: DatabaseKey | None, with_checkins: bool) -> JournalSnapshot:
    """The journal at ``path``: everything, or all but the check-ins.

    Args:
        path: the journal file.
        key: its database key when it is encrypted (a new process has none unlocked), else
            None.
        with_checkins: read the check-ins too.

    Raises:
        JournalError: the journal could not be read (locked, damaged, the disk failing).
    """
    if key is not None:
        keyring.remember(key)
    return whole_journal(Path(path), None if with_checkins else ())


def read_message(path: Path) -> tuple:
    """The worker's ``read`` message for the journal at ``path``, open in this process: with
    its database key when it is encrypted (None for a plain file)."""
    return ("read", str(path), keyring.database_key(path))
