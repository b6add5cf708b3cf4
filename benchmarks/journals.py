"""The benchmark journals: 1, 3 and 10 years, made once through the store and cached.

Each is a whole life in the journal, made the way the program makes the demo: about four
check-ins a day recording every built-in metric (stiffness and weight in the morning), three
symptoms of the user's own, a year-round DMARD with weekly doses and a painkiller as needed,
a six-week antibiotic course each year, weekly CRP, ESR and white cell counts, and 20 lesions
with 200 small photos a year (2,000 on ten years). Ten lesions run the whole journal, so that
any year's summary holds 20 photos (the first and latest of each).

The files are deterministic (a seeded generator, fixed dates) and cached outside the project
under a folder named for :data:`GENERATOR_VERSION`: change what is written, bump it.
"""

from __future__ import annotations

import io
import os
import random
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from journal.care.records import DoseEvent, DoseStatus, LabResult, Purpose, Regimen, Route
from journal.checkin import CheckIn
from journal.lesions.lesion import Lesion, LesionObservation
from journal.metrics import BUILTIN_METRICS, Group, Metric, MetricKind
from journal.pain import Region, Side
from journal.store import open_journal

GENERATOR_VERSION = 2
LAST_DAY = date(2025, 12, 31)
ZONE = timezone(timedelta(hours=1))
PER_DAY = 4
LESIONS = 20
PHOTOS_PER_YEAR = 200
PHOTO_SIZE = (96, 72)
OWN_SYMPTOMS = (
    Metric("own_jaw_pain", "Jaw pain", MetricKind.SCALE, Group.CUSTOM, builtin=False),
    Metric("own_hip_click", "Hip clicking", MetricKind.YES_NO, Group.CUSTOM, 0, 1, builtin=False),
    Metric("own_pulse", "Resting pulse", MetricKind.NUMBER, Group.CUSTOM, "bpm", 30, 200, False),
)


@dataclass(frozen=True)
class BenchJournal:
    """One generated journal.

    Attributes:
        label: how tables name it ("10 years").
        days: how many days it covers, ending on :data:`LAST_DAY`.
        path: the cached journal file (its photos folder beside it); never written by a
            benchmark: those that change a journal work on :meth:`copy_to`.
    """

    label: str
    days: int
    path: Path

    @property
    def first_day(self) -> date:
        return LAST_DAY - timedelta(days=self.days - 1)

    def copy_to(self, folder: Path) -> Path:
        """A fresh copy of the journal and its photos in ``folder``; returns the file."""
        target = folder / self.path.parent.name
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(self.path.parent, target)
        return target / self.path.name


def cache_folder() -> Path:
    """Where generated journals are kept between runs (BENCH_CACHE overrides)."""
    given = os.environ.get("BENCH_CACHE")
    if given:
        return Path(given)
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "symptom-journal-bench"


def bench_journal(label: str, days: int, photos_per_year: int = PHOTOS_PER_YEAR) -> BenchJournal:
    """The journal of ``days`` days, generated now unless the cache holds it already."""
    name = f"v{GENERATOR_VERSION}-{days}d-{photos_per_year}p"
    folder = cache_folder() / "journals" / name
    path = folder / "journal.sqlite"
    if not path.exists():
        folder.parent.mkdir(parents=True, exist_ok=True)
        # Made aside and renamed into place: an interrupted run leaves no half journal.
        work = Path(tempfile.mkdtemp(prefix=f".{name}-", dir=folder.parent))
        write_journal(work / "journal.sqlite", days, photos_per_year)
        work.rename(folder)
    return BenchJournal(label, days, path)


def write_journal(path: Path, days: int, photos_per_year: int = PHOTOS_PER_YEAR) -> None:
    """Write the journal of ``days`` days ending on :data:`LAST_DAY` to the new file ``path``."""
    first = LAST_DAY - timedelta(days=days - 1)
    rng = random.Random(days)
    with open_journal(path) as store:
        for metric in OWN_SYMPTOMS:
            store.metrics.add_custom(metric)
        store.checkins.add_many(_checkins(first, days, rng))
        _write_care(store, first, days)
        _write_lesions(store, first, days, max(2 * LESIONS, photos_per_year * days // 365))


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), ZONE)


