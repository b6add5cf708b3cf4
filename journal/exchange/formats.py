"""The formats a journal is exported to and imported from, by the names the user types."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from enum import StrEnum

from journal.exchange.archive import archive_contents, archive_entries
from journal.exchange.contents import JournalContents
from journal.exchange.csv_tables import csv_contents, export_entries
from journal.exchange.peers import PeerFormat
from journal.translation import QT_TRANSLATE_NOOP, translate


class ExportFormat(StrEnum):
    """What an export writes."""

    ARCHIVE = "archive"  # everything, lossless: a zip of journal.json and the photos
    CSV = "csv"  # everything, lossless: a zip of CSV files and the photos
    FHIR = "fhir"  # HL7 FHIR R4 JSON for health records: the observations

    @property
    def suffix(self) -> str:
        """The file name's ending a new export gets."""
        return ".json" if self is ExportFormat.FHIR else ".zip"

    @property
    def label(self) -> str:
        """Plain words for a list of formats, in the user's language."""
        return translate("Exchange", _EXPORT_LABELS[self])


_EXPORT_LABELS = {
    ExportFormat.ARCHIVE: QT_TRANSLATE_NOOP(
        "Exchange", "Archive (everything, to move or keep the journal)"
    ),
    ExportFormat.CSV: QT_TRANSLATE_NOOP("Exchange", "CSV files for a spreadsheet (everything)"),
    ExportFormat.FHIR: QT_TRANSLATE_NOOP("Exchange", "HL7 FHIR for health records (observations)"),
}

# Our own formats read back what we wrote: names as the command line takes them.
OWN_IMPORT_FORMATS = (ExportFormat.ARCHIVE.value, ExportFormat.CSV.value)
# Another copy of this same journal, as a sync leaves beside it after a conflict: its
# check-ins missing here are added.
COPY_FORMAT = "copy"
IMPORT_FORMATS = (*OWN_IMPORT_FORMATS, *(p.value for p in PeerFormat), COPY_FORMAT)

IMPORT_LABELS = {
    "archive": QT_TRANSLATE_NOOP("Exchange", "Archive of this program"),
    "csv": QT_TRANSLATE_NOOP("Exchange", "CSV export of this program"),
    PeerFormat.TRACK_AND_GRAPH.value: QT_TRANSLATE_NOOP("Exchange", "Track & Graph (CSV)"),
    PeerFormat.FLAREDOWN.value: QT_TRANSLATE_NOOP("Exchange", "Flaredown (CSV)"),
    PeerFormat.BEARABLE.value: QT_TRANSLATE_NOOP("Exchange", "Bearable (CSV)"),
    COPY_FORMAT: QT_TRANSLATE_NOOP("Exchange", "Another copy of this journal (a conflicted copy)"),
}
"""Each import format's English words: show them with :func:`import_label`."""


def import_label(kind: str) -> str:
    """An import format in plain words, in the user's language."""
    return translate("Exchange", IMPORT_LABELS[kind])


def own_export_entries(
    kind: ExportFormat,
    contents: JournalContents,
    photo_bytes: Callable[[str], bytes],
    bom: bool = False,
) -> Iterable[tuple[str, bytes]]:
    """The zip entries of an archive or CSV export.

    Args:
        kind: archive or CSV.
        contents: what to write.
        photo_bytes: a stored photo file's bytes, by its file name.
        bom: start each CSV file with a byte-order mark (for spreadsheet programs).
    """
    if kind is ExportFormat.ARCHIVE:
        return archive_entries(contents, photo_bytes)
    if kind is ExportFormat.CSV:
        return export_entries(contents, photo_bytes, bom)
    raise ValueError(f"{kind} is not one of our own formats")


def read_own_export(kind: str, data: bytes) -> tuple[JournalContents, dict[str, bytes]]:
    """The records and photos in an archive or CSV export of ours.

    Raises:
        ImportProblem: the file cannot be imported; nothing is.
    """
    return archive_contents(data) if kind == ExportFormat.ARCHIVE else csv_contents(data)
