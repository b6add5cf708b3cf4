"""Writing an export to the file the user chose, and importing our own formats.

The mapping is pure (:mod:`journal.exchange`); here are the files: the journal's photos
read, the export written atomically (never half a file), the import added in one
transaction after a backup.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from journal.exchange.archive import pack_zip
from journal.exchange.contents import JournalContents
from journal.exchange.formats import ExportFormat, own_export_entries
from journal.exchange.json_text import layered_json
from journal.store.backups import backup_now
from journal.store.files import write_atomically
from journal.store.journal_contents import Progress
from journal.store.journal_store import JournalStore


@dataclass(frozen=True)
class ExportReceipt:
    """What an export wrote.

    Attributes:
        path: the file.
        size: its bytes.
        counts: how many records of each kind it holds (empty for FHIR).
    """

    path: Path
    size: int
    counts: Mapping[str, int]


def export_contents(
    store: JournalStore, first: date | None = None, last: date | None = None
) -> JournalContents:
    """Everything the journal holds, of the days ``first`` to ``last`` when given."""
    return store.contents.read().between(first, last)


def export_bytes(
    store: JournalStore,
    kind: ExportFormat,
    first: date | None = None,
    last: date | None = None,
    bom: bool = False,
    progress: Progress | None = None,
) -> tuple[bytes, Mapping[str, int]]:
    """An export's bytes and, for our own formats, what it holds.

    Args:
        store: the open journal.
        kind: archive, CSV or FHIR.
        first: the first day, or None for the beginning.
        last: the last day, or None for the end.
        bom: CSV files start with a byte-order mark.
        progress: called with (files done, files in all).
    """
    if kind is ExportFormat.FHIR:
        from journal.exchange.fhir import encoded_bundle

        bundle = encoded_bundle(store.snapshot(first, last), datetime.now().astimezone())
        # One Observation a line (see journal.exchange.json_text).
        return (layered_json(bundle) + "\n").encode("utf-8"), {}
    contents = export_contents(store, first, last)
    entries = list(own_export_entries(kind, contents, store.contents.photo_bytes, bom))
    total = len(entries)
    return pack_zip(entries, (lambda n: progress(n, total)) if progress else None), (
        contents.counts()
    )


def write_export(
    store: JournalStore,
    kind: ExportFormat,
    out: Path,
    first: date | None = None,
    last: date | None = None,
    bom: bool = False,
    progress: Progress | None = None,
) -> ExportReceipt:
    """Write an export to ``out`` (a folder of the user's), whole or not at all.

    Raises:
        OSError: the file cannot be written there.
    """
    data, counts = export_bytes(store, kind, first, last, bom, progress)
    write_atomically(Path(out), data, own_folder=False)
    return ExportReceipt(Path(out), len(data), counts)


def back_up_before_import(store: JournalStore) -> None:
    """Back the journal up before an import changes it: the one place every import calls."""
    backup_now(store, "before import")


def import_own(
    store: JournalStore,
    contents: JournalContents,
    photos: Mapping[str, bytes],
    progress: Progress | None = None,
) -> None:
    """Add an export of ours to this empty journal, after a backup: all of it, or nothing.

    Raises:
        JournalNotEmpty: the journal holds records; nothing was changed.
        ImportFailed: a record could not be written; nothing was kept.
    """
    # Refused before the backup: nothing will change, so there is nothing to keep.
    store.contents.refuse_records()
    back_up_before_import(store)
    store.contents.add_all(contents, photos, progress)
