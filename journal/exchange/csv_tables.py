"""Our CSV export: a zip of one CSV file per kind of record, and the photo files.

Check-ins are wide: one column per metric (the built-in ones, then the user's own), with
the local time, its UTC offset in minutes, the pain sites and characters. A text cell that
a spreadsheet would take for a formula (starting with ``=``, ``+``, ``-``, ``@``, a tab or
a carriage return) is written with a ``'`` before it, and so is one that starts with ``'``,
so that reading takes exactly one ``'`` off and nothing is lost. Numbers are written as
numbers ("-2.5"): a spreadsheet reads them as numbers, never as formulas.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import fields
from typing import Any

from journal.care.medical_context import MedicalContext
from journal.exchange.archive import PHOTOS_FOLDER, open_zip, photo_entry, read_photos
from journal.exchange.cells import LIST_SEPARATOR, number_text
from journal.exchange.contents import JournalContents
from journal.exchange.peers import ImportProblem
from journal.exchange.record_tables import HEADERS, TABLES, contents_to_tables, tables_to_contents
from journal.metrics import BUILTIN_METRICS
from journal.translation import translate

CSV_FORMAT = "symptom-journal-csv"
CSV_VERSION = 1
ABOUT_FILE = "about.csv"
CONTEXT_FILE = "medical_context.csv"
SETTINGS_FILE = "settings.csv"
CHECKIN_COLUMNS = (
    "id",
    "local_time",
    "utc_offset_minutes",
    "note",
    "show_doctor",
    "pain_sites",
    "pain_characters",
)
_RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
_MAX_CSV = 512 * 1024 * 1024


def escape_cell(text: str) -> str:
    """Text as a cell no spreadsheet runs as a formula; :func:`unescape_cell` undoes it."""
    return f"'{text}" if text.startswith(_RISKY_STARTS) else text


def unescape_cell(text: str) -> str:
    """The text written by :func:`escape_cell`."""
    return text[1:] if text.startswith("'") else text


def cell(value: Any) -> str:
    """One field as CSV text: numbers as numbers, yes/no as 1/0, lists joined by "; "."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int | float):
        return number_text(value)
    if isinstance(value, list):
        return escape_cell(LIST_SEPARATOR.join(value))
    return escape_cell(str(value))


def table_file(table: str) -> str:
    """The CSV file's name inside the zip for a table."""
    return f"{table}.csv"


def csv_text(header: Iterable[str], rows: Iterable[Iterable[Any]], bom: bool = False) -> bytes:
    """A CSV file's bytes: UTF-8 (with a byte-order mark if asked), CRLF line ends."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(list(header))
    for row in rows:
        writer.writerow([cell(v) for v in row])
    return buffer.getvalue().encode("utf-8-sig" if bom else "utf-8")


def _metric_keys(contents: JournalContents) -> list[str]:
    return [m.key for m in BUILTIN_METRICS] + [m.key for m in contents.metrics]


def csv_files(contents: JournalContents, bom: bool = False) -> list[tuple[str, bytes]]:
    """Every CSV file of the export, by its name in the zip, in the order written."""
    tables = contents_to_tables(contents)
    files = [(ABOUT_FILE, csv_text(("format", "version"), [(CSV_FORMAT, CSV_VERSION)], bom))]
    keys = _metric_keys(contents)
    for table in TABLES:
        rows = tables[table]
        if table == "checkins":
            header = [*CHECKIN_COLUMNS, *keys]
            body = [
                [r[c] for c in CHECKIN_COLUMNS] + [r["values"].get(k) for k in keys] for r in rows
            ]
        else:
            header = list(HEADERS[table])
            body = [[r[c] for c in header] for r in rows]
        files.append((table_file(table), csv_text(header, body, bom)))
    context = contents.medical_context.to_dict()
    files.append((CONTEXT_FILE, csv_text(("field", "value"), context.items(), bom)))
    settings = [(k, _json(v)) for k, v in sorted(contents.settings.items())]
    files.append((SETTINGS_FILE, csv_text(("key", "value"), settings, bom)))
    return files


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def export_entries(
    contents: JournalContents, photo_bytes: Callable[[str], bytes], bom: bool = False
) -> Iterable[tuple[str, bytes]]:
    """The CSV zip's entries: the CSV files, then each photo by content hash."""
    yield from csv_files(contents, bom)
    for photo in sorted(contents.photos, key=lambda p: p.sha256):
        yield photo_entry(photo.file_name), photo_bytes(photo.file_name)


