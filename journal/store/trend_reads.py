"""What the trend charts read, on a read-only connection of their own.

The Trends page reads on a worker thread, and a SQLite connection belongs to the thread that
opened it: each reading opens its own, read-only, so it can never write, and closes it. It
reads the metrics' values as columns, by metric, rather than building every check-in, and
leaves out the dose log, which no chart draws.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from pathlib import Path

import numpy as np
from sqlite_utils import Database

from journal.charts.series import Readings
from journal.snapshot import JournalSnapshot
from journal.store.appointments import AppointmentStore
from journal.store.basdai import BasdaiStore
from journal.store.engine import connect
from journal.store.labs import LabStore
from journal.store.lesions import LesionStore
from journal.store.medicines import MedicineStore
from journal.store.metrics import MetricStore
from journal.store.moments import within_days


class TrendReader:
    """A read-only connection to a journal, for one chart's reading; a context manager.

    Made, used and closed on one thread.
    """

    def __init__(self, path: Path) -> None:
        self._conn = connect(Path(path), read_only=True)
        self._db = Database(self._conn, execute_plugins=False)

    def __enter__(self) -> TrendReader:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    def first_day(self) -> date | None:
        """The local day of the earliest check-in, or None in an empty journal."""
        row = self._conn.execute("SELECT min(local_time) FROM checkins").fetchone()
        return date.fromisoformat(row[0][:10]) if row and row[0] else None

    def readings(self, keys: Iterable[str], first: date, last: date) -> dict[str, Readings]:
        """The values of the metrics ``keys`` recorded from ``first`` to ``last``, by metric.

        Oldest check-in first (the order of :meth:`CheckInStore.between`, reversed).
        """
        clauses, params = within_days("c.local_time", first, last)
        found = {}
        for key in keys:
            rows = self._conn.execute(
                "SELECT substr(c.local_time, 1, 10), c.id, o.value FROM observations o "
                "JOIN checkins c ON c.id = o.checkin_id "
                f"WHERE o.metric = ? AND {' AND '.join(clauses)} "
                "ORDER BY c.utc_time, c.id",
                [key, *params],
            ).fetchall()
            if not rows:
                found[key] = Readings(
                    np.array([], dtype="datetime64[D]"), np.array([]), np.array([], np.int64)
                )
                continue
            days, ids, values = zip(*rows, strict=True)
            found[key] = Readings(
                np.array(days, dtype="datetime64[D]"),
                np.array(values, dtype=float),
                np.array(ids, dtype=np.int64),
            )
        return found

    def records(self, first: date, last: date) -> JournalSnapshot:
        """Everything but the check-ins and doses from ``first`` to ``last``, as
        :meth:`JournalStore.snapshot` gives it: what the charts draw besides the metrics."""
        db = self._db
        lesions = LesionStore(db)
        return JournalSnapshot(
            checkins=(),
            metrics=tuple(MetricStore(db).all()),
            regimens=tuple(MedicineStore(db).all()),
            labs=tuple(LabStore(db).all(first, last)),
            appointments=tuple(AppointmentStore(db).all(first, last)),
            basdai=tuple(BasdaiStore(db).all(first, last)),
            lesions=tuple(
                sorted(
                    (
                        x
                        for x in lesions.lesions()
                        if x.first_seen <= last and (x.healed_on is None or x.healed_on >= first)
                    ),
                    key=lambda x: (x.first_seen, x.id),
                )
            ),
            lesion_observations=tuple(lesions.observations(first=first, last=last)),
        )
