"""Everything a journal holds, as plain records: what our archive and CSV carry both ways."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from journal.care.appointments import Question
from journal.care.basdai import BasdaiAnswers
from journal.care.medical_context import MedicalContext
from journal.care.records import Appointment, DoseEvent, Imaging, LabResult, Regimen
from journal.checkin import CheckIn
from journal.lesions.lesion import Lesion, LesionObservation
from journal.lesions.photos import Photo
from journal.metrics import Metric


@dataclass(frozen=True)
class AcknowledgedFlag:
    """A red flag the user has seen, by its rule and first day (the flag's stable key).

    Attributes:
        rule: the rule's key ("fever").
        first_day: the flag's first day.
        last_day: the last day it covered when acknowledged.
        at: when, with its UTC offset, as ISO text.
    """

    rule: str
    first_day: date
    last_day: date
    at: str


@dataclass(frozen=True)
class JournalContents:
    """A whole journal's records, ready to write out or to add to an empty journal.

    Ids are the journal's own while read from a file and the format's numbers (1, 2, …)
    once read from an export; references between records (a dose's medicine, an
    observation's lesion and photos, a question's appointment) use the same ids.

    Attributes:
        metrics: the user's own symptoms, retired ones too, in the form's order (the
            built-in metrics are the program's and are never carried).
        photos: the photo rows the observations use; their bytes travel beside, by hash.
        settings: the settings that matter (units, thresholds, …), key -> JSON value.
    """

    metrics: tuple[Metric, ...] = ()
    checkins: tuple[CheckIn, ...] = ()
    regimens: tuple[Regimen, ...] = ()
    doses: tuple[DoseEvent, ...] = ()
    labs: tuple[LabResult, ...] = ()
    imaging: tuple[Imaging, ...] = ()
    appointments: tuple[Appointment, ...] = ()
    questions: tuple[Question, ...] = ()
    basdai: tuple[BasdaiAnswers, ...] = ()
    medical_context: MedicalContext = field(default_factory=MedicalContext)
    lesions: tuple[Lesion, ...] = ()
    lesion_observations: tuple[LesionObservation, ...] = ()
    photos: tuple[Photo, ...] = ()
    acknowledged_flags: tuple[AcknowledgedFlag, ...] = ()
    settings: Mapping[str, Any] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        """How many records of each kind, in plain words (for a preview)."""
        return {
            "own symptoms": len(self.metrics),
            "check-ins": len(self.checkins),
            "medicines": len(self.regimens),
            "doses": len(self.doses),
            "lab results": len(self.labs),
            "imaging studies": len(self.imaging),
            "appointments": len(self.appointments),
            "questions": len(self.questions),
            "BASDAI questionnaires": len(self.basdai),
            "lesions": len(self.lesions),
            "lesion observations": len(self.lesion_observations),
            "photos": len(self.photos),
            "acknowledged flags": len(self.acknowledged_flags),
            "settings": len(self.settings),
        }

    def between(self, first: date | None, last: date | None) -> JournalContents:
        """The records of the days ``first`` to ``last`` (inclusive; None for open).

        Medicines are whole courses and kept when they overlap the period; lesions too; a
        question stays with its appointment, and open questions always stay.
        """
        if first is None and last is None:
            return self

        def within(day: date) -> bool:
            return (first is None or day >= first) and (last is None or day <= last)

        def overlaps(start: date, end: date | None) -> bool:
            starts_in_time = last is None or start <= last
            return starts_in_time and (first is None or end is None or end >= first)

        regimens = tuple(r for r in self.regimens if overlaps(r.start, r.end))
        kept_regimens = {r.id for r in regimens}
        appointments = tuple(a for a in self.appointments if within(a.at.date()))
        kept_appointments = {a.id for a in appointments}
        lesions = tuple(x for x in self.lesions if overlaps(x.first_seen, x.healed_on))
        kept_lesions = {x.id for x in lesions}
        observations = tuple(
            o
            for o in self.lesion_observations
            if o.lesion_id in kept_lesions and within(o.observed_on)
        )
        used_photos = {p for o in observations for p in o.photo_ids}
        return replace(
            self,
            checkins=tuple(c for c in self.checkins if within(c.local_date)),
            regimens=regimens,
            doses=tuple(
                d for d in self.doses if d.regimen_id in kept_regimens and within(d.at.date())
            ),
            labs=tuple(x for x in self.labs if within(x.taken_on)),
            imaging=tuple(x for x in self.imaging if within(x.done_on)),
            appointments=appointments,
            questions=tuple(
                q
                for q in self.questions
                if q.appointment_id is None or q.appointment_id in kept_appointments
            ),
            basdai=tuple(x for x in self.basdai if within(x.taken_on)),
            lesions=lesions,
            lesion_observations=observations,
            photos=tuple(p for p in self.photos if p.id in used_photos),
            acknowledged_flags=tuple(
                f for f in self.acknowledged_flags if overlaps(f.first_day, f.last_day)
            ),
        )
