"""The only place with SQL and files on disk.

The errors are imported with the package; the store itself on first use, so that a module
that names only an error (the command line's start, say) does not wait for SQLite's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from journal.store.errors import (
    JournalDamaged,
    JournalError,
    JournalFull,
    JournalTooNew,
    JournalUnreadable,
)

if TYPE_CHECKING:
    from journal.store.faults import journal_error
    from journal.store.journal_store import JournalStore, open_journal

_LATER = {
    "JournalStore": "journal.store.journal_store",
    "open_journal": "journal.store.journal_store",
    "journal_error": "journal.store.faults",
}

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


def __getattr__(name: str) -> Any:
    module = _LATER.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
