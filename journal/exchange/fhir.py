"""The journal as an HL7 FHIR R4 Bundle of Observations, for a health record to read.

A ``Bundle`` of type ``collection`` holds one ``Patient`` placeholder (no name: the file is
the patient's to hand over) and one ``Observation`` per recorded value: each check-in
value, each lab result and each BASDAI score. Every Observation is ``final``, refers to the
patient, and carries its time: a check-in's ``effectiveDateTime`` keeps its UTC offset (FHIR
requires a zone once there is a time of day); a lab result or a BASDAI has only its day.

Pain now, temperature and weight, CRP, ESR and the white cell count have LOINC codes;
everything else (morning stiffness minutes, fatigue, the yes/no questions, the user's own
symptoms, other lab tests) is coded in a code system of our own,
``urn:symptom-journal:metric`` (or ``urn:symptom-journal:lab-test``), with the journal's key
as the code and the plain label as the text. :mod:`journal.exchange.fhir_codes` says where
each code comes from; docs/fhir.md describes the file.

The output is reproducible: every id is a UUID derived from the record's id in the journal,
so the same journal exported at the same moment gives the same file.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import Iterator
from datetime import datetime

from journal.care.basdai import BasdaiAnswers
from journal.care.records import LabResult
from journal.checkin import CheckIn
from journal.exchange.fhir_codes import (
    ABSENT_SYSTEM,
    CATEGORY_DISPLAY,
    CATEGORY_SYSTEM,
    LAB_LOINC,
    LAB_SYSTEM,
    LOINC,
    METRIC_LOINC,
    METRIC_SYSTEM,
    SURVEY,
    UCUM,
    UCUM_UNITS,
    VITAL_SIGNS,
    LoincCode,
)
from journal.exchange.json_text import Encoded, flat_json
from journal.metrics import Group, Metric, MetricKind
from journal.snapshot import JournalSnapshot

# All ids are UUIDs in this namespace, derived from what they name: stable across exports.
_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:symptom-journal:fhir")
_VITAL_KEYS = frozenset(k for k, c in METRIC_LOINC.items() if c.category == VITAL_SIGNS)


_NAMESPACE_BYTES = _NAMESPACE.bytes


def _uuid(name: str) -> str:
    """``str(uuid.uuid5(_NAMESPACE, name))``, without making a UUID object.

    An export of ten years names some 300,000 values; the UUID class's checks were a
    quarter of writing it.
    """
    digest = bytearray(hashlib.sha1(_NAMESPACE_BYTES + name.encode("utf-8")).digest()[:16])
    digest[6] = (digest[6] & 0x0F) | 0x50  # version 5
    digest[8] = (digest[8] & 0x3F) | 0x80  # the RFC 4122 variant
    text = digest.hex()
    return f"{text[:8]}-{text[8:12]}-{text[12:16]}-{text[16:20]}-{text[20:]}"


def _slug(name: str) -> str:
    # A FHIR code has no runs of spaces; "Blood culture" becomes "blood-culture".
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "lab-test"


def _entry(resource: dict) -> dict:
    return {"fullUrl": f"urn:uuid:{resource['id']}", "resource": resource}


def _category(code: str) -> list[dict]:
    coding = {"system": CATEGORY_SYSTEM, "code": code, "display": CATEGORY_DISPLAY[code]}
    return [{"coding": [coding], "text": CATEGORY_DISPLAY[code]}]


def _code(loinc: LoincCode | None, system: str, key: str, label: str) -> dict:
    if loinc is not None:
        return {
            "coding": [{"system": LOINC, "code": loinc.code, "display": loinc.display}],
            "text": label,
        }
    return {"coding": [{"system": system, "code": key, "display": label}], "text": label}


def _quantity(value: float, unit: str) -> dict:
    """A Quantity; UCUM-coded when the unit has a UCUM code, the unit's text alone if not."""
    quantity: dict = {"value": _number(value)}
    if unit:
        quantity["unit"] = unit
        if unit in UCUM_UNITS:
            quantity["system"] = UCUM
            quantity["code"] = UCUM_UNITS[unit]
    return quantity


