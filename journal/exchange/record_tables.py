"""Each kind of record as a table of flat rows: the one mapping our archive and CSV share.

Writing renumbers every record 1, 2, … in the order written, and references use those
numbers, so an export does not depend on the ids a journal happened to hand out: export,
import into an empty journal and export again gives the same bytes. Reading gives records
whose ids are those numbers; the store gives them new ids as it adds them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, time
from typing import Any

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
from journal.checkin import CheckIn
from journal.exchange.cells import BadCell, Cells, moment_columns
from journal.exchange.contents import AcknowledgedFlag, JournalContents
from journal.exchange.peers import ImportProblem
from journal.lesions.lesion import Crusting, Lesion, LesionObservation
from journal.lesions.photos import Photo
from journal.metrics import BUILTIN_METRICS, Group, Metric, MetricKind
from journal.pain import Character, PainSite, Region, Side
from journal.translation import translate

Row = dict[str, Any]

# The tables in the order they are written and read: what a record refers to comes first.
TABLES = (
    "own_symptoms",
    "checkins",
    "medicines",
    "doses",
    "labs",
    "imaging",
    "appointments",
    "questions",
    "basdai",
    "lesions",
    "photos",
    "lesion_observations",
    "acknowledged_flags",
)


# Each table's columns, in the order the CSV files have them.
HEADERS: dict[str, tuple[str, ...]] = {
    "own_symptoms": ("key", "label", "kind", "group", "unit", "minimum", "maximum", "archived"),
    "checkins": (
        "id", "local_time", "utc_offset_minutes", "note", "show_doctor", "pain_sites",
        "pain_characters", "values",
    ),
    "medicines": (
        "id", "name", "dose", "dose_unit", "route", "purpose", "start", "end",
        "times_per_day", "dose_times", "planned_length",
    ),
    "doses": ("id", "medicine", "local_time", "utc_offset_minutes", "status", "side_effects"),
    "labs": (
        "id", "test", "taken_on", "value", "unit", "text", "reference_low", "reference_high",
    ),
    "imaging": ("id", "kind", "done_on", "result"),
    "appointments": (
        "id", "local_time", "utc_offset_minutes", "clinician", "place", "outcome",
    ),
    "questions": ("id", "appointment", "text", "done", "position"),
    "basdai": (
        "id", "taken_on", "fatigue", "back_pain", "peripheral", "tenderness",
        "stiffness_severity", "stiffness_duration", "patient_global",
    ),
    "lesions": ("id", "name", "region", "side", "first_seen", "healed_on"),
    "photos": ("sha256", "extension", "taken_on", "original_name", "width", "height"),
    "lesion_observations": (
        "id", "lesion", "observed_on", "size_mm", "bump_count", "redness", "pus", "crusting",
        "warmth", "swelling", "pain", "dark_marks", "note", "photos",
    ),
    "acknowledged_flags": ("rule", "first_day", "last_day", "acknowledged_at"),
}  # fmt: skip


def _moment(at: datetime, prefix: str = "") -> Row:
    local, offset = moment_columns(at)
    return {f"{prefix}local_time": local, f"{prefix}utc_offset_minutes": offset}


def _numbering(ids: Iterable[int | None]) -> dict[int | None, int]:
    return {old: number for number, old in enumerate(ids, start=1)}


def contents_to_tables(contents: JournalContents) -> dict[str, list[Row]]:
    """Every record as rows, by table; references renumbered to the rows' numbers."""
    checkins = sorted(contents.checkins, key=lambda c: (c.taken_at, c.id or 0))
    regimens = sorted(contents.regimens, key=lambda r: (r.start, r.id or 0))
    medicine_no = _numbering(r.id for r in regimens)
    appointments = sorted(contents.appointments, key=lambda a: (a.at, a.id or 0))
    appointment_no = _numbering(a.id for a in appointments)
    lesions = sorted(contents.lesions, key=lambda x: (x.first_seen, x.id or 0))
    lesion_no = _numbering(x.id for x in lesions)
    photo_by_id = {p.id: p for p in contents.photos}
    questions = sorted(
        contents.questions,
        key=lambda q: (appointment_no.get(q.appointment_id, 0), q.position, q.id or 0),
    )
    observations = sorted(
        contents.lesion_observations,
        key=lambda o: (lesion_no[o.lesion_id], o.observed_on, o.id or 0),
    )
    return {
        "own_symptoms": [_metric_row(m) for m in contents.metrics],
        "checkins": [_checkin_row(n, c) for n, c in enumerate(checkins, 1)],
        "medicines": [_regimen_row(n, r) for n, r in enumerate(regimens, 1)],
        "doses": [
            {"id": n, "medicine": medicine_no[d.regimen_id], **_moment(d.at)}
            | {"status": d.status.value, "side_effects": d.side_effects}
            for n, d in enumerate(
                sorted(
                    contents.doses,
                    key=lambda d: (d.at, medicine_no[d.regimen_id], d.id or 0),
                ),
                1,
            )
        ],
        "labs": [
            {
                "id": n,
                "test": x.test,
                "taken_on": x.taken_on.isoformat(),
                "value": x.value,
                "unit": x.unit,
                "text": x.text,
                "reference_low": x.reference_low,
                "reference_high": x.reference_high,
            }
            for n, x in enumerate(sorted(contents.labs, key=lambda x: (x.taken_on, x.id or 0)), 1)
        ],
        "imaging": [
            {"id": n, "kind": x.kind, "done_on": x.done_on.isoformat(), "result": x.result}
            for n, x in enumerate(sorted(contents.imaging, key=lambda x: (x.done_on, x.id or 0)), 1)
        ],
        "appointments": [
            {"id": n, **_moment(a.at), "clinician": a.clinician, "place": a.place}
            | {"outcome": a.outcome}
            for n, a in enumerate(appointments, 1)
        ],
        "questions": [
            {
                "id": n,
                "appointment": appointment_no.get(q.appointment_id),
                "text": q.text,
                "done": q.done,
                "position": q.position,
            }
            for n, q in enumerate(questions, 1)
        ],
        "basdai": [
            _basdai_row(n, x)
            for n, x in enumerate(sorted(contents.basdai, key=lambda x: (x.taken_on, x.id or 0)), 1)
        ],
        "lesions": [
            {
                "id": n,
                "name": x.name,
                "region": x.region.value,
                "side": x.side.value,
                "first_seen": x.first_seen.isoformat(),
                "healed_on": x.healed_on.isoformat() if x.healed_on else None,
            }
            for n, x in enumerate(lesions, 1)
        ],
        "photos": [
            {
                "sha256": p.sha256,
                "extension": p.extension,
                "taken_on": p.taken_on.isoformat(),
                "original_name": p.original_name,
                "width": p.width,
                "height": p.height,
            }
            for p in sorted(contents.photos, key=lambda p: p.sha256)
        ],
        "lesion_observations": [
            _observation_row(n, lesion_no[o.lesion_id], o, photo_by_id)
            for n, o in enumerate(observations, 1)
        ],
        "acknowledged_flags": [
            {
                "rule": f.rule,
                "first_day": f.first_day.isoformat(),
                "last_day": f.last_day.isoformat(),
                "acknowledged_at": f.at,
            }
            for f in sorted(contents.acknowledged_flags, key=lambda f: (f.rule, f.first_day))
        ],
    }


