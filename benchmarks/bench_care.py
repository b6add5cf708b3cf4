"""Logging and reading ten years of doses, against raw SQLite doing the same rows."""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from benchmarks.suite import Suite
from benchmarks.timing import Figure, Target, timed
from journal.care.adherence import adherence
from journal.care.records import DoseEvent, DoseStatus, Purpose, Regimen, Route
from journal.store import open_journal

DAYS = 3650
PER_DAY = 4
START = date(2016, 1, 1)
NOW = datetime(2026, 1, 1, 12, tzinfo=timezone(timedelta(hours=1)))


def _regimen() -> Regimen:
    return Regimen(
        "Methotrexate",
        15,
        "mg",
        Route.ORAL,
        Purpose.DMARD_OR_BIOLOGIC,
        START,
        times_per_day=PER_DAY,
    )


def _doses(regimen_id: int) -> list[DoseEvent]:
    first = datetime(2016, 1, 1, 8, tzinfo=NOW.tzinfo)
    return [
        DoseEvent(regimen_id, first + timedelta(days=d, hours=4 * n), DoseStatus.TAKEN)
        for d in range(DAYS)
        for n in range(PER_DAY)
    ]


def _raw_insert(path: Path, doses: list[DoseEvent]) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE d (id INTEGER PRIMARY KEY, r INTEGER, t TEXT, o INTEGER, s TEXT)")
    with conn:
        conn.executemany(
            "INSERT INTO d (r, t, o, s) VALUES (?, ?, ?, ?)",
            [(d.regimen_id, d.at.isoformat(), 60, d.status.value) for d in doses],
        )
    conn.close()


def run(suite: Suite) -> Iterator[Figure]:
    with tempfile.TemporaryDirectory(dir=suite.scratch) as folder:
        counter = iter(range(1000))
        doses = _doses(1)

        def ours() -> None:
            with open_journal(Path(folder) / f"j{next(counter)}.sqlite") as store:
                regimen = store.medicines.add(_regimen())
                # The same doses the floor is given, made before the clock starts: a new
                # journal's first medicine is number 1.
                assert regimen.id == 1
                store.medicines.add_doses(doses, NOW)

        def floor() -> None:
            _raw_insert(Path(folder) / f"r{next(counter)}.sqlite", doses)

        write = Figure(
            "log 10 years of doses, 4 a day",
            "",
            timed(ours),
            timed(floor),
            "raw sqlite3 executemany",
            Target(4.0),
        )
        with open_journal(Path(folder) / "read.sqlite") as store:
            regimen = store.medicines.add(_regimen())
            store.medicines.add_doses(_doses(regimen.id), NOW)

            def read_and_judge() -> None:
                # What the medicines view and the summary do: read the doses, judge adherence.
                adherence(regimen, store.medicines.doses(), START, NOW.date())

            ours_read = timed(read_and_judge)
        raw = sqlite3.connect(Path(folder) / "read.sqlite")
        floor_read = timed(lambda: raw.execute("SELECT * FROM doses").fetchall())
        raw.close()
        read = Figure(
            "read 10 years of doses and their adherence",
            "",
            ours_read,
            floor_read,
            "raw sqlite3 select",
            Target(8.0),
        )
    yield from (write, read)