# --- reading ---------------------------------------------------------------------------


def _rows(name: str, data: bytes) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """A CSV file's header and its rows, each with the line it starts on.

    Raises:
        ImportProblem: not UTF-8, or rows that do not fit the header.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        not_text = translate("Exchange", "{name} is not UTF-8 text")
        raise ImportProblem(line, not_text.format(name=name)) from None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
        if not header:
            raise ImportProblem(1, translate("Exchange", "{name} has no header").format(name=name))
        rows = []
        start = reader.line_num + 1
        for values in reader:
            if values:
                if len(values) != len(header):
                    raise ImportProblem(
                        start,
                        translate(
                            "Exchange", "{name} has {cells} cells here and {header} in its header"
                        ).format(name=name, cells=len(values), header=len(header)),
                    )
                rows.append((start, dict(zip(header, map(unescape_cell, values), strict=True))))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise ImportProblem(reader.line_num, f"{name}: {exc}") from None
    return header, rows


def csv_contents(data: bytes) -> tuple[JournalContents, dict[str, bytes]]:
    """The records and photos in our CSV export (a zip).

    Raises:
        ImportProblem: not our CSV export, a newer version, or a cell that cannot be read
            (named by file and line); nothing is imported.
    """
    archive = open_zip(data)
    names = set(archive.namelist())

    def read(name: str, required: bool = False) -> tuple[list[str], list]:
        if name not in names:
            if required:
                missing = translate(
                    "Exchange", "there is no {name} in this zip: not our CSV export"
                )
                raise ImportProblem(0, missing.format(name=name))
            return [], []
        if archive.getinfo(name).file_size > _MAX_CSV:
            too_large = translate("Exchange", "{name} is too large to be part of a journal")
            raise ImportProblem(0, too_large.format(name=name))
        return _rows(name, archive.read(name))

    _, about = read(ABOUT_FILE, required=True)
    if not about or about[0][1].get("format") != CSV_FORMAT:
        unnamed = translate("Exchange", "{name} does not name the format {format}")
        raise ImportProblem(2, unnamed.format(name=ABOUT_FILE, format=CSV_FORMAT))
    version = about[0][1].get("version", "")
    if version != str(CSV_VERSION):
        raise ImportProblem(
            2,
            translate(
                "Exchange",
                "this export is version {version}; this program reads version {known}. Update "
                "the program to import it.",
            ).format(version=repr(version), known=CSV_VERSION),
        )
    tables = {}
    for table in TABLES:
        header, rows = read(table_file(table))
        if table == "checkins":
            rows = [(line, _checkin_cells(header, row)) for line, row in rows]
        tables[table] = rows
    _, context_rows = read(CONTEXT_FILE)
    context = _context(context_rows)
    settings = _settings(read(SETTINGS_FILE)[1])
    contents = tables_to_contents(tables, context, settings)
    return contents, read_photos(archive, contents)


def _checkin_cells(header: list[str], row: Mapping[str, str]) -> dict[str, Any]:
    fixed = {c: row.get(c, "") for c in CHECKIN_COLUMNS if c in row}
    values = {k: v for k, v in row.items() if k not in CHECKIN_COLUMNS and v != ""}
    return {**fixed, "values": values}


def _context(rows: list[tuple[int, dict[str, str]]]) -> MedicalContext:
    # Yes/no fields were written 1/0; text fields stay text, even one that reads "1".
    kinds = {f.name: f.type for f in fields(MedicalContext)}
    values: dict[str, Any] = {}
    for _, row in rows:
        name, text = row.get("field", ""), row.get("value", "")
        if name in kinds:
            values[name] = text == "1" if kinds[name] == "bool" else text
    return MedicalContext.from_dict(values)


def _settings(rows: list[tuple[int, dict[str, str]]]) -> dict[str, Any]:
    settings = {}
    for line, row in rows:
        try:
            settings[row["key"]] = json.loads(row["value"])
        except (KeyError, json.JSONDecodeError):
            unreadable = translate("Exchange", "{name}: the value is not readable")
            raise ImportProblem(line, unreadable.format(name=SETTINGS_FILE)) from None
    return settings


__all__ = ["PHOTOS_FOLDER", "csv_contents", "csv_files", "escape_cell", "export_entries"]
