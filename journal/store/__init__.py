"""The only place with SQL and files on disk."""

from journal.store.errors import (
    JournalDamaged,
    JournalError,
    JournalFull,
    JournalTooNew,
    JournalUnreadable,
)
from journal.store.faults import journal_error
from journal.store.journal_store import JournalStore, open_journal

__all__ = [
    "JournalDamaged",
    "JournalError",
    "JournalFull",
    "JournalStore",
    "JournalTooNew",
    "JournalUnreadable",
    "journal_error",
    "open_journal",
]