def _metric_row(m: Metric) -> Row:
    return {
        "key": m.key,
        "label": m.source_label,
        "kind": m.kind.value,
        "group": m.group.value,
        "unit": m.unit,
        "minimum": m.minimum,
        "maximum": m.maximum,
        "archived": m.archived,
    }


def _checkin_row(number: int, c: CheckIn) -> Row:
    return {
        "id": number,
        **_moment(c.taken_at),
        "note": c.note,
        "show_doctor": c.show_doctor,
        "pain_sites": sorted(s.code for s in c.pain_sites),
        "pain_characters": sorted(x.value for x in c.pain_characters),
        "values": {k: float(v) for k, v in c.values.items()},
    }


def _regimen_row(number: int, r: Regimen) -> Row:
    return {
        "id": number,
        "name": r.name,
        "dose": r.dose,
        "dose_unit": r.dose_unit,
        "route": r.route.value,
        "purpose": r.purpose.value,
        "start": r.start.isoformat(),
        "end": r.end.isoformat() if r.end else None,
        "times_per_day": r.times_per_day,
        "dose_times": [t.strftime("%H:%M") for t in r.dose_times],
        "planned_length": r.planned_length,
    }


def _basdai_row(number: int, x: BasdaiAnswers) -> Row:
    return {
        "id": number,
        "taken_on": x.taken_on.isoformat(),
        "fatigue": x.fatigue,
        "back_pain": x.back_pain,
        "peripheral": x.peripheral,
        "tenderness": x.tenderness,
        "stiffness_severity": x.stiffness_severity,
        "stiffness_duration": x.stiffness_duration,
        "patient_global": x.patient_global,
    }


def _observation_row(
    number: int, lesion: int, o: LesionObservation, photos: Mapping[int | None, Photo]
) -> Row:
    return {
        "id": number,
        "lesion": lesion,
        "observed_on": o.observed_on.isoformat(),
        "size_mm": o.size_mm,
        "bump_count": o.bump_count,
        "redness": o.redness,
        "pus": o.pus,
        "crusting": o.crusting.value,
        "warmth": o.warmth,
        "swelling": o.swelling,
        "pain": o.pain,
        "dark_marks": o.dark_marks,
        "note": o.note,
        "photos": [photos[p].sha256 for p in o.photo_ids],
    }


