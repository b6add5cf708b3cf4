"""The Qt side of the summary: what the dialog reads from the journal, and where it writes.

What the window holds already (the check-ins, the settings) is taken here, on the UI thread,
as immutable domain data a worker thread may use; the rest of the journal (ten years of doses,
labs and lesion notes) is read by the worker itself, on a read-only connection of its own, so
that the window never waits for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QObject

from journal.care.records import Appointment
from journal.checkin import CheckIn, local_now
from journal.flags import Acknowledgement, Thresholds
from journal.printing.summary_pdf import PhotoLoader
from journal.snapshot import JournalSnapshot
from journal.store.errors import JournalError
from journal.store.files import write_atomically
from journal.store.summary_reads import whole_journal
from journal.summary.request import SummaryRequest
from journal.ui.parts.facade import JournalFacade
from journal.units import UnitPreferences


@dataclass(frozen=True)
class SummaryJob:
    """Everything one summary is made from.

    Attributes:
        journal: the journal file, whose records :meth:`snapshot` reads.
        checkins: every check-in, oldest first, as the window holds them; None while the
            window has not read them all (:meth:`snapshot` reads them then).
        request: what the user asked for.
        thresholds: the red-flag thresholds.
        units: the display units.
        acknowledgements: the red flags the user has looked at.
        made_at: when the summary is made.
        photos: reads a stored photo's bytes by id; safe on a worker thread.
    """

    journal: Path
    checkins: tuple[CheckIn, ...] | None
    request: SummaryRequest
    thresholds: Thresholds
    units: UnitPreferences
    acknowledgements: dict[str, Acknowledgement]
    made_at: datetime
    photos: PhotoLoader

    def snapshot(self) -> JournalSnapshot:
        """The whole journal (the period before is compared, courses began earlier), read
        now on the calling thread's own connection: call it on the worker.

        Raises:
            SummaryReadFailed: the journal could not be read; its message says why.
        """
        try:
            return whole_journal(self.journal, self.checkins)
        except JournalError as exc:
            raise SummaryReadFailed(str(exc)) from exc


class SummaryReadFailed(Exception):
    """The journal could not be read for a summary, said in the store's words (the worker
    that reads it knows no store of its own)."""


class SummaryFacade(QObject):
    """The open journal as the summary dialog sees it."""

    def __init__(self, journal: JournalFacade, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self._store = journal.store

    def appointments(self) -> list[Appointment]:
        """Every appointment recorded, for the period since the last one."""
        return self._store.appointments.all()

    def job(self, request: SummaryRequest, made_at: datetime | None = None) -> SummaryJob:
        """What the summary of ``request`` is made from, taken on the UI thread: the
        check-ins the window holds and the settings; the worker reads the rest."""
        store = self._store
        held = self._journal.checkins() if self._journal.has_all_checkins() else None
        return SummaryJob(
            journal=store.path,
            checkins=None if held is None else tuple(reversed(held)),
            request=request,
            thresholds=store.settings.flag_thresholds(),
            units=self._journal.units(),
            acknowledgements=dict(store.flags.acknowledgements()),
            made_at=made_at or local_now(),
            # The photo rows are read now; the reader then touches files only.
            photos=store.photos.original_reader(),
        )

    def patient(self) -> tuple[str, date | None]:
        """The name and date of birth last given for this journal's summary."""
        return self._store.settings.summary_patient()

    def remember_patient(self, name: str, born: date | None) -> None:
        """Keep the name and date of birth for this journal's next summary."""
        if (name.strip(), born) != self.patient():
            self._store.settings.set_summary_patient(name, born)

    def save_pdf(self, path: Path, data: bytes) -> None:
        """Write the PDF where the user chose, atomically; that folder is left as it is.

        Raises:
            OSError: the file could not be written.
        """
        write_atomically(path, data, own_folder=False)
