"""Everything a journal holds for a period, as plain domain objects.

Analysis (trends, red flags) and documents (the appointment summary, exports) read a
snapshot; they never read the store. The store builds it (``JournalStore.snapshot``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from journal.care.appointments import Question
from journal.care.basdai import BasdaiAnswers
from journal.care.medical_context import MedicalContext
from journal.care.records import Appointment, DoseEvent, Imaging, LabResult, Regimen
from journal.checkin import CheckIn
from journal.lesions.lesion import Lesion, LesionObservation
from journal.metrics import BUILTIN_METRICS, Metric


@dataclass(frozen=True)
class JournalSnapshot:
    """A journal's records, each kind oldest first. Empty tuples where nothing is recorded."""

    checkins: tuple[CheckIn, ...] = ()
    metrics: tuple[Metric, ...] = BUILTIN_METRICS
    lesions: tuple[Lesion, ...] = ()
    lesion_observations: tuple[LesionObservation, ...] = ()
    regimens: tuple[Regimen, ...] = ()
    doses: tuple[DoseEvent, ...] = ()
    labs: tuple[LabResult, ...] = ()
    imaging: tuple[Imaging, ...] = ()
    appointments: tuple[Appointment, ...] = ()
    basdai: tuple[BasdaiAnswers, ...] = ()
    questions: tuple[Question, ...] = ()
    medical_context: MedicalContext = field(default_factory=MedicalContext)

    @property
    def first_day(self) -> date | None:
        """The earliest check-in's local day."""
        return self.checkins[0].local_date if self.checkins else None

    @property
    def last_day(self) -> date | None:
        """The latest check-in's local day."""
        return self.checkins[-1].local_date if self.checkins else None