def _checkins(first: date, days: int, rng: random.Random) -> Iterator[CheckIn]:
    for n in range(days):
        day = first + timedelta(days=n)
        # Flares of pain and bouts of fever now and then, so that the rules find something.
        flare = (n // 40) % 4 == 3
        fever = n % 97 < 3
        for slot in range(PER_DAY):
            yield CheckIn(
                _at(day, 7 + 4 * slot, rng.randrange(60)), _values(n, slot, flare, fever, rng)
            )


def _values(n: int, slot: int, flare: bool, fever: bool, rng: random.Random) -> dict[str, float]:
    pain = min(10, max(0, round((6 if flare else 3) + rng.gauss(0, 1.3))))
    values: dict[str, float] = {}
    for metric in BUILTIN_METRICS:
        if metric.kind is MetricKind.SCALE:
            values[metric.key] = float(min(10, max(0, round(rng.gauss(pain, 1.5)))))
        elif metric.kind is MetricKind.YES_NO:
            values[metric.key] = float(rng.random() < (0.2 if flare else 0.03))
        elif metric.kind is MetricKind.OUTCOME:
            values[metric.key] = float(rng.random() < 0.6)
    values["pain_now"] = float(pain)
    values["temperature"] = round(38.4 if fever else rng.uniform(36.3, 37.3), 1)
    values["bladder_bowel_change"] = 0.0
    if slot == 0:
        values["stiffness_minutes"] = float(rng.choice((10, 20, 35, 45, 60) if flare else (5, 15)))
        values["weight"] = round(78 - 3 * ((n % 730) / 730) + rng.gauss(0, 0.3), 1)
    else:
        del values["stiffness_severity"]
    values["own_jaw_pain"] = float(rng.randrange(0, 5))
    values["own_hip_click"] = float(rng.random() < 0.1)
    values["own_pulse"] = float(rng.randrange(58, 90))
    return values


def _write_care(store, first: date, days: int) -> None:
    """A DMARD taken weekly, a painkiller as needed, a yearly antibiotic course, weekly labs."""
    last = first + timedelta(days=days - 1)
    now = _at(last, 23, 59)
    dmard = store.medicines.add(
        Regimen("Methotrexate", 15, "mg", Route.ORAL, Purpose.DMARD_OR_BIOLOGIC, first)
    )
    painkiller = store.medicines.add(
        Regimen("Paracetamol", 1, "g", Route.ORAL, Purpose.PAIN_RELIEF, first, times_per_day=3)
    )
    doses = [
        DoseEvent(dmard.id, _at(first + timedelta(days=d), 9), DoseStatus.TAKEN)
        for d in range(0, days, 7)
    ]
    doses += [
        DoseEvent(painkiller.id, _at(first + timedelta(days=d), hour), DoseStatus.TAKEN)
        for d in range(days)
        for hour in (8, 14, 20)
        if (d + hour) % 5
    ]
    for year_start in range(30, days, 365):
        start = first + timedelta(days=year_start)
        course = store.medicines.add(
            Regimen.course(
                start,
                6,
                name="Flucloxacillin",
                dose=2,
                dose_unit="g",
                route=Route.IV,
                purpose=Purpose.ANTIBIOTIC,
                times_per_day=4,
            )
        )
        doses += [
            DoseEvent(course.id, _at(start + timedelta(days=d), hour), DoseStatus.TAKEN)
            for d in range(min(42, days - year_start))
            for hour in (6, 12, 18, 23)
        ]
    store.medicines.add_doses(doses, now)
    for d in range(0, days, 7):
        on = first + timedelta(days=d)
        wave = 1 + (d // 40) % 4
        store.labs.add(LabResult("CRP", on, round(3.0 * wave, 1), "mg/L"))
        store.labs.add(LabResult("ESR", on, float(8 * wave), "mm/h"))
        store.labs.add(LabResult("WBC", on, round(6 + wave * 0.8, 1), "10^9/L"))


def _write_lesions(store, first: date, days: int, photos: int) -> None:
    """20 lesions: ten followed the whole journal, ten healed in its first half."""
    regions = [Region.UPPER_BACK, Region.MID_BACK, Region.LOWER_BACK, Region.SACRUM]
    per_lesion = photos // LESIONS
    for k in range(LESIONS):
        lasting = k < LESIONS // 2
        span = days if lasting else max(2, days // 2)
        lesion = store.lesions.add_lesion(
            Lesion(
                f"Boil {k + 1}",
                regions[k % 4],
                list(Side)[k % 3],
                first,
                None if lasting else first + timedelta(days=span),
            )
        )
        for i in range(per_lesion):
            on = first + timedelta(days=(span - 1) * i // max(1, per_lesion - 1))
            size = 8 + 6 * ((i // 5) % 3)
            seen = store.lesions.add_observation(
                LesionObservation(
                    lesion.id,
                    on,
                    size_mm=float(size),
                    bump_count=1 + i % 3,
                    redness=i % 4,
                    pus=i % 6 == 0,
                )
            )
            store.photos.add_bytes(lesion.id, _photo(k, i), f"boil-{k}-{i}.jpg", seen.observed_on)


def _photo(lesion: int, n: int) -> bytes:
    """A small JPEG that differs from every other (the store keeps one copy of a photo)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", PHOTO_SIZE, (200 - lesion * 5, 150, 130 + n % 100))
    draw = ImageDraw.Draw(image)
    draw.ellipse((20, 12, 40 + n % 40, 50), fill=(150 + n % 90, 40 + lesion * 8, 60))
    draw.text((2, 2), f"{lesion}/{n}", fill=(0, 0, 0))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=80)
    return out.getvalue()
