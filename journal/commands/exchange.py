"""``symptom-journal export`` and ``import``: the journal out to a file, and files in.

Our own formats (archive, CSV) carry everything and go into an empty journal; other
trackers' files add check-ins. A preview is printed before anything is written, and
``--dry-run`` stops there.
"""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from journal.commands.dates import day_argument
from journal.commands.failures import CommandFailed, plain_failures
from journal.commands.journal_file import refuse_unusable, require_journal
from journal.exchange.formats import (
    COPY_FORMAT,
    IMPORT_FORMATS,
    OWN_IMPORT_FORMATS,
    ExportFormat,
    read_own_export,
)
from journal.exchange.peers import ImportProblem, PeerFormat, read_peer
from journal.exchange.preview import copy_preview, counts_text, own_preview, peer_preview
from journal.store.exports import back_up_before_import, import_own, write_export
from journal.store.journal_copies import add_missing_checkins, compare_copy
from journal.store.journal_store import open_journal
from journal.store.location import default_journal_path
from journal.store.peer_imports import add_peer_import, refuse_imported_before

# Larger than any journal's export; a bigger file is refused before it is read.
MAX_IMPORT_BYTES = 1024 * 1024 * 1024


def add_parser(subparsers, add_journal_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register the ``export`` and ``import`` subcommands."""
    export = subparsers.add_parser(
        "export",
        help="write the journal to a file: an archive, CSV files or HL7 FHIR",
        description="Write the journal to a file. archive and csv hold everything (a zip "
        "with the photos) and import back without loss; fhir is for health records.",
    )
    add_journal_option(export)
    export.add_argument("--format", required=True, choices=[f.value for f in ExportFormat])
    export.add_argument("-o", "--output", type=Path, required=True, metavar="FILE")
    export.add_argument("--from", dest="first", type=day_argument, metavar="YYYY-MM-DD")
    export.add_argument("--to", dest="last", type=day_argument, metavar="YYYY-MM-DD")
    export.add_argument(
        "--bom", action="store_true", help="csv: start each file with a byte-order mark"
    )
    export.set_defaults(run=run_export)

    imports = subparsers.add_parser(
        "import",
        help="bring in an export of this program, or another tracker's CSV",
        description="Import a file. archive and csv (exports of this program) go into a "
        "new, empty journal; the other trackers' check-ins are added to any journal. "
        "What would be added is shown first; nothing is written with --dry-run.",
    )
    add_journal_option(imports)
    imports.add_argument(
        "--format",
        required=True,
        choices=IMPORT_FORMATS,
        help=f"{COPY_FORMAT}: another copy of this same journal (a sync's conflicted copy), "
        "whose check-ins missing here are added",
    )
    imports.add_argument("file", type=Path, metavar="FILE")
    imports.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="THEIRS=OURS",
        help='their name to our metric, e.g. --map "Back pain=pain_now" (repeatable)',
    )
    imports.add_argument("--dry-run", action="store_true", help="show what would be added")
    imports.set_defaults(run=run_import)


@plain_failures("export")
def run_export(args: argparse.Namespace) -> int:
    """Write the export; say what it holds."""
    if args.first and args.last and args.last < args.first:
        raise CommandFailed(f"--from {args.first} is after --to {args.last}.")
    if args.output.is_dir():
        raise CommandFailed(f"{args.output} is a folder; give the file to write.")
    kind = ExportFormat(args.format)
    path = require_journal(getattr(args, "journal", None))
    with open_journal(path) as store:
        try:
            receipt = write_export(store, kind, args.output, args.first, args.last, args.bom)
        except NotImplementedError:
            raise CommandFailed(f"the {kind} export is not part of this version yet.") from None
    held = f": {counts_text(dict(receipt.counts))}" if receipt.counts else ""
    print(f"Wrote {receipt.path} ({receipt.size:,} bytes){held}.")
    return 0


def parse_mapping(items: list[str]) -> dict[str, str]:
    """``["Back pain=pain_now"]`` as ``{"Back pain": "pain_now"}``.

    Raises:
        CommandFailed: an item without "=" or with an empty side.
    """
    mapping = {}
    for item in items:
        theirs, sep, ours = item.partition("=")
        if not sep or not theirs.strip() or not ours.strip():
            raise CommandFailed(f'--map "{item}" should be THEIRS=OURS, e.g. "Back pain=pain_now"')
        mapping[theirs.strip()] = ours.strip()
    return mapping


def _read_file(path: Path) -> bytes:
    if not path.is_file():
        raise CommandFailed(f"there is no file {path} to import.")
    if path.stat().st_size > MAX_IMPORT_BYTES:
        raise CommandFailed(f"{path} is too large to be an export of a journal.")
    return path.read_bytes()


@plain_failures("import")
def run_import(args: argparse.Namespace) -> int:
    """Preview, then (unless --dry-run) import; nothing is written on any failure."""
    mapping = parse_mapping(args.map)
    given = getattr(args, "journal", None)
    path = Path(given) if given else default_journal_path()
    refuse_unusable(path)
    if args.format == COPY_FORMAT:
        return _import_copy(require_journal(given), args)
    data = _read_file(args.file)
    if args.format in OWN_IMPORT_FORMATS:
        if mapping:
            raise CommandFailed("--map is for other trackers' files; our own exports need none.")
        return _import_own(path, args, data)
    return _import_peer(require_journal(given), args, data, mapping)


def _import_own(path: Path, args: argparse.Namespace, data: bytes) -> int:
    try:
        contents, photos = read_own_export(args.format, data)
    except ImportProblem as problem:
        raise CommandFailed(f"{args.file}: {problem}. Nothing was imported.") from None
    print(f"Import of {args.file} into {path}:")
    for line in own_preview(contents):
        print(f"  {line}")
    existed = path.exists()
    if args.dry_run:
        if existed:
            with open_journal(path) as store:
                store.contents.refuse_records()
        print("Nothing was written (--dry-run).")
        return 0
    try:
        with open_journal(path) as store:
            store.contents.refuse_records()
            import_own(store, contents, photos)
    except BaseException:
        if not existed:
            _remove_new_journal(path)
        raise
    print(f"Imported into {path}.")
    return 0


def _import_copy(path: Path, args: argparse.Namespace) -> int:
    if not args.file.is_file():
        raise CommandFailed(f"there is no file {args.file} to import.")
    with open_journal(path) as store:
        difference = compare_copy(store, args.file)
        print(f"Import of {args.file} into {path}:")
        names = [m.name for m in difference.own_symptoms]
        for line in copy_preview(
            difference.missing, difference.changed, names, difference.more_records
        ):
            print(f"  {line}")
        if args.dry_run or not difference.missing:
            print("Nothing was written" + (" (--dry-run)." if args.dry_run else "."))
            return 0
        back_up_before_import(store)
        added = add_missing_checkins(store, difference)
    print(f"Imported {len(added)} check-ins into {path}; {args.file} is unchanged.")
    return 0


def _remove_new_journal(path: Path) -> None:
    # A journal made for this import and left empty by its failure is not kept.
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _import_peer(path: Path, args: argparse.Namespace, data: bytes, mapping: dict) -> int:
    kind = PeerFormat(args.format)
    with open_journal(path) as store:
        metrics = store.metrics.all(include_archived=True)
        zone = datetime.now().astimezone().tzinfo
        try:
            peer = read_peer(kind, data, metrics, mapping, zone)
        except ImportProblem as problem:
            raise CommandFailed(f"{args.file}: {problem}. Nothing was imported.") from None
        except NotImplementedError:
            missing = f"importing {kind} files is not part of this version yet."
            raise CommandFailed(missing) from None
        sha256 = hashlib.sha256(data).hexdigest()
        refuse_imported_before(store, sha256)  # before a preview of what will not be added
        print(f"Import of {args.file} into {path}:")
        for line in peer_preview(peer):
            print(f"  {line}")
        if args.dry_run:
            print("Nothing was written (--dry-run).")
            return 0
        back_up_before_import(store)
        add_peer_import(store, peer, sha256)
    print(f"Imported {len(peer.checkins)} check-ins into {path}.")
    return 0
