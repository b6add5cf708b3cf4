"""``symptom-journal backup``, ``backups`` and ``restore``: a journal's backups by hand.

Exit status: 0 when done, 2 when nothing could be done (no journal, a backup that does not
pass the check, a journal open elsewhere).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from journal.backups import BY_HAND, size_text, when_text
from journal.commands.failures import CommandFailed, plain_failures
from journal.commands.journal_file import refuse_unusable, require_journal
from journal.store import open_journal
from journal.store.backups import BackupFailed, backup_now, find_backup, list_backups, restore
from journal.store.location import default_journal_path


def add_parser(subparsers, add_journal_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register ``backup``, ``backups`` and ``restore``."""
    backup = subparsers.add_parser(
        "backup", help="back up the journal and its photos now, beside the journal"
    )
    add_journal_option(backup)
    backup.set_defaults(run=run_backup)

    listed = subparsers.add_parser("backups", help="list the journal's backups, newest first")
    add_journal_option(listed)
    listed.set_defaults(run=run_list)

    put_back = subparsers.add_parser(
        "restore",
        help="put a backup in the journal's place; the journal as it is is kept beside it",
    )
    add_journal_option(put_back)
    put_back.add_argument(
        "backup", metavar="BACKUP", help="the backup's name as `backups` lists it, or its path"
    )
    put_back.set_defaults(run=run_restore)


@plain_failures("backup")
def run_backup(args: argparse.Namespace) -> int:
    """Back up now; say where and how big."""
    path = require_journal(args.journal)
    with open_journal(path) as store:
        try:
            made = backup_now(store, BY_HAND)
        except BackupFailed as exc:
            raise CommandFailed(f"no backup was made: {exc}") from None
    print(f"Backed up {path} to {made.path} ({size_text(made.size)}).")
    for problem in made.problems:
        print(f"backup: {problem}; the backup holds the rest.", file=sys.stderr)
    return 0


@plain_failures("backups")
def run_list(args: argparse.Namespace) -> int:
    """List the backups: when, why, how big, and the name ``restore`` takes."""
    # No open: the list is wanted most when the journal itself cannot be opened.
    path = args.journal or default_journal_path()
    refuse_unusable(path)
    backups = list_backups(path)
    if not backups:
        print(f"{path} has no backups yet. Make one with: symptom-journal backup --journal {path}")
        return 0
    print(f"Backups of {path}, newest first:")
    # As wide as the longest reason listed ("after encryption was turned on"): columns line up.
    why = max(15, *(len(b.reason) for b in backups))
    for backup in backups:
        when = when_text(backup.taken_at)
        print(f"  {when:<24} {backup.reason:<{why}} {size_text(backup.size):>9}  {backup.name}")
    return 0


@plain_failures("restore")
def run_restore(args: argparse.Namespace) -> int:
    """Restore a backup; say where the journal as it was is kept."""
    path = args.journal or default_journal_path()
    refuse_unusable(path)
    backup = find_backup(path, args.backup)
    report = restore(path, backup)
    print(f"Restored the backup of {when_text(backup.taken_at)} to {path}.")
    if report.kept_as is not None:
        print(f"The journal as it was is kept as {report.kept_as}.")
    return 0
