"""The demo's care record, after seed 000: what was given, measured and asked along the way.

* from day 0, paracetamol and ibuprofen as needed, which do not help much;
* day 21 (diagnosis): blood cultures grow Staphylococcus aureus, the MRI shows vertebral
  osteomyelitis, and six weeks of IV flucloxacillin start;
* CRP and ESR fall week by week; cultures turn negative after a week;
* an infectious diseases appointment near the end of the course, with questions ticked off,
  and a follow-up still to come, with questions being gathered;
* the blood test during the scare is reassuring;
* the context: a tooth abscess in the summer, before the pain began.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from journal.care.appointments import Question
from journal.care.basdai import BasdaiAnswers
from journal.care.medical_context import MedicalContext
from journal.care.records import (
    Appointment,
    DoseEvent,
    DoseStatus,
    Imaging,
    LabResult,
    Purpose,
    Regimen,
    Route,
)
from journal.demo.calendar import COURSE_DAYS, DAYS, DIAGNOSIS_DAY, SCARE_DAYS, SEED

IV, PARACETAMOL, IBUPROFEN = 0, 1, 2
IV_TIMES = (time(6), time(12), time(18), time(23))
# Weekly from diagnosis: (CRP mg/L, ESR mm/h).
WBC_RANGE = {"reference_low": 4.0, "reference_high": 11.0}
WEEKLY_MARKERS = ((148, 92), (96, 78), (61, 64), (38, 51), (22, 40), (12, 31), (7, 24))


@dataclass(frozen=True)
class DemoCare:
    """The demo's care record. A dose's ``regimen_id`` is the index of its medicine in
    ``regimens`` until the demo is written and the medicines get their ids.
    """

    regimens: list[Regimen] = field(default_factory=list)
    doses: list[DoseEvent] = field(default_factory=list)
    labs: list[LabResult] = field(default_factory=list)
    imaging: list[Imaging] = field(default_factory=list)
    appointments: list[tuple[Appointment, list[Question]]] = field(default_factory=list)
    basdai: list[BasdaiAnswers] = field(default_factory=list)
    context: MedicalContext = field(default_factory=MedicalContext)


def _at(start: date, day: int, when: time) -> datetime:
    return datetime.combine(start + timedelta(days=day), when).astimezone()


def _regimens(start: date) -> list[Regimen]:
    return [
        Regimen.course(
            start + timedelta(days=DIAGNOSIS_DAY),
            COURSE_DAYS // 7,
            name="Flucloxacillin",
            dose=2,
            dose_unit="g",
            route=Route.IV,
            purpose=Purpose.ANTIBIOTIC,
            times_per_day=len(IV_TIMES),
            planned_length=f"{COURSE_DAYS // 7} weeks",
            dose_times=IV_TIMES,
        ),
        Regimen("Paracetamol", 1, "g", Route.ORAL, Purpose.PAIN_RELIEF, start),
        Regimen("Ibuprofen", 400, "mg", Route.ORAL, Purpose.ANTI_INFLAMMATORY, start),
    ]


def _doses(start: date, rng: random.Random) -> list[DoseEvent]:
    doses = []
    missed_day = DIAGNOSIS_DAY + 30  # the line blocked one evening
    for day in range(DIAGNOSIS_DAY, DIAGNOSIS_DAY + COURSE_DAYS):
        for when in IV_TIMES:
            missed = day == missed_day and when == IV_TIMES[-1]
            effects = "Nausea" if day in (DIAGNOSIS_DAY + 2, DIAGNOSIS_DAY + 3) else ""
            status = DoseStatus.MISSED if missed else DoseStatus.TAKEN
            doses.append(DoseEvent(IV, _at(start, day, when), status, "" if missed else effects))
    for day in range(DAYS):
        treated = day >= DIAGNOSIS_DAY + 28 and day not in SCARE_DAYS
        paracetamol = 1 if treated else (3 if day < DIAGNOSIS_DAY + 14 else 2)
        for n in range(rng.randint(max(0, paracetamol - 1), paracetamol)):
            doses.append(
                DoseEvent(PARACETAMOL, _at(start, day, time(8 + 5 * n)), DoseStatus.AS_NEEDED)
            )
        if day < DIAGNOSIS_DAY + 14 or day in SCARE_DAYS:
            doses.append(DoseEvent(IBUPROFEN, _at(start, day, time(20, 30)), DoseStatus.AS_NEEDED))
    return doses


def _labs(start: date) -> list[LabResult]:
    labs = [
        LabResult("CRP", start + timedelta(days=DIAGNOSIS_DAY - 2), 131, "mg/L", reference_high=5),
        LabResult("ESR", start + timedelta(days=DIAGNOSIS_DAY - 2), 85, "mm/h", reference_high=20),
    ]
    for week, (crp, esr) in enumerate(WEEKLY_MARKERS):
        on = start + timedelta(days=DIAGNOSIS_DAY + 7 * week)
        labs.append(LabResult("CRP", on, crp, "mg/L", reference_high=5))
        labs.append(LabResult("ESR", on, esr, "mm/h", reference_high=20))
    diagnosis = start + timedelta(days=DIAGNOSIS_DAY)
    staph = "positive: Staphylococcus aureus (sensitive to flucloxacillin)"
    labs += [
        LabResult("WBC", diagnosis, 14.2, "×10⁹/L", **WBC_RANGE),
        LabResult("Blood culture", diagnosis, text=staph),
        LabResult("Blood culture", diagnosis, text=staph),
        LabResult("Blood culture", diagnosis + timedelta(days=7), text="negative"),
        LabResult("WBC", diagnosis + timedelta(days=14), 8.1, "×10⁹/L", **WBC_RANGE),
    ]
    scare = start + timedelta(days=SCARE_DAYS.start + 6)
    labs += [
        LabResult("CRP", scare, 6, "mg/L", reference_high=5),
        LabResult("ESR", scare, 19, "mm/h", reference_high=20),
        LabResult("WBC", scare, 6.9, "×10⁹/L", **WBC_RANGE),
    ]
    return labs


def _appointments(start: date) -> list[tuple[Appointment, list[Question]]]:
    clinic = _at(start, DIAGNOSIS_DAY + COURSE_DAYS - 3, time(10, 30))
    follow_up = _at(start, DAYS + 8, time(14, 15))
    asked = [
        "Do I need tablets once the drip stops?",
        "When can I drive again?",
        "What should make me call you straight away?",
    ]
    coming = [
        "The pain crept back for a week last month: should I worry?",
        "Can I go back to work part-time?",
        "Do I need another MRI?",
    ]
    return [
        (
            Appointment(
                clinic,
                "Dr Okafor, infectious diseases",
                "Outpatient clinic, level 2",
                outcome="CRP down to 12. Stop the IV on day 42 as planned; no tablets after. "
                "Physio referral. Call if fever or night pain returns.",
            ),
            [Question(text, done=True) for text in asked],
        ),
        (
            Appointment(follow_up, "Dr Okafor, infectious diseases", "Outpatient clinic"),
            [Question(text) for text in coming],
        ),
    ]


def _basdai(start: date, rng: random.Random) -> list[BasdaiAnswers]:
    # Morning stiffness lingers, so the clinic asked for a weekly BASDAI after the course.
    answers = []
    for week, day in enumerate(range(DIAGNOSIS_DAY + COURSE_DAYS + 7, DAYS, 7)):
        level = 4.5 - 0.4 * week + (1.5 if day in SCARE_DAYS else 0)
        items = [max(0.0, min(10.0, round(level + rng.uniform(-1, 1)))) for _ in range(6)]
        answers.append(
            BasdaiAnswers(start + timedelta(days=day), *items, patient_global=round(level))
        )
    return answers


def build_care(start: date) -> DemoCare:
    """The care record of the demo whose first day is ``start``."""
    rng = random.Random(SEED + 1)
    return DemoCare(
        regimens=_regimens(start),
        doses=_doses(start, rng),
        labs=_labs(start),
        imaging=[
            Imaging(
                "MRI",
                start + timedelta(days=DIAGNOSIS_DAY),
                "Osteomyelitis and discitis at L3–L4; no epidural abscess.",
            ),
            Imaging(
                "MRI",
                start + timedelta(days=DIAGNOSIS_DAY + COURSE_DAYS - 4),
                "Healing at L3–L4; no collection.",
            ),
        ],
        appointments=_appointments(start),
        basdai=_basdai(start, rng),
        context=MedicalContext(
            dental_infection=True,
            infection_notes="Tooth abscess in the summer, treated with amoxicillin, "
            "a few weeks before the back pain began.",
            allergies="None known",
        ),
    )
