"""Finding red flags over ten years of check-ins, against one plain pass over the same data."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from benchmarks.timing import Result, best_of
from journal.care.records import DoseEvent, DoseStatus, Purpose, Regimen, Route
from journal.checkin import CheckIn
from journal.flags import find_flags
from journal.snapshot import JournalSnapshot

DAYS = 3650
PER_DAY = 4
FIRST = date(2016, 1, 1)
COURSE_START = 1200
TARGET = 10.0
"""find_flags folds every value of every check-in into days (alone about 4 plain passes),
then runs twelve rules over the days. Ten plain passes leaves room for noise yet catches any
rule that goes quadratic in the journal's length or in a threshold's span."""


def _values(day: int, slot: int, rng: random.Random) -> dict[str, float]:
    # Waves of pain and bouts of fever so that every rule has something to find, now and then.
    wave = 4 + 3 * ((day // 45) % 3 == 2)
    values = {
        "pain_now": float(min(10, max(0, round(wave + rng.gauss(0, 1.5))))),
        "pain_worst": float(min(10, wave + 2)),
        "temperature": round(38.3 if day % 97 < 3 else rng.uniform(36.3, 37.4), 1),
        "fatigue": float(rng.randrange(0, 8)),
    }
    if slot == 0:
        values["stiffness_minutes"] = float(rng.choice((10, 20, 40, 50)))
        values["medicine_helped"] = float(day % 5 == 0)
    if slot == 3 and day % 61 == 0:
        values["night_sweats"] = 1.0
    if slot == 1 and day % 7 == 0:
        # Weekly weights, with a slow loss over one half-year of each three.
        values["weight"] = 80 - (4.5 * (day % 1095) / 180 if day % 1095 < 180 else 0)
    if slot == 2 and day % 211 == 0:
        values["tingling"] = 1.0
    return values


def journal() -> JournalSnapshot:
    """Ten years, four check-ins a day, a 6-week antibiotic course and as-needed painkillers."""
    rng = random.Random(10)
    checkins = []
    for day in range(DAYS):
        on = FIRST + timedelta(days=day)
        for slot in range(PER_DAY):
            checkins.append(
                CheckIn(
                    datetime.combine(on, time(7 + 4 * slot)).astimezone(),
                    _values(day, slot, rng),
                    id=day * PER_DAY + slot + 1,
                )
            )
    antibiotic = Regimen.course(
        FIRST + timedelta(days=COURSE_START),
        6,
        name="Flucloxacillin",
        dose=2,
        dose_unit="g",
        route=Route.IV,
        purpose=Purpose.ANTIBIOTIC,
        times_per_day=4,
        id=1,
    )
    painkiller = Regimen(
        "Paracetamol", 1, "g", Route.ORAL, Purpose.PAIN_RELIEF, FIRST, None, None, id=2
    )
    doses = [
        DoseEvent(
            2,
            datetime.combine(FIRST + timedelta(days=day), time(hour)).astimezone(),
            DoseStatus.AS_NEEDED,
        )
        for day in range(DAYS)
        if day % 3 != 1
        for hour in (8, 20)
    ]
    return JournalSnapshot(
        checkins=tuple(checkins), regimens=(antibiotic, painkiller), doses=tuple(doses)
    )


def plain_pass(snapshot: JournalSnapshot) -> dict[date, tuple[float, float]]:
    """The floor: each day's highest pain and highest temperature, in one loop."""
    days: dict[date, tuple[float, float]] = {}
    for c in snapshot.checkins:
        day = c.taken_at.date()
        pain, temperature = days.get(day, (0.0, 0.0))
        days[day] = (
            max(pain, c.values.get("pain_now", 0.0)),
            max(temperature, c.values.get("temperature", 0.0)),
        )
    return days


def run() -> list[Result]:
    snapshot = journal()
    find_flags(snapshot)
    return [
        Result(
            "find red flags in 10 years (3,650 days × 4 check-ins, a course, 4,866 doses)",
            best_of(lambda: find_flags(snapshot), 5),
            best_of(lambda: plain_pass(snapshot), 5),
            "one plain pass for daily max pain and temperature",
            TARGET,
        )
    ]


if __name__ == "__main__":
    for result in run():
        print(result.line())
