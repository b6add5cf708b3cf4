"""An open journal: one SQLite file and the stores for what it holds."""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from journal.checkin import CheckIn
from journal.store.appointments import AppointmentStore
from journal.store.basdai import BasdaiStore
from journal.store.checkins import CheckInStore
from journal.store.connection import open_database
from journal.store.demo_state import FINGERPRINT_KEY, content_fingerprint
from journal.store.encryption import resume as resume_encryption_change
from journal.store.errors import JournalDamaged
from journal.store.flags import FlagStore
from journal.store.imported_files import ImportedFileStore
from journal.store.interrupted_writes import finish_interrupted_write
from journal.store.journal_lock import JournalLock
from journal.store.labs import LabStore
from journal.store.lesion_deletes import LesionDeletes
from journal.store.lesions import LesionStore
from journal.store.medical_context import MedicalContextStore
from journal.store.medicines import MedicineStore
from journal.store.metrics import MetricStore
from journal.store.permissions import (
    contents_private_in_parts,
    make_private,
    not_private_message,
)
from journal.store.photos import PhotoStore
from journal.store.read_only_traces import present_sidecars, remove_sidecars_made
from journal.store.sealed_files import stored_file_key
from journal.store.settings import SettingsStore

if TYPE_CHECKING:
    from journal.snapshot import JournalSnapshot
    from journal.store.journal_contents import ContentsStore


