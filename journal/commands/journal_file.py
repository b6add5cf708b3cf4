"""Finding the journal a command was given, and refusing in plain words one it cannot use.

The checks come before the store opens the file, because the store would create a missing
journal and can only call a folder or a file it may not read "damaged".
"""

from __future__ import annotations

import argparse
import os
import shlex
import sys
from pathlib import Path

from journal.commands.failures import CommandFailed
from journal.store.location import JOURNAL_FILENAME, default_journal_path
from journal.store.permissions import make_private, not_private_message
from journal.store.sync_folders import sharing_warnings

START_IN_WINDOW = "To start one, run symptom-journal to open the window and start it there"


def refuse_unusable(path: Path) -> None:
    """Refuse a folder, or an existing file this user may not both read and change.

    A journal that others may read is made private (see :mod:`journal.store.permissions`),
    with one line on standard error when that cannot be done.

    The journal is written to even by a command that only reads it (its schema is kept up to
    date and SQLite keeps a write-ahead file beside it), so read-only counts as unusable.

    Raises:
        CommandFailed: the path cannot be a journal for this user.
    """
    if path.is_dir():
        inside = path / JOURNAL_FILENAME
        hint = f"Did you mean {inside}?" if inside.is_file() else "Give the journal file itself."
        raise CommandFailed(f"{path} is a folder, not a journal file. {hint}")
    if not path.exists():
        return
    if not os.access(path, os.R_OK):
        raise CommandFailed(
            f"you are not allowed to read {path}. Check the file's permissions, or open "
            "another journal."
        )
    folder = path.parent
    if not (os.access(path, os.W_OK) and os.access(folder, os.W_OK | os.X_OK)):
        raise CommandFailed(
            f"{path} is read-only (the file or its folder). Symptom Journal writes to a "
            "journal even to read it: make it writable, or copy it to a folder of yours."
        )
    failed = make_private(path)
    if failed:
        # The journal is still used: one line says that others may read it.
        print(f"symptom-journal: warning: {not_private_message(failed)}", file=sys.stderr)


def require_journal(given: Path | None, create_option: bool = False) -> Path:
    """The journal a command works on, which must already exist: ``given``, else the user's.

    Args:
        given: the ``--journal`` path, or None for the user's own journal.
        create_option: the command has ``--create``, so the message offers it.

    Raises:
        CommandFailed: there is no journal there, or it cannot be used.
    """
    path = given or default_journal_path()
    refuse_unusable(path)
    if path.exists():
        return path
    if given is None:
        start = f"{START_IN_WINDOW}, or add --create" if create_option else START_IN_WINDOW
        raise CommandFailed(f"you have no journal yet (there is none at {path}). {start}.")
    if create_option:
        start = "Check the path, or add --create to start a new journal there."
    else:
        command = f"symptom-journal --journal {shlex.quote(str(path))}"
        start = f"Check the path; to start a new journal there, run: {command}"
    raise CommandFailed(f"there is no journal at {path}. {start}")


# The commands that change a journal; the others only read it.
WRITING_COMMANDS = frozenset({"backup", "restore", "import", "photos"})


def warn_if_shared(args: argparse.Namespace) -> None:
    """For a command that writes: one line on stderr for each sharing warning.

    A journal in a synced folder or on a network share must never be open on two computers
    at once, and a conflicted copy the sync left beside it may hold entries missing from it.
    """
    if getattr(args, "command", None) not in WRITING_COMMANDS or getattr(args, "dry_run", False):
        return
    path = getattr(args, "journal", None) or default_journal_path()
    for line in sharing_warnings(Path(path)):
        print(f"Warning: {line}", file=sys.stderr)
