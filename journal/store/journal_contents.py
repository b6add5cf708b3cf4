"""A whole journal in and out: everything it holds, read at once, or added to an empty one.

Exports read :meth:`ContentsStore.read`; imports of our own formats write with
:meth:`ContentsStore.add_all`, in one transaction, into a journal that holds nothing yet
(the records keep their meaning, never their ids: each gets a new one as it is added).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from concurrent.futures import ThreadPoolExecutor, wait
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from journal.exchange.contents import AcknowledgedFlag, JournalContents
from journal.lesions.photos import Photo
from journal.store.appointments import AppointmentStore
from journal.store.basdai import BasdaiStore
from journal.store.checkins import CheckInStore
from journal.store.engine import dbapi
from journal.store.errors import JournalError
from journal.store.files import remove_file
from journal.store.labs import LabStore
from journal.store.lesions import LesionStore
from journal.store.medical_context import CONTEXT_KEY, MedicalContextStore
from journal.store.medicines import MedicineStore
from journal.store.metrics import MetricStore
from journal.store.photo_rows import PHOTO_COLUMNS, photo_from_row, put_photo
from journal.store.photos import photos_folder
from journal.store.sealed_files import read_plain, write_sealed
from journal.store.settings import SettingsStore
from journal.translation import translate

# Photo files written at once by an import (see ContentsStore._write_photo_files).
_PHOTO_WRITERS = 8

# Settings that are the program's own bookkeeping, not the user's: the unsaved check-in
# draft, and the demo's fingerprint (an imported journal is the user's, never the demo).
# The medical context lives in settings too but travels as its own record.
TRANSIENT_SETTINGS = frozenset({"checkin_draft", "demo_fingerprint", CONTEXT_KEY})

# What makes a journal not empty: any record the user made.
_RECORD_TABLES = (
    "checkins",
    "regimens",
    "lab_results",
    "imaging",
    "appointments",
    "appointment_questions",
    "basdai",
    "lesions",
    "photos",
    "flag_acknowledgements",
)

if TYPE_CHECKING:
    from sqlite_utils import Database
# Tables whose rows may be counted: the records and those that belong to them.
_COUNTED_TABLES = frozenset({*_RECORD_TABLES, "doses", "lesion_observations"})

Progress = Callable[[int, int], None]


class JournalNotEmpty(JournalError):
    """An import of our own formats was given a journal that already holds records."""


class ImportFailed(JournalError):
    """An import could not be written; nothing of it was kept."""


class ContentsStore:
    """Reads a whole journal, and fills an empty one.

    Args:
        db: the journal's connection.
        journal_path: the journal file (its photos are beside it).
    """

    def __init__(self, db: Database, journal_path: Path, file_key: bytes | None = None) -> None:
        self._db = db
        self._path = Path(journal_path)
        self._file_key = file_key
        self._folder = photos_folder(journal_path)
        self._metrics = MetricStore(db)
        self._checkins = CheckInStore(db, lambda: self._metrics.all(include_archived=True))
        self._settings = SettingsStore(db)
        self._medicines = MedicineStore(db)
        self._labs = LabStore(db)
        self._appointments = AppointmentStore(db)
        self._basdai = BasdaiStore(db)
        self._context = MedicalContextStore(self._settings)
        self._lesions = LesionStore(db)

    # --- reading ------------------------------------------------------------------------

    def read(self) -> JournalContents:
        """Everything the journal holds, with the journal's own ids."""
        observations = self._lesions.observations()
        used = {p for o in observations for p in o.photo_ids}
        return JournalContents(
            metrics=tuple(m for m in self._metrics.all(include_archived=True) if not m.builtin),
            checkins=tuple(reversed(self._checkins.between(None, None))),
            regimens=tuple(self._medicines.all()),
            doses=tuple(self._medicines.doses()),
            labs=tuple(self._labs.all()),
            imaging=tuple(self._labs.imaging()),
            appointments=tuple(self._appointments.all()),
            questions=tuple(self._appointments.all_questions()),
            basdai=tuple(self._basdai.all()),
            medical_context=self._context.get(),
            lesions=tuple(self._lesions.lesions()),
            lesion_observations=tuple(observations),
            # A photo no observation uses is one taken off and kept only for undo.
            photos=tuple(p for p in self._photos() if p.id in used),
            acknowledged_flags=self._acknowledged(),
            settings=self._user_settings(),
        )

    def _photos(self) -> list[Photo]:
        rows = self._db.execute(f"SELECT {PHOTO_COLUMNS} FROM photos ORDER BY id").fetchall()
        return [photo_from_row(r) for r in rows]

    def _acknowledged(self) -> tuple[AcknowledgedFlag, ...]:
        rows = self._db.execute(
            "SELECT rule, first_day, last_day, acknowledged_at FROM flag_acknowledgements "
            "ORDER BY rule, first_day"
        ).fetchall()
        day = date.fromisoformat
        return tuple(AcknowledgedFlag(r, day(first), day(last), at) for r, first, last, at in rows)

    def _user_settings(self) -> dict:
        rows = self._db.execute("SELECT key, value FROM settings ORDER BY key").fetchall()
        return {k: json.loads(v) for k, v in rows if k not in TRANSIENT_SETTINGS}

    def photo_bytes(self, file_name: str) -> bytes:
        """A stored photo file's bytes, by its name (content hash and format)."""
        return read_plain(self._folder / file_name)

    def row_count(self, table: str) -> int:
        """How many rows one of the journal's record tables holds.

        Raises:
            ValueError: ``table`` is not one of them.
        """
        if table not in _COUNTED_TABLES:
            raise ValueError(f"not a record table: {table}")
        return int(self._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

    def holds_records(self) -> bool:
        """True when the journal holds anything the user recorded (own symptoms included)."""
        for table in _RECORD_TABLES:
            if self._db.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
                return True
        if self._db.execute("SELECT 1 FROM metrics WHERE builtin = 0 LIMIT 1").fetchone():
            return True
        return not self._context.get().is_empty

    def refuse_records(self) -> None:
        """Refuse a journal that holds records as the target of an import of ours.

        Raises:
            JournalNotEmpty: it holds records; nothing was changed.
        """
        if self.holds_records():
            raise JournalNotEmpty(
                translate(
                    "Store",
                    "{path} already holds records. An export of this program goes into a new, "
                    "empty journal: choose a new journal file for it. Nothing was changed.",
                ).format(path=self._path)
            )

    # --- writing ------------------------------------------------------------------------

    def add_all(
        self,
        contents: JournalContents,
        photos: Mapping[str, bytes],
        progress: Progress | None = None,
    ) -> None:
        """Add everything in ``contents`` to this empty journal: all of it, or nothing.

        Args:
            contents: the records, with the ids of the file they came from.
            photos: each photo's bytes by content hash (checked by the reader).
            progress: called with (steps done, steps in all).

        Raises:
            JournalNotEmpty: the journal already holds records; nothing was written.
            ImportFailed: a record could not be written; nothing was kept.
        """
        self.refuse_records()
        total = len(contents.photos) + 1
        written = self._write_photo_files(contents, photos, progress, total)
        try:
            with self._db.atomic():
                self._add_records(contents)
        except (dbapi.Error, ValueError, LookupError, JournalError) as exc:
            for path in written:
                remove_file(path)
            raise ImportFailed(
                translate(
                    "Store", "the import could not be written ({problem}); nothing was added."
                ).format(problem=exc)
            ) from exc
        except BaseException:
            for path in written:
                remove_file(path)
            raise
        if progress:
            progress(total, total)

    def _write_photo_files(
        self,
        contents: JournalContents,
        photos: Mapping[str, bytes],
        progress: Progress | None,
        total: int,
    ) -> list[Path]:
        """Photo files first (named by content, harmless if the import then fails).

        Several are written at once: each is flushed to disk before it counts as written,
        and the file system flushes files written together in one go, where one at a time
        made two thousand photos wait for two thousand flushes (seconds, not a moment).
        """
        new: dict[Path, bytes] = {}  # each file not there yet, once
        for photo in contents.photos:
            path = self._folder / photo.file_name
            if path not in new and not path.exists():
                new[path] = photos[photo.sha256]
        with ThreadPoolExecutor(max_workers=_PHOTO_WRITERS) as pool:
            futures = {
                path: pool.submit(write_sealed, path, data, self._file_key)
                for path, data in new.items()
            }
            try:
                for position, photo in enumerate(contents.photos, 1):
                    future = futures.get(self._folder / photo.file_name)
                    if future is not None:
                        future.result()
                    if progress:
                        progress(position, total)
            except BaseException:
                for future in futures.values():
                    future.cancel()
                wait(futures.values())
                for path, future in futures.items():
                    if not future.cancelled() and future.exception() is None:
                        remove_file(path)
                raise
        return list(new)

    def _add_records(self, contents: JournalContents) -> None:
        """Every record, new ids for old; the caller holds the one transaction."""
        for metric in contents.metrics:
            self._metrics.add_custom(metric)
            if metric.archived:
                self._metrics.set_archived(metric.key, True)
        # add_many gives every check-in a new id of its own, whatever id it came with.
        self._checkins.add_many(contents.checkins)
        for regimen in contents.regimens:
            doses = [replace(d, id=None) for d in contents.doses if d.regimen_id == regimen.id]
            self._medicines.restore(replace(regimen, id=None), doses)
        for lab in contents.labs:
            self._labs.restore(replace(lab, id=None))
        for imaging in contents.imaging:
            self._labs.restore_imaging(replace(imaging, id=None))
        for appointment in contents.appointments:
            questions = [
                replace(q, id=None)
                for q in contents.questions
                if q.appointment_id == appointment.id
            ]
            self._appointments.restore(replace(appointment, id=None, questions=()), questions)
        for question in contents.questions:
            if question.appointment_id is None:
                self._appointments.restore_question(replace(question, id=None))
        for answers in contents.basdai:
            self._basdai.restore(replace(answers, id=None))
        if not contents.medical_context.is_empty:
            self._context.put(contents.medical_context)
        self._add_lesions(contents)
        self._db.conn.executemany(
            "INSERT INTO flag_acknowledgements (rule, first_day, last_day, acknowledged_at) "
            "VALUES (?, ?, ?, ?)",
            [
                (f.rule, f.first_day.isoformat(), f.last_day.isoformat(), f.at)
                for f in contents.acknowledged_flags
            ],
        )
        for key, value in contents.settings.items():
            if key not in TRANSIENT_SETTINGS:
                self._settings.put(key, value)

    def _add_lesions(self, contents: JournalContents) -> None:
        photo_ids = {p.id: put_photo(self._db, replace(p, id=None)).id for p in contents.photos}
        lesion_ids = {
            x.id: self._lesions.add_lesion(replace(x, id=None)).id for x in contents.lesions
        }
        for observation in contents.lesion_observations:
            saved = self._lesions.insert_observation(
                replace(observation, lesion_id=lesion_ids[observation.lesion_id], id=None)
            )
            self._db.conn.executemany(
                "INSERT INTO observation_photos (observation_id, photo_id, position) "
                "VALUES (?, ?, ?)",
                [(saved.id, photo_ids[p], n) for n, p in enumerate(observation.photo_ids)],
            )
