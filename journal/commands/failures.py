"""How a command fails: one plain line on stderr and an exit status, never a traceback.

Exit statuses: 2 when the command could do nothing (no journal, a file that is not a journal,
a path it may not use), 1 when it did part of its work (a photo that was not added).
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable

from journal.store import JournalError
from journal.store.location import default_journal_path

Run = Callable[[argparse.Namespace], int]


class CommandFailed(Exception):
    """A command cannot go on. The message is for the user; ``code`` is the exit status."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def _os_message(exc: OSError) -> str:
    reason = exc.strerror.lower() if exc.strerror else str(exc)
    return f"cannot use {exc.filename}: {reason}" if exc.filename else reason


def _sqlite_message(exc: Exception, args: argparse.Namespace) -> str:
    """What SQLite's full disk, I/O error or damage means for the journal; re-raises a bug."""
    from journal.store.faults import journal_error

    own = journal_error(exc, getattr(args, "journal", None) or default_journal_path())
    if own is None:
        raise exc
    return str(own)


def plain_failures(command: str) -> Callable[[Run], Run]:
    """Wrap a command's ``run`` so that what a user can fix is said in one line.

    The store's :class:`JournalError` family, file-system errors and :class:`CommandFailed`
    are printed as ``command: message`` on stderr; so is what SQLite reports of a full disk,
    an I/O error or damage found after the journal opened (a row read one at a time). A bug
    still shows its traceback.
    """

    def wrap(run: Run) -> Run:
        @functools.wraps(run)
        def guarded(args: argparse.Namespace) -> int:
            try:
                return run(args)
            except CommandFailed as exc:
                message, code = str(exc), exc.code
            except JournalError as exc:
                message, code = str(exc), 2
            except OSError as exc:
                message, code = _os_message(exc), 2
            except Exception as exc:
                message, code = _sqlite_message(exc, args), 2
            print(f"{command}: {message}", file=sys.stderr)
            return code

        return guarded

    return wrap
