"""What the appointment summary reads, on a read-only connection of its own.

The summary is made on a worker thread, and a SQLite connection belongs to the thread that
opened it. Read on the window's thread, ten years of doses, lab results and lesion notes held
the window still for half a second; read here, on the worker's own connection, opened and
closed within one call, the window keeps answering. Read-only, so it can never write.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from sqlite_utils import Database

from journal.checkin import CheckIn
from journal.snapshot import JournalSnapshot
from journal.store import engine
from journal.store.appointments import AppointmentStore
from journal.store.basdai import BasdaiStore
from journal.store.checkins import CheckInStore
from journal.store.faults import JournalConnection, journal_error
from journal.store.labs import LabStore
from journal.store.lesions import LesionStore
from journal.store.medical_context import MedicalContextStore
from journal.store.medicines import MedicineStore
from journal.store.metrics import MetricStore
from journal.store.settings import SettingsStore


def whole_journal(path: Path, checkins: Sequence[CheckIn] | None = None) -> JournalSnapshot:
    """Everything the journal at ``path`` holds, as ``JournalStore.snapshot()`` gives it.

    Args:
        path: the journal file (encrypted ones need their passphrase given already).
        checkins: every check-in oldest first, when the caller holds them already (the
            window does); read from the file otherwise.

    Raises:
        JournalError: the journal could not be read (locked, damaged, the disk failing).
    """
    path = Path(path)
    try:
        # The store's own connection class: a full disk or damage raise the journal's errors.
        conn = engine.connect(path, read_only=True, factory=JournalConnection)
    except engine.dbapi.Error as exc:
        raise (journal_error(exc, path) or exc) from exc
    conn.journal_path = path
    try:
        db = Database(conn, execute_plugins=False)
        metrics = MetricStore(db)
        if checkins is None:
            every_metric = lambda: metrics.all(include_archived=True)  # noqa: E731
            checkins = list(reversed(CheckInStore(db, every_metric).between()))
        medicines, labs = MedicineStore(db), LabStore(db)
        appointments, lesions = AppointmentStore(db), LesionStore(db)
        return JournalSnapshot(
            checkins=tuple(checkins),
            metrics=tuple(metrics.all()),
            regimens=tuple(medicines.all()),
            doses=tuple(medicines.doses()),
            labs=tuple(labs.all()),
            imaging=tuple(labs.imaging()),
            appointments=tuple(appointments.all()),
            basdai=tuple(BasdaiStore(db).all()),
            questions=tuple(appointments.all_questions()),
            medical_context=MedicalContextStore(SettingsStore(db)).get(),
            lesions=tuple(sorted(lesions.lesions(), key=lambda x: (x.first_seen, x.id))),
            lesion_observations=tuple(lesions.observations()),
        )
    finally:
        conn.close()
