"""Saving and reading check-ins, against raw SQLite doing the same rows."""

from __future__ import annotations

import sqlite3
import tempfile
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

from benchmarks.suite import Suite
from benchmarks.timing import Figure, Target, timed
from journal.checkin import CheckIn
from journal.store import open_journal

DAYS = 3650


def _checkins() -> list[CheckIn]:
    start = datetime(2016, 1, 1, 8, tzinfo=timezone(timedelta(hours=1)))
    return [
        CheckIn(
            taken_at=start + timedelta(days=i),
            values={
                "pain_now": float(i % 11),
                "temperature": 36.5 + (i % 15) / 10,
                "stiffness_minutes": float(i % 90),
                "fatigue": float(i % 7),
            },
        )
        for i in range(DAYS)
    ]


def _raw_insert(path: Path, checkins: list[CheckIn]) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE c (id INTEGER PRIMARY KEY, t TEXT)")
    conn.execute("CREATE TABLE o (c INTEGER, m TEXT, v REAL, PRIMARY KEY (c, m)) WITHOUT ROWID")
    with conn:
        for i, c in enumerate(checkins):
            conn.execute("INSERT INTO c VALUES (?, ?)", (i, c.taken_at.isoformat()))
            conn.executemany(
                "INSERT INTO o VALUES (?, ?, ?)", [(i, k, v) for k, v in c.values.items()]
            )
    conn.close()


def run(suite: Suite) -> Iterator[Figure]:
    checkins = _checkins()
    with tempfile.TemporaryDirectory(dir=suite.scratch) as folder:
        counter = iter(range(1000))

        def ours() -> None:
            with open_journal(Path(folder) / f"j{next(counter)}.sqlite") as store:
                store.checkins.add_many(checkins)

        def floor() -> None:
            _raw_insert(Path(folder) / f"r{next(counter)}.sqlite", checkins)

        write = Figure(
            "insert 10 years of daily check-ins",
            "",
            timed(ours),
            timed(floor),
            "raw sqlite3 inserts",
            Target(4.0),
        )
        with open_journal(Path(folder) / "read.sqlite") as store:
            store.checkins.add_many(checkins)
            ours_read = timed(store.checkins.between)
        raw = sqlite3.connect(Path(folder) / "read.sqlite")
        floor_read = timed(
            lambda: raw.execute(
                "SELECT * FROM checkins c JOIN observations o ON o.checkin_id = c.id"
            ).fetchall()
        )
        raw.close()
        read = Figure(
            "read 10 years of check-ins", "", ours_read, floor_read, "raw sqlite3 join", Target(6.0)
        )
    yield from (write, read)