def _number(value: float) -> int | float:
    # 38.0 is written 38: FHIR decimals keep their precision, and a whole value has none.
    return int(value) if float(value).is_integer() else float(value)


def _checkin_value(metric: Metric, value: float) -> dict:
    if metric.is_boolean:
        return {"valueBoolean": bool(value)}
    if metric.kind is MetricKind.SCALE:
        return {"valueInteger": int(value)}
    return {"valueQuantity": _quantity(value, metric.unit)}


def _checkin_observations(
    checkin: CheckIn, metrics: dict[str, Metric], subject: dict
) -> Iterator[dict]:
    # A check-in saved in the journal has an id; one that is not (a preview) has its time.
    origin = f"checkin/{checkin.id}" if checkin.id is not None else checkin.taken_at.isoformat()
    for key in sorted(checkin.values):
        # A value of a retired symptom the catalogue no longer lists still goes out, under
        # its key: nothing recorded is left behind.
        metric = metrics.get(key) or Metric(key, key, MetricKind.NUMBER, Group.CUSTOM)
        loinc = METRIC_LOINC.get(key)
        category = VITAL_SIGNS if key in _VITAL_KEYS else SURVEY
        yield {
            "resourceType": "Observation",
            "id": _uuid(f"{origin}/{key}"),
            "status": "final",
            "category": _category(category),
            "code": _code(loinc, METRIC_SYSTEM, key, metric.source_label),
            "subject": subject,
            "effectiveDateTime": checkin.taken_at.isoformat(timespec="seconds"),
            **_checkin_value(metric, checkin.values[key]),
        }


def _lab_observation(lab: LabResult, subject: dict) -> dict:
    name = lab.test.strip() or "Lab test"
    loinc = LAB_LOINC.get(name.lower())
    origin = f"lab/{lab.id}" if lab.id is not None else f"lab/{name}/{lab.taken_on}"
    observation: dict = {
        "resourceType": "Observation",
        "id": _uuid(origin),
        "status": "final",
        "category": _category("laboratory"),
        "code": _code(loinc, LAB_SYSTEM, _slug(name), name),
        "subject": subject,
        "effectiveDateTime": lab.taken_on.isoformat(),
    }
    if lab.value is not None:
        observation["valueQuantity"] = _quantity(lab.value, lab.unit)
        if lab.text.strip():
            observation["note"] = [{"text": lab.text.strip()}]
    elif lab.text.strip():
        observation["valueString"] = lab.text.strip()
    else:
        observation["dataAbsentReason"] = {"coding": [{"system": ABSENT_SYSTEM, "code": "unknown"}]}
    bounds = {
        side: _quantity(bound, lab.unit)
        for side, bound in (("low", lab.reference_low), ("high", lab.reference_high))
        if bound is not None
    }
    if bounds:
        observation["referenceRange"] = [bounds]
    return observation


def _basdai_observation(answers: BasdaiAnswers, subject: dict) -> dict:
    origin = f"basdai/{answers.id}" if answers.id is not None else f"basdai/{answers.taken_on}"
    label = "BASDAI (Bath Ankylosing Spondylitis Disease Activity Index)"
    return {
        "resourceType": "Observation",
        "id": _uuid(origin),
        "status": "final",
        "category": _category(SURVEY),
        "code": _code(None, METRIC_SYSTEM, "basdai", label),
        "subject": subject,
        "effectiveDateTime": answers.taken_on.isoformat(),
        "valueQuantity": {"value": round(answers.score, 2)},
    }


def fhir_bundle(snapshot: JournalSnapshot, made_at: datetime) -> dict:
    """A FHIR R4 ``Bundle`` of type ``collection``: a Patient placeholder and Observations.

    Returns plain JSON-ready data (``json.dumps`` it to write the file). The same snapshot
    and ``made_at`` always give the same bundle.

    Args:
        snapshot: what the journal holds for the period exported.
        made_at: when the export is made, with its UTC offset (the bundle's timestamp).
    """
    return _bundle(snapshot, made_at, encoded=False)