# --- reading ---------------------------------------------------------------------------


def _read_all(
    table: str, rows: Iterable[tuple[int, Mapping[str, Any]]], read: Callable[[Cells], Any]
) -> tuple:
    """Each row through ``read``; a bad one stops everything, naming its line and field."""
    records = []
    for number, (line, row) in enumerate(rows, 1):
        try:
            records.append(read(Cells(row)))
        except (BadCell, ValueError, KeyError, TypeError) as exc:
            which = translate("Exchange", "{table}, record {number}: {reason}")
            reason = which.format(table=table, number=number, reason=_reason(exc))
            raise ImportProblem(line, reason) from None
    return tuple(records)


def _reason(exc: Exception) -> str:
    if isinstance(exc, KeyError):
        absent = translate("Exchange", "it refers to {record}, which is not in the file")
        return absent.format(record=exc.args[0])
    return str(exc)


def tables_to_contents(
    tables: Mapping[str, Iterable[tuple[int, Mapping[str, Any]]]],
    medical_context: MedicalContext,
    settings: Mapping[str, Any],
) -> JournalContents:
    """The records in rows read from a file, each row with the line it came from.

    Raises:
        ImportProblem: a row that cannot be read, or a reference to a record not there.
    """

    def rows(table: str) -> Iterable[tuple[int, Mapping[str, Any]]]:
        return tables.get(table, ())

    metrics = _read_all("own_symptoms", rows("own_symptoms"), _metric)
    metric_keys = {m.key for m in BUILTIN_METRICS} | {m.key for m in metrics}
    regimens = _read_all("medicines", rows("medicines"), _regimen)
    medicine_ids = {r.id for r in regimens}
    appointments = _read_all("appointments", rows("appointments"), _appointment)
    appointment_ids = {a.id for a in appointments}
    lesions = _read_all("lesions", rows("lesions"), _lesion)
    lesion_ids = {x.id for x in lesions}
    photos = _read_all("photos", rows("photos"), _photo)
    photo_ids = {}
    for number, photo in enumerate(photos, 1):
        photo_ids[photo.sha256] = number
    photos = tuple(p.with_id(photo_ids[p.sha256]) for p in photos)

    def known(ids: set, number: int | None, what: str) -> int | None:
        if number is not None and number not in ids:
            raise KeyError(f"{what} {number}")
        return number

    return JournalContents(
        metrics=metrics,
        checkins=_read_all("checkins", rows("checkins"), lambda c: _checkin(c, metric_keys)),
        regimens=regimens,
        doses=_read_all(
            "doses",
            rows("doses"),
            lambda c: DoseEvent(
                known(medicine_ids, c.whole("medicine"), "medicine"),
                c.moment(),
                c.choice("status", DoseStatus),
                c.text("side_effects"),
                c.whole("id"),
            ),
        ),
        labs=_read_all("labs", rows("labs"), _lab),
        imaging=_read_all(
            "imaging",
            rows("imaging"),
            lambda c: Imaging(c.text("kind"), c.day("done_on"), c.text("result"), c.whole("id")),
        ),
        appointments=appointments,
        questions=_read_all(
            "questions",
            rows("questions"),
            lambda c: Question(
                c.text("text"),
                c.yes_no("done"),
                known(appointment_ids, c.optional_whole("appointment"), "appointment"),
                c.whole("position"),
                c.whole("id"),
            ),
        ),
        basdai=_read_all("basdai", rows("basdai"), _basdai),
        medical_context=medical_context,
        lesions=lesions,
        lesion_observations=_read_all(
            "lesion_observations",
            rows("lesion_observations"),
            lambda c: _observation(c, lesion_ids, photo_ids),
        ),
        photos=photos,
        acknowledged_flags=_read_all(
            "acknowledged_flags",
            rows("acknowledged_flags"),
            lambda c: AcknowledgedFlag(
                c.text("rule"),
                c.day("first_day"),
                c.day("last_day"),
                datetime.fromisoformat(c.text("acknowledged_at")).isoformat(),
            ),
        ),
        settings=dict(settings),
    )


def _metric(c: Cells) -> Metric:
    return Metric(
        key=c.text("key"),
        source_label=c.text("label"),
        kind=c.choice("kind", MetricKind),
        group=c.choice("group", Group),
        unit=c.text("unit"),
        minimum=c.number("minimum"),
        maximum=c.number("maximum"),
        builtin=False,
        archived=c.yes_no("archived"),
    )


