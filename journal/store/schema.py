"""The journal's schema, as append-only migrations.

Never edit a migration that has shipped: add a new one at the end. The journal version is
the number of migrations and is written to ``PRAGMA user_version`` so that an older program
can refuse a newer journal without touching it.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("symptom_journal")
_names: list[str] = []


def migration(fn: Callable[[Database], None]) -> Callable[[Database], None]:
    """Register ``fn`` as the next migration."""
    _names.append(fn.__name__)
    return migrations()(fn)


def schema_version() -> int:
    """The journal version this program writes: the number of migrations it knows."""
    return len(_names)


@migration
def m001_checkins(db: Database) -> None:
    """Check-ins, a catalogue of metrics, and one observation per metric per check-in."""
    db.execute(
        """
        CREATE TABLE metrics (
            key TEXT PRIMARY KEY,
            label TEXT NOT NULL,
            kind TEXT NOT NULL,
            grp TEXT NOT NULL,
            unit TEXT NOT NULL DEFAULT '',
            minimum REAL NOT NULL,
            maximum REAL NOT NULL,
            builtin INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL DEFAULT 0,
            archived INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    db.execute(
        """
        CREATE TABLE checkins (
            id INTEGER PRIMARY KEY,
            local_time TEXT NOT NULL,
            utc_offset_min INTEGER NOT NULL,
            utc_time TEXT NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            show_doctor INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    db.execute("CREATE INDEX checkins_by_utc_time ON checkins (utc_time)")
    db.execute(
        """
        CREATE TABLE observations (
            checkin_id INTEGER NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
            metric TEXT NOT NULL REFERENCES metrics (key),
            value REAL NOT NULL,
            PRIMARY KEY (checkin_id, metric)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX observations_by_metric ON observations (metric, checkin_id)")
    db.execute(
        """
        CREATE TABLE checkin_choices (
            checkin_id INTEGER NOT NULL REFERENCES checkins (id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            choice TEXT NOT NULL,
            PRIMARY KEY (checkin_id, field, choice)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migration
def m004_flags(db: Database) -> None:
    """Acknowledged red flags: a flag's stable key (rule and first day), kept on record."""
    db.execute(
        """
        CREATE TABLE flag_acknowledgements (
            rule TEXT NOT NULL,
            first_day TEXT NOT NULL,
            last_day TEXT NOT NULL,
            acknowledged_at TEXT NOT NULL,
            PRIMARY KEY (rule, first_day)
        ) WITHOUT ROWID
        """
    )
