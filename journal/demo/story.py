"""The demo's story, after seed 000: a spinal infection found, treated and recovered from.

Days are counted from the first check-in, about four months before ``end``:

* days 0–20: lower-back pain that will not ease, evening fevers with chills and night sweats;
* day 21: vertebral osteomyelitis diagnosed; six weeks of IV antibiotics (days 21–62);
* fever gone in week 2 of treatment, pain falling over weeks 3–6;
* rehab from week 7; a scare when pain creeps back around days 88–95; then settling again.

Morning stiffness runs through it all. Everything is drawn from a seeded generator, so the
same ``end`` date always gives the same journal.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from journal.checkin import CheckIn
from journal.demo.calendar import COURSE_DAYS, DAYS, DIAGNOSIS_DAY, SCARE_DAYS, SEED
from journal.demo.care import DemoCare, build_care
from journal.demo.lesions import DemoLesion, build_lesions
from journal.pain import Character, PainSite, Region, Side

# Re-exported: tests and the care story read the story's days from here too.
__all__ = [
    "COURSE_DAYS",
    "DAYS",
    "DIAGNOSIS_DAY",
    "SCARE_DAYS",
    "SEED",
    "DemoJournal",
    "build_demo",
]


@dataclass(frozen=True)
class DemoJournal:
    """Everything the demo journal holds."""

    start: date
    checkins: list[CheckIn] = field(default_factory=list)
    care: DemoCare | None = None
    lesions: tuple[DemoLesion, ...] = ()


def _pain_level(day: int) -> float:
    """The day's typical pain: rising before diagnosis, falling with treatment."""
    if day < DIAGNOSIS_DAY:
        return 5.0 + 3.0 * day / DIAGNOSIS_DAY
    treated = day - DIAGNOSIS_DAY
    if treated < 14:
        return 8.0 - 1.0 * treated / 14
    if treated < COURSE_DAYS:
        return 7.0 - 4.0 * (treated - 14) / (COURSE_DAYS - 14)
    if day in SCARE_DAYS:
        return 3.0 + 2.5 * (day - SCARE_DAYS.start + 1) / len(SCARE_DAYS)
    if day >= SCARE_DAYS.stop:
        return max(2.0, 5.0 - 0.5 * (day - SCARE_DAYS.stop + 1))
    return 3.0 - 0.8 * (day - DIAGNOSIS_DAY - COURSE_DAYS) / 25


def _fever(day: int, rng: random.Random) -> float:
    """Evening temperature in °C: feverish before treatment, normal from week 2."""
    if 7 <= day < DIAGNOSIS_DAY + 9:
        peak = 38.9 if day < DIAGNOSIS_DAY else 38.9 - 0.12 * (day - DIAGNOSIS_DAY)
        return round(peak - rng.uniform(0, 0.5), 1)
    if day == SCARE_DAYS.start + 5:
        return 38.1
    return round(rng.uniform(36.5, 37.3), 1)


def _stiffness(day: int, rng: random.Random) -> float:
    base = 55 if day < DIAGNOSIS_DAY + COURSE_DAYS else 40
    return float(max(10, round(base + rng.gauss(0, 10))))


def _clamp(value: float) -> float:
    return float(min(10, max(0, round(value))))


def _morning(day: int, when: datetime, rng: random.Random) -> CheckIn:
    pain = _clamp(_pain_level(day) + rng.gauss(0, 0.6))
    weight = 78.0 - (3.0 * min(day, DIAGNOSIS_DAY) / DIAGNOSIS_DAY) + max(0, day - 60) * 0.03
    values = {
        "pain_now": pain,
        "stiffness_minutes": _stiffness(day, rng),
        "stiffness_severity": _clamp(pain - 1 + rng.gauss(0, 0.7)),
        "temperature": round(rng.uniform(36.4, 37.2), 1),
        "fatigue": _clamp(_pain_level(day) + rng.gauss(0, 1)),
        "sleep_quality": _clamp(10 - _pain_level(day) + rng.gauss(0, 1)),
        "night_sweats": float(day < DIAGNOSIS_DAY + 5 and day >= 6),
        "tingling": 0.0,
        "numbness": 0.0,
        "weakness": 0.0,
        "difficulty_walking": float(DIAGNOSIS_DAY - 4 <= day < DIAGNOSIS_DAY + 10),
        "bladder_bowel_change": 0.0,
        "eye_redness": 0.0,
        "digestive_trouble": float(
            DIAGNOSIS_DAY <= day < DIAGNOSIS_DAY + COURSE_DAYS and rng.random() < 0.2
        ),
    }
    if day % 7 == 0:
        values["weight"] = round(weight, 1)
    return CheckIn(
        taken_at=when,
        values=values,
        pain_sites=frozenset({PainSite(Region.LOWER_BACK, Side.MIDDLE)}),
        pain_characters=frozenset({Character.ACHING}),
    )


