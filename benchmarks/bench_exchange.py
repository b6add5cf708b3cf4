"""Exporting each journal as an archive, CSV files and HL7 FHIR, and importing it back.

Ours: the store's own export, written to a file as the command line writes it; and the
archive and CSV exports imported into a new, empty journal (read, checked, added in one
transaction after a backup, photos written). The floors, in the same run, do the plain
version of the same work with sqlite3 and the standard library: every table read and
written as JSON (or CSV) into a zip with the photo files stored; for FHIR, one small JSON
object per value; and for the import, that zip read back and every row inserted into a new
file with the same tables, photos written, one commit.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

from benchmarks.suite import Suite
from benchmarks.timing import Figure, Runs, timed
from journal.exchange.formats import ExportFormat, read_own_export
from journal.store import open_journal
from journal.store.exports import import_own, write_export
from journal.store.photos import photos_folder


def _tables(conn: sqlite3.Connection) -> dict[str, tuple[str, list[str], list[tuple]]]:
    tables = {}
    for name, sql in conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    ):
        cursor = conn.execute(f'SELECT * FROM "{name}"')
        tables[name] = (sql, [d[0] for d in cursor.description], cursor.fetchall())
    return tables


def _raw_export(path: Path, out: Path, as_csv: bool) -> None:
    conn = sqlite3.connect(path)
    tables = _tables(conn)
    conn.close()
    with zipfile.ZipFile(out, "w") as archive:
        if as_csv:
            for name, (_, columns, rows) in tables.items():
                text = io.StringIO()
                writer = csv.writer(text)
                writer.writerow(columns)
                writer.writerows(rows)
                archive.writestr(f"{name}.csv", text.getvalue(), zipfile.ZIP_DEFLATED)
        document = {n: {"sql": t[0], "columns": t[1], "rows": t[2]} for n, t in tables.items()}
        archive.writestr("journal.json", json.dumps(document), zipfile.ZIP_DEFLATED)
        photos = photos_folder(path)
        for photo in sorted(photos.rglob("*")):
            if photo.is_file():
                archive.writestr(f"photos/{photo.relative_to(photos)}", photo.read_bytes())


def _raw_fhir(path: Path, out: Path) -> None:
    conn = sqlite3.connect(path)
    rows = conn.execute(
        "SELECT c.utc_time, o.metric, o.value FROM observations o "
        "JOIN checkins c ON c.id = o.checkin_id"
    ).fetchall()
    conn.close()
    entries = [
        {
            "resource": {
                "resourceType": "Observation",
                "status": "final",
                "code": {"text": m},
                "effectiveDateTime": t,
                "valueQuantity": {"value": v},
            }
        }
        for t, m, v in rows
    ]
    # On one line: with an indent json.dumps runs its pure-Python encoder, many times slower
    # than the plain C one, which is the floor.
    out.write_text(json.dumps({"resourceType": "Bundle", "entry": entries}))


def _raw_import(zipped: Path, path: Path) -> None:
    with zipfile.ZipFile(zipped) as archive:
        document = json.loads(archive.read("journal.json"))
        photos = photos_folder(path)
        photos.mkdir(parents=True, exist_ok=True)
        for name in archive.namelist():
            if name.startswith("photos/"):
                target = photos / name.removeprefix("photos/")
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(archive.read(name))
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    with conn:
        for name, table in document.items():
            conn.execute(table["sql"])
            marks = ", ".join("?" * len(table["columns"]))
            conn.executemany(f'INSERT INTO "{name}" VALUES ({marks})', table["rows"])
    conn.close()


class _Fresh:
    """Numbered new paths in a folder: each import goes into a journal of its own."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.count = 0

    def __call__(self, stem: str) -> Path:
        self.count += 1
        path = self.folder / f"{stem}-{self.count}" / "journal.sqlite"
        path.parent.mkdir(parents=True)
        return path


def run(suite: Suite) -> Iterator[Figure]:
    folder = suite.folder("exchange")
    fresh = _Fresh(folder)
    for journal in suite.journals:
        outputs = {k: folder / f"{journal.days}-{k}{k.suffix}" for k in ExportFormat}
        with open_journal(journal.path) as store:
            for kind, out in outputs.items():
                ours = timed(lambda kind=kind, out=out: write_export(store, kind, out))
                raw = folder / f"raw-{kind}"
                source = journal.path
                if kind is ExportFormat.FHIR:
                    floor = timed(lambda raw=raw, source=source: _raw_fhir(source, raw))
                    floor_name = "sqlite3 read + json.dumps, one object per value"
                else:
                    as_csv = kind is ExportFormat.CSV
                    floor = timed(
                        lambda raw=raw, csv=as_csv, source=source: _raw_export(source, raw, csv)
                    )
                    floor_name = "sqlite3 dump to JSON/CSV + photos, zipped"
                yield Figure(f"export: {kind.value}", journal.label, ours, floor, floor_name)
        raw_zip = folder / f"raw-{ExportFormat.ARCHIVE}"
        floor = timed(lambda raw_zip=raw_zip: _raw_import(raw_zip, fresh("raw")))
        for kind in (ExportFormat.ARCHIVE, ExportFormat.CSV):
            data = outputs[kind].read_bytes()
            seconds = []
            for _ in floor.values:
                target = fresh(str(kind))  # made before the clock starts
                start = time.perf_counter()
                _import(kind, data, target)
                seconds.append(time.perf_counter() - start)
            yield Figure(
                f"import back: {kind.value}",
                journal.label,
                Runs.of(seconds),
                floor,
                "zip read + sqlite3 executemany into the same tables + photos",
            )


def _import(kind: ExportFormat, data: bytes, target: Path) -> None:
    contents, photos = read_own_export(kind.value, data)
    with open_journal(target) as store:
        import_own(store, contents, photos)
