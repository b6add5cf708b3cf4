"""The only place with SQL and files on disk."""

from journal.store.errors import JournalDamaged, JournalError, JournalTooNew
from journal.store.journal_store import JournalStore, open_journal

__all__ = ["JournalDamaged", "JournalError", "JournalStore", "JournalTooNew", "open_journal"]
