"""``symptom-journal photos add``: add photos of a lesion from the command line.

Exit status: 0 when every file is in the journal (a picture already there counts, and is
said so), 1 when any file was not added, 2 when nothing could be done.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from journal.commands.dates import day_argument
from journal.commands.failures import CommandFailed, plain_failures
from journal.commands.journal_file import refuse_unusable, require_journal
from journal.dates import day_text
from journal.lesions.checks import InvalidLesionRecord
from journal.lesions.lesion import Lesion
from journal.pain import Region, Side
from journal.store import JournalStore, open_journal
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
        "--create",
        action="store_true",
        help="start a new journal when there is none at PATH (without it, a mistyped path "
        "is refused)",
    )
    add.add_argument(
        "--lesion",
        required=True,
        metavar="NAME",
        help="the lesion's name; a new lesion (lower back) is made when there is none",
    )
    add.add_argument(
        "--date",
        type=day_argument,
        metavar="YYYY-MM-DD",
        help="the day of the observation (default: each photo's own date, else today)",
    )
    add.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.set_defaults(run=run)


@dataclass(frozen=True)
class _Place:
    """Where a picture is: a lesion's observation of one day."""

    lesion: str
    observation_id: int
    day: date

    def __str__(self) -> str:
        return f"lesion {self.lesion}, {day_text(self.day)}"


def _places(store: JournalStore) -> dict[str, list[_Place]]:
    """Every picture of the journal (by content hash) and where it is."""
    places: dict[str, list[_Place]] = {}
    for lesion in store.lesions.lesions():
        for shown in store.photos.timeline(lesion.id):
            place = _Place(lesion.name, shown.observation.id, shown.day)
            places.setdefault(shown.photo.sha256, []).append(place)
    return places


def _lesion(store: JournalStore, name: str, day: date | None) -> tuple[Lesion, bool]:
    """The lesion of that name, made (on the lower back) when there is none; and whether new."""
    lesion = store.lesions.named(name)
    if lesion is not None:
        return lesion, False
    first_seen = min(day or date.today(), date.today())
    try:
        return store.lesions.add_lesion(
            Lesion(name, Region.LOWER_BACK, Side.MIDDLE, first_seen)
        ), True
    except InvalidLesionRecord as exc:
        raise CommandFailed(str(exc)) from None


def _add_each(
    store: JournalStore, lesion: Lesion, files: list[Path], day: date | None
) -> tuple[list[str], list[str]]:
    """Add the files one at a time; returns what to say, and the files that were not added.

    One at a time, so that each outcome is told of the file as it was given, even when two
    files hold the same picture.
    """
    places = _places(store)
    said: list[str] = []
    failed: list[str] = []
    for file in files:
        report = store.photos.add_files(lesion.id, [file], day)
        if report.rejected:
            failed.extend(f"{file.name} was not added: {r.reason}" for r in report.rejected)
            continue
        [added] = report.added
        # The store keeps one copy of a picture; here it is told where it already was.
        held = places.setdefault(added.photo.sha256, [])
        here = _Place(lesion.name, added.observation.id, added.day)
        if any(place.observation_id == here.observation_id for place in held):
            said.append(
                f"{file.name} is already in the journal ({here}), so it was not added again."
            )
            continue
        also = f"; the same picture is also in the journal ({held[0]})" if held else ""
        said.append(f"Added {file.name} to {lesion.name} on {day_text(added.day)}{also}")
        held.append(here)
    return said, failed


@plain_failures("photos")
def run(args: argparse.Namespace) -> int:
    """Add the files; exit 1 when any file was not added, 2 when nothing could be done."""
    if args.create:
        path = args.journal or default_journal_path()
        refuse_unusable(path)
    else:
        # A mistyped --journal would otherwise start a new, empty journal somewhere.
        path = require_journal(args.journal, create_option=True)
    with open_journal(path) as store:
        lesion, created = _lesion(store, args.lesion, args.date)
        said, failed = _add_each(store, lesion, list(args.files), args.date)
        if created and not said:
            # Nothing was added: the lesion made for these photos would stand empty.
            store.lesion_deletes.delete_lesion(lesion.id)
    if created and said:
        print(f"New lesion “{lesion.name}” (place it on the back in the window).")
    for line in said:
        print(line)
    for line in failed:
        print(f"photos: {line}", file=sys.stderr)
    return 1 if failed else 0