class JournalStore:
    """An open journal file.

    Attributes:
        path: the SQLite file.
        not_private: files of the journal that others may read and that could not be made
            private on opening (another user owns them); empty as a rule.
        metrics: the metric catalogue.
        checkins: check-ins and their observations.
        settings: per-journal settings (units, draft, thresholds).
        flags: acknowledged red flags.
        medicines: medicines (regimens) and the dose log.
        labs: lab results and imaging.
        appointments: appointments and their questions.
        basdai: weekly BASDAI questionnaires.
        medical_context: the context for the doctor, kept once.
        lesions: skin lesions and their observations.
        photos: lesion photos (files beside the journal) and their observations.
        lesion_deletes: deleting lesions and observations, and undoing that.
        imported_files: the files imported from other trackers, by their SHA-256.
        contents: everything at once, for exports and for imports into an empty journal.
    """

    def __init__(self, path: Path, tidy_later: bool = False) -> None:
        """Open the journal at ``path``; see :func:`open_journal`."""
        self.path = Path(path)
        # Before SQLite opens it: its -wal and -shm are made with the journal's own mode.
        # What the photo and backup folders hold may wait (tidy_later): the folders are
        # private from here on, and nobody else reaches a file but through its folder.
        self.not_private = make_private(self.path, contents=not tidy_later)
        sidecars = present_sidecars(self.path)  # a look at a damaged file adds none
        # A write cut off by a crash is finished first: left, it would read as damage.
        finish_interrupted_write(self.path)
        # So is an encryption change a crash cut off: the journal is the old or the new one.
        resume_encryption_change(self.path)
        try:
            self._db = open_database(self.path)
        except JournalDamaged as damaged:
            from journal.store.backup_restore import offer_backup

            remove_sidecars_made(self.path, sidecars)
            # Never written to; moved aside only when a good backup can take its place.
            raise offer_backup(damaged) from damaged
        self._lock = JournalLock(self.path)
        self.metrics = MetricStore(self._db)
        self.metrics.sync_builtins()
        # Old check-ins keep the values of retired symptoms, so they are checked against all.
        self.checkins = CheckInStore(self._db, lambda: self.metrics.all(include_archived=True))
        self.settings = SettingsStore(self._db)
        self.flags = FlagStore(self._db)
        self.medicines = MedicineStore(self._db)
        self.labs = LabStore(self._db)
        self.appointments = AppointmentStore(self._db)
        self.basdai = BasdaiStore(self._db)
        self.medical_context = MedicalContextStore(self.settings)
        self.lesions = LesionStore(self._db)
        # Sealed under the journal's file key when it is encrypted.
        file_key = stored_file_key(self._db)
        self.photos = PhotoStore(self._db, self.path, self.lesions, file_key)
        self.lesion_deletes = LesionDeletes(self._db, self.lesions)
        self.imported_files = ImportedFileStore(self._db)
        self._file_key = file_key
        self._contents: ContentsStore | None = None
        self._backed_up_at = self._db.conn.total_changes
        self._tidying = contents_private_in_parts(self.path) if tidy_later else None
        # The photos in use now, which a purge later keeps though deleted meanwhile: their
        # deletes may still be undone.
        self._used_at_open = self.photos.used_names() if tidy_later else frozenset()
        if not tidy_later:
            self._purge_unused_photos()

    def _purge_unused_photos(self) -> None:
        # Unused photo files go only when no other process (a second window, the command
        # line) has the journal open: it may still undo a delete that needs them.
        if self._lock.alone():
            self.photos.purge_unused(keep=self._used_at_open)

    def is_tidy(self) -> bool:
        """True once nothing an open with ``tidy_later`` left is left (:meth:`tidy_next`)."""
        return self._tidying is None

    def tidy_next(self) -> bool:
        """One part of what an open with ``tidy_later`` left; True once nothing is left.

        First the files inside the photo and backup folders are made private, some hundreds
        per call (those that cannot be join :attr:`not_private`), then the photo files no
        photo uses are deleted. The window calls it after its first paint, a part per turn
        of its event loop.
        """
        if self._tidying is None:
            return True
        failed = next(self._tidying, None)
        if failed is None:
            self._tidying = None
            self._purge_unused_photos()
            return True
        if failed:
            self.not_private = [*self.not_private, *failed]
        return False

    @property
    def contents(self) -> ContentsStore:
        """Everything at once, for exports and imports (made on first use: opening a journal
        for the window needs none of the exchange's code)."""
        if self._contents is None:
            from journal.store.journal_contents import ContentsStore

            self._contents = ContentsStore(self._db, self.path, self._file_key)
        return self._contents

    def privacy_warning(self) -> str | None:
        """A sentence about :attr:`not_private`, or None when every file is private."""
        return not_private_message(self.not_private) if self.not_private else None

    def changed_since_backup(self) -> bool:
        """True when this connection has written anything since it opened or last backed up.

        Counted by SQLite (``total_changes``), so asking costs nothing, unlike hashing the
        journal; a draft kept while typing counts too.
        """
        return self._db.conn.total_changes != self._backed_up_at

    def mark_backed_up(self) -> None:
        """Note that a backup holds everything written so far."""
        self._backed_up_at = self._db.conn.total_changes

    def snapshot(
        self,
        first: date | None = None,
        last: date | None = None,
        checkins: Sequence[CheckIn] | None = None,
    ) -> JournalSnapshot:
        """Everything recorded from ``first`` to ``last`` (inclusive), oldest first.

        Args:
            first: the first day, or None for the beginning.
            last: the last day, or None for the end.
            checkins: the period's check-ins oldest first, when the caller already holds
                them; read from the file otherwise.
        """
        if checkins is None:
            checkins = list(reversed(self.checkins.between(first, last)))
        from journal.snapshot import JournalSnapshot  # not needed to open a journal

        return JournalSnapshot(
            checkins=tuple(checkins),
            metrics=tuple(self.metrics.all()),
            # The care record: medicines are whole courses, so every one is included and
            # analysis shades the part within the period.
            regimens=tuple(self.medicines.all()),
            doses=tuple(self.medicines.doses(first, last)),
            labs=tuple(self.labs.all(first, last)),
            imaging=tuple(self.labs.imaging(first, last)),
            appointments=tuple(self.appointments.all(first, last)),
            basdai=tuple(self.basdai.all(first, last)),
            questions=tuple(self.appointments.all_questions()),
            medical_context=self.medical_context.get(),
            lesions=tuple(
                sorted(
                    (
                        x
                        for x in self.lesions.lesions()
                        if (last is None or x.first_seen <= last)
                        and (first is None or x.healed_on is None or x.healed_on >= first)
                    ),
                    key=lambda x: (x.first_seen, x.id),
                )
            ),
            lesion_observations=tuple(self.lesions.observations(first=first, last=last)),
        )

    def atomic(self) -> AbstractContextManager[object]:
        """One transaction over several stores' writes (an import): all of them or none."""
        return self._db.atomic()

    def fingerprint(self) -> str:
        """A hash of everything the journal holds (for the demo: has the user changed it?)."""
        return content_fingerprint(self._db)

    def demo_changed(self) -> bool:
        """True for a demo that holds something the user saved or typed in it since built."""
        built = self.settings.get(FINGERPRINT_KEY)
        return built is not None and built != self.fingerprint()

    def close(self) -> None:
        """Close the file; later calls on this object fail."""
        self._db.close()
        self._lock.release()

    def __enter__(self) -> JournalStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_journal(path: Path, tidy_later: bool = False) -> JournalStore:
    """Open (creating if needed) the journal at ``path``.

    Args:
        path: the journal file.
        tidy_later: leave making the photos and backups private, and deleting photo files
            no photo uses, to :meth:`JournalStore.tidy_next` (the window, after its first
            paint: on years of photos they are thousands of files).

    Raises:
        JournalTooNew: written by a newer program; left untouched.
        JournalDamaged: not a readable journal, never written to. When a backup that passes
            the check exists, the file is renamed aside (``….damaged-DATE``, kept) and the
            error names it and the backup (``set_aside``, ``backup``); otherwise the file
            is left where it is.
    """
    return JournalStore(path, tidy_later)
