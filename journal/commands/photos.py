"""``symptom-journal photos add``: add photos of a lesion from the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from journal.lesion_checks import InvalidLesionRecord
from journal.lesions import Lesion
from journal.pain import Region, Side
from journal.store import JournalError, open_journal
from journal.store.location import default_journal_path


def add_parser(subparsers, add_journal_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register ``photos add``."""
    parser = subparsers.add_parser("photos", help="add photos of a skin lesion")
    actions = parser.add_subparsers(dest="photos_command", metavar="ACTION", required=True)
    add = actions.add_parser(
        "add",
        help="add photo files (JPEG, PNG, WebP) to a lesion; metadata such as GPS is removed",
    )
    add_journal_option(add)
    add.add_argument(
        "--lesion",
        required=True,
        metavar="NAME",
        help="the lesion's name; a new lesion (lower back) is made when there is none",
    )
    add.add_argument(
        "--date",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="the day of the observation (default: each photo's own date, else today)",
    )
    add.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    """Add the files; exit 1 when any file was not added, 2 when nothing could be done."""
    path = args.journal or default_journal_path()
    try:
        store = open_journal(path)
    except JournalError as exc:
        print(f"photos: {exc}", file=sys.stderr)
        return 2
    with store:
        lesion = store.lesions.named(args.lesion)
        if lesion is None:
            first_seen = min(args.date or date.today(), date.today())
            try:
                lesion = store.lesions.add_lesion(
                    Lesion(args.lesion, Region.LOWER_BACK, Side.MIDDLE, first_seen)
                )
            except InvalidLesionRecord as exc:
                print(f"photos: {exc}", file=sys.stderr)
                return 2
            created = True
        else:
            created = False
        report = store.photos.add_files(lesion.id, list(args.files), args.date)
        if created and not report.added:
            # Nothing was added: the lesion made for these photos would stand empty.
            store.lesion_deletes.delete_lesion(lesion.id)
        elif created:
            print(f"New lesion “{lesion.name}” (place it on the back in the window).")
    for added in report.added:
        print(f"Added {added.photo.original_name} to {lesion.name} on {added.day:%d %b %Y}")
    if report.rejected:
        print(report.summary(), file=sys.stderr)
        return 1
    return 0
