"""The metric catalogue on disk: built-in metrics and the user's own symptoms."""

from __future__ import annotations

from typing import TYPE_CHECKING

from journal.metrics import BUILTIN_METRICS, Group, Metric, MetricKind

if TYPE_CHECKING:
    from sqlite_utils import Database


def _row(metric: Metric, position: int) -> dict:
    return {
        "key": metric.key,
        "label": metric.source_label,
        "kind": metric.kind.value,
        "grp": metric.group.value,
        "unit": metric.unit,
        "minimum": metric.minimum,
        "maximum": metric.maximum,
        "builtin": int(metric.builtin),
        "position": position,
    }


def _metric(row: dict) -> Metric:
    return Metric(
        key=row["key"],
        source_label=row["label"],
        kind=MetricKind(row["kind"]),
        group=Group(row["grp"]),
        unit=row["unit"],
        minimum=row["minimum"],
        maximum=row["maximum"],
        builtin=bool(row["builtin"]),
        archived=bool(row["archived"]),
    )


class MetricStore:
    """Reads and writes the metric catalogue."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def sync_builtins(self) -> None:
        """Make the stored catalogue match this program's built-in metrics."""
        wanted = [_row(m, i) for i, m in enumerate(BUILTIN_METRICS)]
        columns = ", ".join(wanted[0])
        stored = {
            r["key"]: r for r in self._db.query(f"SELECT {columns} FROM metrics WHERE builtin = 1")
        }
        changed = [r for r in wanted if stored.get(r["key"]) != r]
        if not changed:
            return
        with self._db.atomic():
            self._db["metrics"].upsert_all(changed, pk="key")

    def all(self, include_archived: bool = False) -> list[Metric]:
        """Every metric still in use: built-ins first in form order, then the user's own.

        With ``include_archived``, also the user's retired symptoms, whose values stay in
        old check-ins.
        """
        where = "" if include_archived else "WHERE archived = 0"
        rows = self._db.query(f"SELECT * FROM metrics {where} ORDER BY builtin DESC, position, key")
        return [_metric(r) for r in rows]

    def set_archived(self, key: str, archived: bool) -> Metric:
        """Retire one of the user's own symptoms from the check-in, or bring it back.

        Returns:
            The symptom as it is now.

        Raises:
            KeyError: no symptom of the user's own has this key (built-ins stay).
        """
        with self._db.atomic():
            cursor = self._db.execute(
                "UPDATE metrics SET archived = ? WHERE key = ? AND builtin = 0",
                [int(archived), key],
            )
            if cursor.rowcount != 1:
                raise KeyError(f"no symptom of your own called {key!r}")
        row = next(self._db.query("SELECT * FROM metrics WHERE key = ?", [key]))
        return _metric(row)

    def add_custom(self, metric: Metric) -> Metric:
        """Add one of the user's own symptoms to the catalogue."""
        position = self._db.execute(
            "SELECT COALESCE(MAX(position), 0) + 1 FROM metrics WHERE builtin = 0"
        ).fetchone()[0]
        with self._db.atomic():
            self._db["metrics"].insert(_row(metric, position), pk="key")
        return metric