def encoded_bundle(snapshot: JournalSnapshot, made_at: datetime) -> dict:
    """:func:`fhir_bundle` for writing with :func:`journal.exchange.json_text.layered_json`:
    the same file, its check-in values' entries already written as JSON text.

    Each of those entries differs from the next in its id, time and value alone; the rest
    (category, code, subject) is written once per symptom instead of once per value, which
    makes exporting ten years several times faster.
    """
    return _bundle(snapshot, made_at, encoded=True)


def _bundle(snapshot: JournalSnapshot, made_at: datetime, encoded: bool) -> dict:
    if made_at.utcoffset() is None:
        raise ValueError("the export time needs its UTC offset")
    patient = {"resourceType": "Patient", "id": _uuid("patient"), "active": True}
    subject = {"reference": f"urn:uuid:{patient['id']}"}
    metrics = {m.key: m for m in snapshot.metrics}
    entries: list = [_entry(patient)]
    if encoded:
        writer = _EncodedObservations(metrics, subject)
        for checkin in snapshot.checkins:
            entries.extend(writer.entries(checkin))
    else:
        for checkin in snapshot.checkins:
            entries.extend(_entry(o) for o in _checkin_observations(checkin, metrics, subject))
    entries.extend(_entry(_lab_observation(lab, subject)) for lab in snapshot.labs)
    entries.extend(_entry(_basdai_observation(b, subject)) for b in snapshot.basdai)
    return {
        "resourceType": "Bundle",
        "id": _uuid(f"bundle/{made_at.isoformat()}"),
        "type": "collection",
        "timestamp": made_at.isoformat(timespec="seconds"),
        "entry": entries,
    }


class _EncodedObservations:
    """Check-in values' entries as JSON text, the same as ``flat_json(_entry(observation))``.

    The keys of an entry and of its Observation are written in sorted order, as the encoder
    sorts them: fullUrl, resource; category, code, effectiveDateTime, id, resourceType,
    status, subject, then the value (valueBoolean, valueInteger or valueQuantity).
    """

    def __init__(self, metrics: dict[str, Metric], subject: dict) -> None:
        self._metrics = metrics
        self._subject = flat_json(subject)
        self._heads: dict[str, tuple[str, Metric]] = {}
        # Each metric's values are a few dozen numbers (pain 0-10, temperatures to a tenth)
        # among 300,000 in ten years: each is encoded once. What is written depends on the
        # number alone (0.0 and -0.0 both go out as 0), so equal numbers share it.
        self._values: dict[tuple[str, float], str] = {}

    def _head(self, key: str) -> tuple[str, Metric]:
        head = self._heads.get(key)
        if head is None:
            metric = self._metrics.get(key) or Metric(key, key, MetricKind.NUMBER, Group.CUSTOM)
            category = VITAL_SIGNS if key in _VITAL_KEYS else SURVEY
            code = _code(METRIC_LOINC.get(key), METRIC_SYSTEM, key, metric.label)
            text = f'{{"category": {flat_json(_category(category))}, "code": {flat_json(code)}, '
            head = self._heads[key] = (text, metric)
        return head

    def entries(self, checkin: CheckIn) -> Iterator[Encoded]:
        origin = f"checkin/{checkin.id}" if checkin.id is not None else checkin.taken_at.isoformat()
        when = flat_json(checkin.taken_at.isoformat(timespec="seconds"))
        tail = f'"resourceType": "Observation", "status": "final", "subject": {self._subject}, '
        for key in sorted(checkin.values):
            head, metric = self._head(key)
            identifier = _uuid(f"{origin}/{key}")
            number = checkin.values[key]
            value = self._values.get((key, number))
            if value is None:
                ((value_key, encoded),) = _checkin_value(metric, number).items()
                value = self._values[(key, number)] = f'"{value_key}": {flat_json(encoded)}'
            yield Encoded(
                f'{{"fullUrl": "urn:uuid:{identifier}", "resource": {head}'
                f'"effectiveDateTime": {when}, "id": "{identifier}", {tail}{value}}}}}'
            )
