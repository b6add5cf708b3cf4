"""``symptom-journal check``: is the journal sound, and are all its photos there?

Runs SQLite's full ``integrity_check`` and ``foreign_key_check`` and checks every photo file
the journal names against its hash, without writing anything. Exit status: 0 when all is
well, 1 when something was found, 2 when there is no journal to check.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from journal.commands.failures import CommandFailed, plain_failures
from journal.commands.journal_file import refuse_unusable
from journal.store.journal_check import check_journal, newest_good_backup
from journal.store.location import default_journal_path


def add_parser(subparsers, add_journal_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register ``check``."""
    parser = subparsers.add_parser(
        "check", help="check the journal and its photo files for damage (changes nothing)"
    )
    add_journal_option(parser)
    parser.set_defaults(run=run)


def _photos(count: int) -> str:
    return "1 photo file" if count == 1 else f"{count} photo files"


@plain_failures("check")
def run(args: argparse.Namespace) -> int:
    """Check; exit 1 when anything was found."""
    path = args.journal or default_journal_path()
    refuse_unusable(path)
    if not path.exists():
        raise CommandFailed(f"there is no journal at {path}.")
    report = check_journal(path)
    if report.passed:
        print(
            f"{path} passed every check: SQLite's integrity and foreign key checks, "
            f"and {_photos(report.photos)} matching their hashes."
        )
        return 0
    print(f"{path} has problems:", file=sys.stderr)
    for finding in report.findings:
        print(f"  - {finding}", file=sys.stderr)
    if not report.database_ok:
        good = newest_good_backup(path)
        if good is not None:
            print(
                f"The newest backup that passes the check is {good.name}; restore it with: "
                f"symptom-journal restore --journal {path} {good.name}",
                file=sys.stderr,
            )
        else:
            print(
                "No backup of it that passes the check was found beside it: open another "
                "journal, or import an earlier export of it into a new journal.",
                file=sys.stderr,
            )
    return 1
