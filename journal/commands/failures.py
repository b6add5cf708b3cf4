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

Run = Callable[[argparse.Namespace], int]


class CommandFailed(Exception):
    """A command cannot go on. The message is for the user; ``code`` is the exit status."""

    def __init__(self, message: str, code: int = 2) -> None:
        super().__init__(message)
        self.code = code


def _os_message(exc: OSError) -> str:
    reason = exc.strerror.lower() if exc.strerror else str(exc)
    return f"cannot use {exc.filename}: {reason}" if exc.filename else reason


def plain_failures(command: str) -> Callable[[Run], Run]:
    """Wrap a command's ``run`` so that what a user can fix is said in one line.

    The store's :class:`JournalError` family, file-system errors and :class:`CommandFailed`
    are printed as ``command: message`` on stderr; a bug still shows its traceback.
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
            print(f"{command}: {message}", file=sys.stderr)
            return code

        return guarded

    return wrap