def _evening(day: int, when: datetime, rng: random.Random) -> CheckIn:
    level = _pain_level(day)
    pain = _clamp(level + 0.5 + rng.gauss(0, 0.6))
    # Before diagnosis nothing helps: the pain "doesn't improve with rest or meds".
    unrelenting = 12 <= day < DIAGNOSIS_DAY
    values = {
        "pain_now": max(pain, 7.0) if unrelenting else pain,
        "pain_worst": _clamp(max(pain, level + 1.2)),
        "pain_at_rest": float(level >= 6),
        "pain_at_night": float(level >= 6.5),
        "medicine_helped": 0.0 if unrelenting else float(level < 7),
        "rest_helped": 0.0 if unrelenting else float(level < 6),
        "temperature": _fever(day, rng),
        "chills": float(7 <= day < DIAGNOSIS_DAY + 6),
        "fatigue": _clamp(level + rng.gauss(0, 1)),
    }
    sites = {PainSite(Region.LOWER_BACK, Side.MIDDLE)}
    if level >= 7:
        sites.add(PainSite(Region.LEG, Side.LEFT))
    return CheckIn(
        taken_at=when,
        values=values,
        pain_sites=frozenset(sites),
        pain_characters=frozenset(
            {Character.ACHING, Character.THROBBING} if level >= 6 else {Character.ACHING}
        ),
        note=_NOTES.get(day, ("", False))[0],
        show_doctor=_NOTES.get(day, ("", False))[1],
    )


_NOTES: dict[int, tuple[str, bool]] = {
    3: ("Back still hurts after a week of heat pads and stretching.", False),
    9: ("Shivering this evening, soaked the sheets last night.", True),
    15: ("Pain no better with ibuprofen or lying down. Had a tooth abscess in the summer.", True),
    DIAGNOSIS_DAY: (
        "MRI: vertebral osteomyelitis at L3–L4. IV antibiotics start today, 6 weeks.",
        True,
    ),
    DIAGNOSIS_DAY + 10: ("First day without a fever since it all began.", False),
    DIAGNOSIS_DAY + COURSE_DAYS: ("Last IV dose today. Physio starts next week.", True),
    SCARE_DAYS.start + 3: ("Pain creeping back over the last few days. Worried.", True),
    SCARE_DAYS.start + 5: (
        "Slight temperature tonight. Called the clinic; blood test tomorrow.",
        True,
    ),
    SCARE_DAYS.stop + 3: ("Bloods fine. Pain settling again with rest and physio.", False),
}


def build_demo(end: date) -> DemoJournal:
    """The demo journal whose story ends on ``end``; the same ``end`` gives the same journal."""
    rng = random.Random(SEED)
    start = end - timedelta(days=DAYS - 1)
    checkins: list[CheckIn] = []
    for day in range(DAYS):
        on = start + timedelta(days=day)
        morning = datetime.combine(on, time(7, 30 + rng.randrange(25))).astimezone()
        checkins.append(_morning(day, morning, rng))
        if rng.random() < 0.3:
            midday = datetime.combine(on, time(13, rng.randrange(60))).astimezone()
            level = _pain_level(day)
            checkins.append(
                CheckIn(
                    midday,
                    {"pain_now": _clamp(level + rng.gauss(0, 0.8)), "fatigue": _clamp(level)},
                )
            )
        # While feverish the evening check-in is never skipped.
        if rng.random() < 0.85 or day in _NOTES or day < DIAGNOSIS_DAY + 14:
            evening = datetime.combine(on, time(21, rng.randrange(50))).astimezone()
            checkins.append(_evening(day, evening, rng))
    return DemoJournal(
        start=start,
        checkins=checkins,
        care=build_care(start),
        lesions=build_lesions(start, DIAGNOSIS_DAY),
    )
