"""Our archive: a zip holding ``journal.json`` (everything, versioned) and the photo files.

The layout is described in docs/archive-format.md. Writing is deterministic (sorted keys,
fixed zip dates, photos named by content), so the same journal always gives the same bytes.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from journal.care.medical_context import MedicalContext
from journal.exchange.contents import JournalContents
from journal.exchange.json_text import layered_json
from journal.exchange.peers import ImportProblem
from journal.exchange.record_tables import TABLES, contents_to_tables, tables_to_contents
from journal.translation import translate

ARCHIVE_FORMAT = "symptom-journal-archive"
ARCHIVE_VERSION = 1
JOURNAL_ENTRY = "journal.json"
PHOTOS_FOLDER = "photos/"
# Zip stores local dates; a fixed one keeps the bytes the same from run to run.
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)
_MAX_JSON = 512 * 1024 * 1024


def photo_entry(file_name: str) -> str:
    """The name inside the zip of a stored photo file ("<sha256>.jpg")."""
    return f"{PHOTOS_FOLDER}{file_name}"


def journal_document(contents: JournalContents) -> dict[str, Any]:
    """The JSON document: format, version, and every table."""
    return {
        "format": ARCHIVE_FORMAT,
        "version": ARCHIVE_VERSION,
        **contents_to_tables(contents),
        "medical_context": contents.medical_context.to_dict(),
        "settings": dict(contents.settings),
    }


def journal_json(contents: JournalContents) -> bytes:
    """``journal.json``'s bytes: UTF-8, keys sorted, each table's records one a line."""
    return (layered_json(journal_document(contents)) + "\n").encode("utf-8")


def zip_entry(name: str, compress: bool) -> zipfile.ZipInfo:
    """A zip entry with a fixed date and private permissions."""
    info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
    info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
    info.external_attr = 0o600 << 16
    return info


def pack_zip(
    entries: Iterable[tuple[str, bytes]], progress: Callable[[int], None] | None = None
) -> bytes:
    """A zip of ``entries`` (name, bytes) in the order given; photos are stored as they are.

    Args:
        entries: the files, written in this order.
        progress: called with the count of entries written so far.
    """
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for count, (name, data) in enumerate(entries, 1):
            archive.writestr(zip_entry(name, not name.startswith(PHOTOS_FOLDER)), data)
            if progress:
                progress(count)
    return buffer.getvalue()


def open_zip(data: bytes) -> zipfile.ZipFile:
    """The zip in ``data``.

    Raises:
        ImportProblem: the file is not a zip.
    """
    try:
        return zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        not_zip = translate("Exchange", "this is not a zip file, so not an export of this program")
        raise ImportProblem(0, not_zip) from None


def read_photos(archive: zipfile.ZipFile, contents: JournalContents) -> dict[str, bytes]:
    """Every photo's bytes by content hash, each checked against its hash.

    Raises:
        ImportProblem: a photo missing from the zip, or not the picture its hash names.
    """
    found: dict[str, bytes] = {}
    for photo in contents.photos:
        name = photo_entry(photo.file_name)
        try:
            data = archive.read(name)
        except KeyError:
            missing = translate("Exchange", "the photo {name} is missing from the file")
            raise ImportProblem(0, missing.format(name=name)) from None
        if hashlib.sha256(data).hexdigest() != photo.sha256:
            damaged = translate(
                "Exchange", "the photo {name} is damaged: its content does not match"
            )
            raise ImportProblem(0, damaged.format(name=name))
        found[photo.sha256] = data
    return found


def archive_contents(data: bytes) -> tuple[JournalContents, dict[str, bytes]]:
    """The records and photos in an archive's bytes.

    Raises:
        ImportProblem: not an archive of ours, a newer version, or a record that cannot be
            read (named); nothing is imported.
    """
    archive = open_zip(data)
    try:
        info = archive.getinfo(JOURNAL_ENTRY)
    except KeyError:
        missing = translate("Exchange", "there is no {name} in this zip: it is not our archive")
        raise ImportProblem(0, missing.format(name=JOURNAL_ENTRY)) from None
    if info.file_size > _MAX_JSON:
        too_large = translate("Exchange", "{name} is too large to be a journal")
        raise ImportProblem(0, too_large.format(name=JOURNAL_ENTRY))
    try:
        document = json.loads(archive.read(info).decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        line = getattr(exc, "lineno", 0)
        unreadable = translate("Exchange", "{name} is not readable JSON")
        raise ImportProblem(line, unreadable.format(name=JOURNAL_ENTRY)) from None
    contents = document_contents(document)
    return contents, read_photos(archive, contents)


def document_contents(document: Any) -> JournalContents:
    """The records in a parsed ``journal.json``.

    Raises:
        ImportProblem: the format, version or a record is wrong.
    """
    if not isinstance(document, dict) or document.get("format") != ARCHIVE_FORMAT:
        not_ours = translate("Exchange", "{name} is not a Symptom Journal archive")
        raise ImportProblem(0, not_ours.format(name=JOURNAL_ENTRY))
    version = document.get("version")
    if not isinstance(version, int) or version > ARCHIVE_VERSION or version < 1:
        raise ImportProblem(
            0,
            translate(
                "Exchange",
                "this archive is version {version}; this program reads version {known}. Update "
                "the program to import it.",
            ).format(version=repr(version), known=ARCHIVE_VERSION),
        )
    tables: dict[str, list[tuple[int, Mapping[str, Any]]]] = {}
    for table in TABLES:
        rows = document.get(table, [])
        if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
            raise ImportProblem(0, f"{table} should be a list of records")
        # JSON has no line per record; the record's number says which one.
        tables[table] = [(0, r) for r in rows]
    context = document.get("medical_context", {})
    settings = document.get("settings", {})
    if not isinstance(context, dict) or not isinstance(settings, dict):
        raise ImportProblem(0, "medical_context and settings should be tables")
    return tables_to_contents(tables, MedicalContext.from_dict(context), settings)


def archive_entries(
    contents: JournalContents, photo_bytes: Callable[[str], bytes]
) -> Iterable[tuple[str, bytes]]:
    """The archive's entries: ``journal.json``, then each photo by content hash.

    Args:
        contents: what to write.
        photo_bytes: a stored photo file's bytes, by its file name.
    """
    yield JOURNAL_ENTRY, journal_json(contents)
    for photo in sorted(contents.photos, key=lambda p: p.sha256):
        yield photo_entry(photo.file_name), photo_bytes(photo.file_name)
