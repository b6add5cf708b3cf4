"""The journal's schema, as append-only migrations.

Never edit a migration that has shipped: add a new one at the end. The journal version is
the number of migrations and is written to ``PRAGMA user_version`` so that an older program
can refuse a newer journal without touching it.
"""

from __future__ import annotations

from collections.abc import Callable

from journal.store.database import Database, Migrations

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
def m002_lesions(db: Database) -> None:
    """Lesions, their observations over time, photos, and which photos each observation has.

    Photos are rows apart from observations: the same picture (one content-hash file) may
    belong to several observations. Deleting a lesion deletes its observations and their
    links; a photo row is removed by the store when no observation uses it any more.
    """
    db.execute(
        """
        CREATE TABLE lesions (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            region TEXT NOT NULL,
            side TEXT NOT NULL,
            first_seen TEXT NOT NULL,
            healed_on TEXT
        )
        """
    )
    db.execute("CREATE UNIQUE INDEX lesions_by_name ON lesions (name COLLATE NOCASE)")
    db.execute(
        """
        CREATE TABLE lesion_observations (
            id INTEGER PRIMARY KEY,
            lesion_id INTEGER NOT NULL REFERENCES lesions (id) ON DELETE CASCADE,
            observed_on TEXT NOT NULL,
            size_mm REAL,
            bump_count INTEGER,
            redness INTEGER,
            pus INTEGER NOT NULL DEFAULT 0,
            crusting TEXT NOT NULL DEFAULT 'none',
            warmth INTEGER NOT NULL DEFAULT 0,
            swelling INTEGER NOT NULL DEFAULT 0,
            pain INTEGER,
            dark_marks INTEGER NOT NULL DEFAULT 0,
            note TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        "CREATE INDEX lesion_observations_by_lesion ON lesion_observations (lesion_id, observed_on)"
    )
    db.execute(
        """
        CREATE TABLE photos (
            id INTEGER PRIMARY KEY,
            sha256 TEXT NOT NULL UNIQUE,
            extension TEXT NOT NULL,
            taken_on TEXT NOT NULL,
            original_name TEXT NOT NULL DEFAULT '',
            width INTEGER NOT NULL,
            height INTEGER NOT NULL
        )
        """
    )
    db.execute(
        """
        CREATE TABLE observation_photos (
            observation_id INTEGER NOT NULL
                REFERENCES lesion_observations (id) ON DELETE CASCADE,
            photo_id INTEGER NOT NULL REFERENCES photos (id) ON DELETE RESTRICT,
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (observation_id, photo_id)
        ) WITHOUT ROWID
        """
    )
    db.execute("CREATE INDEX observation_photos_by_photo ON observation_photos (photo_id)")


@migration
def m003_care_record(db: Database) -> None:
    """Medicines and their doses, lab results, imaging, appointments with their questions,
    and BASDAI answers. The medical context is one JSON value in ``settings``."""
    db.execute(
        """
        CREATE TABLE regimens (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            dose REAL NOT NULL CHECK (dose > 0),
            dose_unit TEXT NOT NULL,
            route TEXT NOT NULL,
            purpose TEXT NOT NULL,
            start_day TEXT NOT NULL,
            end_day TEXT,
            times_per_day INTEGER,
            planned_length TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        """
        CREATE TABLE doses (
            id INTEGER PRIMARY KEY,
            regimen_id INTEGER NOT NULL REFERENCES regimens (id) ON DELETE CASCADE,
            local_time TEXT NOT NULL,
            utc_offset_min INTEGER NOT NULL,
            status TEXT NOT NULL,
            side_effects TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute("CREATE INDEX doses_by_regimen ON doses (regimen_id, local_time)")
    db.execute(
        """
        CREATE TABLE lab_results (
            id INTEGER PRIMARY KEY,
            test TEXT NOT NULL,
            taken_on TEXT NOT NULL,
            value REAL,
            unit TEXT NOT NULL DEFAULT '',
            text TEXT NOT NULL DEFAULT '',
            reference_low REAL,
            reference_high REAL
        )
        """
    )
    db.execute("CREATE INDEX lab_results_by_day ON lab_results (taken_on)")
    db.execute(
        """
        CREATE TABLE imaging (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL,
            done_on TEXT NOT NULL,
            result TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        """
        CREATE TABLE appointments (
            id INTEGER PRIMARY KEY,
            local_time TEXT NOT NULL,
            utc_offset_min INTEGER NOT NULL,
            clinician TEXT NOT NULL DEFAULT '',
            place TEXT NOT NULL DEFAULT '',
            outcome TEXT NOT NULL DEFAULT ''
        )
        """
    )
    db.execute(
        """
        CREATE TABLE appointment_questions (
            id INTEGER PRIMARY KEY,
            appointment_id INTEGER REFERENCES appointments (id) ON DELETE SET NULL,
            text TEXT NOT NULL,
            done INTEGER NOT NULL DEFAULT 0,
            position INTEGER NOT NULL DEFAULT 0
        )
        """
    )
    db.execute(
        """
        CREATE TABLE basdai (
            id INTEGER PRIMARY KEY,
            taken_on TEXT NOT NULL,
            fatigue REAL NOT NULL,
            back_pain REAL NOT NULL,
            peripheral REAL NOT NULL,
            tenderness REAL NOT NULL,
            stiffness_severity REAL NOT NULL,
            stiffness_duration REAL NOT NULL,
            patient_global REAL
        )
        """
    )


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


@migration
def m005_dose_times(db: Database) -> None:
    """The times of day a medicine's doses are due, as "08:00,20:00"; empty for a medicine
    taken as needed, and for those saved before times could be set (their doses are spread
    evenly over the day, as they were)."""
    db.execute("ALTER TABLE regimens ADD COLUMN dose_times TEXT NOT NULL DEFAULT ''")


@migration
def m006_imports(db: Database) -> None:
    """Files imported from other trackers, by the SHA-256 of their bytes, so that the same
    file brought in twice is recognised and adds nothing the second time."""
    db.execute(
        """
        CREATE TABLE imported_files (
            sha256 TEXT PRIMARY KEY,
            format TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            checkins INTEGER NOT NULL
        ) WITHOUT ROWID
        """
    )


@migration
def m007_file_key(db: Database) -> None:
    """The key the journal's files (photos, thumbnails) are sealed with, once encryption is
    turned on: random, and kept inside the encrypted database, so that changing the
    passphrase re-keys the database alone. Empty in a journal that is not encrypted."""
    db.execute(
        """
        CREATE TABLE file_key (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            key BLOB NOT NULL
        )
        """
    )


@migration
def m008_observations_without_metric_index(db: Database) -> None:
    """No index of observations by metric.

    The one query it served, a metric's values over a span of days (the Trends page), is as
    fast without it: SQLite walks the check-ins' index of times and looks each value up by
    the observations' own key. Yet it was nearly half the file: every check-in saved wrote
    a second entry per value, and the integrity check on each open (ten years: 317,000
    values) spent two thirds of its time on it, 350 ms of the start against 100 ms without.
    """
    db.execute("DROP INDEX IF EXISTS observations_by_metric")