def _checkin(c: Cells, keys: set[str]) -> CheckIn:
    values = _values(c)
    unknown = sorted(set(values) - keys)
    if unknown:
        raise BadCell(
            translate(
                "Exchange", "{name} is neither a metric of the program nor an own symptom"
            ).format(name=unknown[0])
        )
    return CheckIn(
        taken_at=c.moment(),
        values=values,
        pain_sites=frozenset(PainSite.from_code(x) for x in c.names("pain_sites")),
        pain_characters=frozenset(Character(x) for x in c.names("pain_characters")),
        note=c.text("note"),
        show_doctor=c.yes_no("show_doctor"),
        id=c.whole("id"),
    )


def _values(c: Cells) -> dict[str, float]:
    values = c.table("values")
    found = Cells(values)
    read = {key: found.optional_number(key) for key in values}
    return {key: value for key, value in read.items() if value is not None}


def _regimen(c: Cells) -> Regimen:
    times = []
    for text in c.names("dose_times"):
        try:
            times.append(time.fromisoformat(text))
        except ValueError:
            raise BadCell(
                translate("Exchange", "dose_times should be like 08:00, not {text}").format(
                    text=repr(text)
                )
            ) from None
    return Regimen(
        name=c.text("name"),
        dose=c.number("dose"),
        dose_unit=c.text("dose_unit"),
        route=c.choice("route", Route),
        purpose=c.choice("purpose", Purpose),
        start=c.day("start"),
        end=c.optional_day("end"),
        times_per_day=c.optional_whole("times_per_day"),
        id=c.whole("id"),
        planned_length=c.text("planned_length"),
        dose_times=tuple(times),
    )


def _lab(c: Cells) -> LabResult:
    return LabResult(
        test=c.text("test"),
        taken_on=c.day("taken_on"),
        value=c.optional_number("value"),
        unit=c.text("unit"),
        text=c.text("text"),
        reference_low=c.optional_number("reference_low"),
        reference_high=c.optional_number("reference_high"),
        id=c.whole("id"),
    )


def _appointment(c: Cells) -> Appointment:
    return Appointment(
        at=c.moment(),
        clinician=c.text("clinician"),
        place=c.text("place"),
        outcome=c.text("outcome"),
        id=c.whole("id"),
    )


def _basdai(c: Cells) -> BasdaiAnswers:
    return BasdaiAnswers(
        taken_on=c.day("taken_on"),
        fatigue=c.number("fatigue"),
        back_pain=c.number("back_pain"),
        peripheral=c.number("peripheral"),
        tenderness=c.number("tenderness"),
        stiffness_severity=c.number("stiffness_severity"),
        stiffness_duration=c.number("stiffness_duration"),
        patient_global=c.optional_number("patient_global"),
        id=c.whole("id"),
    )


def _lesion(c: Cells) -> Lesion:
    return Lesion(
        name=c.text("name"),
        region=c.choice("region", Region),
        side=c.choice("side", Side),
        first_seen=c.day("first_seen"),
        healed_on=c.optional_day("healed_on"),
        id=c.whole("id"),
    )


def _photo(c: Cells) -> Photo:
    sha256 = c.text("sha256").lower()
    if len(sha256) != 64 or any(ch not in "0123456789abcdef" for ch in sha256):
        raise BadCell(
            translate("Exchange", "sha256 {sha256} is not a SHA-256 hash").format(
                sha256=repr(sha256)
            )
        )
    extension = c.text("extension")
    if extension not in ("jpg", "png"):
        raise BadCell(
            translate("Exchange", "extension should be jpg or png, not {extension}").format(
                extension=repr(extension)
            )
        )
    return Photo(
        sha256=sha256,
        taken_on=c.day("taken_on"),
        original_name=c.text("original_name"),
        width=c.whole("width"),
        height=c.whole("height"),
        extension=extension,
    )


def _observation(c: Cells, lesion_ids: set, photo_ids: Mapping[str, int]) -> LesionObservation:
    lesion = c.whole("lesion")
    if lesion not in lesion_ids:
        raise KeyError(f"lesion {lesion}")
    photos = []
    for sha256 in c.names("photos"):
        if sha256 not in photo_ids:
            raise KeyError(f"photo {sha256}")
        photos.append(photo_ids[sha256])
    return LesionObservation(
        lesion_id=lesion,
        observed_on=c.day("observed_on"),
        size_mm=c.optional_number("size_mm"),
        bump_count=c.optional_whole("bump_count"),
        redness=c.optional_whole("redness"),
        pus=c.yes_no("pus"),
        crusting=c.choice("crusting", Crusting),
        warmth=c.yes_no("warmth"),
        swelling=c.yes_no("swelling"),
        pain=c.optional_whole("pain"),
        dark_marks=c.yes_no("dark_marks"),
        note=c.text("note"),
        photo_ids=tuple(photos),
        id=c.whole("id"),
    )
