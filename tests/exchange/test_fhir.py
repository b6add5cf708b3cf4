"""The FHIR export: every resource valid against the published R4 models, and coded right.

fhir.resources' root package is R5; R4B's Observation, Patient and Bundle are R4's, so the
models under ``fhir.resources.R4B`` are the ones to validate against. They accept any code
in any system, so the codes, systems and units are checked here as well.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

from fhir.resources.R4B.bundle import Bundle
from fhir.resources.R4B.observation import Observation
from fhir.resources.R4B.patient import Patient
from hypothesis import given, settings
from hypothesis import strategies as st

from journal.care.basdai import BasdaiAnswers
from journal.care.records import LabResult
from journal.checkin import CheckIn
from journal.exchange.fhir import encoded_bundle, fhir_bundle
from journal.exchange.fhir_codes import CATEGORY_SYSTEM, LOINC, METRIC_SYSTEM, UCUM
from journal.exchange.json_text import layered_json
from journal.metrics import BUILTIN_METRICS, Group, Metric, MetricKind
from journal.snapshot import JournalSnapshot

CET = timezone(timedelta(hours=1))
MADE_AT = datetime(2024, 3, 10, 18, 0, tzinfo=CET)
JAW = Metric("custom_jaw_pain", "Jaw pain", MetricKind.SCALE, Group.CUSTOM, builtin=False)
METRICS = (*BUILTIN_METRICS, JAW)
MODELS = {"Observation": Observation, "Patient": Patient}


def _snapshot() -> JournalSnapshot:
    checkin = CheckIn(
        datetime(2024, 3, 1, 8, 30, tzinfo=CET),
        {
            "pain_now": 7,
            "temperature": 38.4,
            "weight": 71.5,
            "stiffness_minutes": 45,
            "fatigue": 6,
            "night_sweats": 1,
            "custom_jaw_pain": 3,
        },
        id=12,
    )
    labs = (
        LabResult("CRP", date(2024, 3, 2), 48.0, "mg/L", reference_high=5, id=1),
        LabResult("ESR", date(2024, 3, 2), 61.0, "mm/h", id=2),
        LabResult("WBC", date(2024, 3, 2), 12.3, "×10⁹/L", id=3),
        LabResult("Blood culture", date(2024, 3, 2), text="negative", id=4),
    )
    basdai = (BasdaiAnswers(date(2024, 3, 3), 5, 6, 2, 3, 5, 4, id=1),)
    return JournalSnapshot(checkins=(checkin,), metrics=METRICS, labs=labs, basdai=basdai)


def _validated(bundle: dict) -> list[dict]:
    """Each resource validated on its own and the bundle as a whole; the resources."""
    Bundle.model_validate(json.loads(json.dumps(bundle)))
    resources = [entry["resource"] for entry in bundle["entry"]]
    for resource in resources:
        MODELS[resource["resourceType"]].model_validate(resource)
    return resources


def _by_code(resources: list[dict]) -> dict[str, dict]:
    return {
        r["code"]["coding"][0]["code"]: r for r in resources if r["resourceType"] == "Observation"
    }


def test_the_bundle_is_a_valid_r4_collection_with_one_patient():
    bundle = fhir_bundle(_snapshot(), MADE_AT)
    resources = _validated(bundle)
    assert bundle["type"] == "collection"
    assert [r["resourceType"] for r in resources].count("Patient") == 1
    assert len(resources) == 1 + 7 + 4 + 1


def test_every_observation_is_final_about_the_patient_and_in_a_known_category():
    bundle = fhir_bundle(_snapshot(), MADE_AT)
    patient_url = bundle["entry"][0]["fullUrl"]
    for resource in _validated(bundle)[1:]:
        assert resource["status"] == "final"
        assert resource["subject"] == {"reference": patient_url}
        (coding,) = resource["category"][0]["coding"]
        assert coding["system"] == CATEGORY_SYSTEM
        assert coding["code"] in {"vital-signs", "survey", "laboratory"}


def test_a_check_in_keeps_its_utc_offset():
    found = _by_code(_validated(fhir_bundle(_snapshot(), MADE_AT)))
    assert found["72514-3"]["effectiveDateTime"] == "2024-03-01T08:30:00+01:00"


def test_loinc_codes_units_and_categories_are_the_published_ones():
    found = _by_code(_validated(fhir_bundle(_snapshot(), MADE_AT)))
    expected = {
        # LOINC code: (category, UCUM code, value)
        "72514-3": ("survey", None, 7),
        "8310-5": ("vital-signs", "Cel", 38.4),
        "29463-7": ("vital-signs", "kg", 71.5),
        "1988-5": ("laboratory", "mg/L", 48),
        "4537-7": ("laboratory", "mm/h", 61),
        "6690-2": ("laboratory", "10*9/L", 12.3),
    }
    for code, (category, unit, value) in expected.items():
        observation = found[code]
        assert observation["code"]["coding"][0]["system"] == LOINC
        assert observation["category"][0]["coding"][0]["code"] == category
        if unit is None:
            assert observation["valueInteger"] == value
        else:
            quantity = observation["valueQuantity"]
            assert quantity == {**quantity, "system": UCUM, "code": unit, "value": value}


def test_metrics_without_a_loinc_code_use_our_own_system_with_a_text():
    found = _by_code(_validated(fhir_bundle(_snapshot(), MADE_AT)))
    for key, label in (
        ("stiffness_minutes", "Morning stiffness minutes"),
        ("fatigue", "Fatigue"),
        ("custom_jaw_pain", "Jaw pain"),
    ):
        assert found[key]["code"]["coding"][0]["system"] == METRIC_SYSTEM
        assert found[key]["code"]["text"] == label
    assert found["stiffness_minutes"]["valueQuantity"]["code"] == "min"
    assert found["night_sweats"]["valueBoolean"] is True


def test_a_lab_result_in_words_and_a_reference_range_are_kept():
    found = _by_code(_validated(fhir_bundle(_snapshot(), MADE_AT)))
    assert found["blood-culture"]["valueString"] == "negative"
    assert found["1988-5"]["referenceRange"][0]["high"]["value"] == 5


def test_the_same_journal_gives_the_same_file():
    first = json.dumps(fhir_bundle(_snapshot(), MADE_AT), sort_keys=True)
    again = json.dumps(fhir_bundle(_snapshot(), MADE_AT), sort_keys=True)
    assert first == again


def test_ids_are_unique_and_full_urls_are_urn_uuids():
    bundle = fhir_bundle(_snapshot(), MADE_AT)
    urls = [e["fullUrl"] for e in bundle["entry"]]
    assert len(set(urls)) == len(urls)
    assert all(
        u == f"urn:uuid:{e['resource']['id']}" for u, e in zip(urls, bundle["entry"], strict=True)
    )


def test_a_value_of_a_retired_symptom_is_still_exported():
    checkin = CheckIn(datetime(2024, 3, 1, 8, tzinfo=UTC), {"custom_old": 4.5}, id=1)
    bundle = fhir_bundle(JournalSnapshot(checkins=(checkin,)), MADE_AT)
    found = _by_code(_validated(bundle))
    assert found["custom_old"]["valueQuantity"] == {"value": 4.5}


_offsets = st.integers(-12 * 4, 14 * 4).map(lambda q: timezone(timedelta(minutes=15 * q)))
_times = st.builds(
    lambda day, minute, tz: datetime(2020, 1, 1, tzinfo=tz) + timedelta(days=day, minutes=minute),
    st.integers(0, 2000),
    st.integers(0, 1439),
    _offsets,
)


def _value(metric: Metric):
    if metric.is_boolean:
        return st.sampled_from([0, 1])
    if metric.kind is MetricKind.SCALE:
        return st.integers(0, 10)
    return st.floats(metric.minimum, metric.maximum, allow_nan=False)


_values = st.fixed_dictionaries({}, optional={m.key: _value(m) for m in METRICS})
_checkins = st.builds(CheckIn, _times, _values, id=st.none() | st.integers(1, 10**6))
_labs = st.builds(
    LabResult,
    st.sampled_from(["CRP", "ESR", "WBC", "Blood culture", "Ferritin", "  x  y "]),
    st.dates(date(2000, 1, 1), date(2030, 1, 1)),
    st.none() | st.floats(0, 500, allow_nan=False),
    st.sampled_from(["mg/L", "mm/h", "×10⁹/L", "µg/L", ""]),
    st.sampled_from(["", "negative", "positive: Staphylococcus aureus"]),
    st.none() | st.floats(0, 10),
    st.none() | st.floats(10, 20),
    st.none() | st.integers(1, 10**6),
)


@settings(max_examples=40, deadline=None)
@given(st.lists(_checkins, max_size=6), st.lists(_labs, max_size=4))
def test_any_check_ins_and_labs_give_a_valid_bundle(checkins, labs):
    snapshot = JournalSnapshot(checkins=tuple(checkins), metrics=METRICS, labs=tuple(labs))
    resources = _validated(fhir_bundle(snapshot, MADE_AT))
    assert len(resources) == 1 + sum(len(c.values) for c in checkins) + len(labs)
    for resource in resources[1:]:
        when = resource["effectiveDateTime"]
        # A time of day always has its zone; a day alone has none to give.
        assert len(when) == 10 or when[-6] in "+-"


OWN_WORDS = Metric("custom_hüfte", "Hüfte „knackt“", MetricKind.YES_NO, Group.CUSTOM, builtin=False)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(_checkins, max_size=6),
    st.lists(_labs, max_size=3),
    st.dictionaries(st.sampled_from(["custom_old", OWN_WORDS.key]), st.integers(0, 1)),
)
def test_the_file_written_from_text_is_the_file_written_from_the_data(checkins, labs, extra):
    # The export writes each check-in value's entry from a template; it must be exactly
    # what encoding the bundle's data gives, a retired symptom and words beyond ASCII too.
    checkins = [*checkins, CheckIn(datetime(2024, 3, 1, 8, tzinfo=CET), extra or {"x": 1.5})]
    snapshot = JournalSnapshot(
        checkins=tuple(checkins), metrics=(*METRICS, OWN_WORDS), labs=tuple(labs)
    )
    expected = layered_json(fhir_bundle(snapshot, MADE_AT))
    assert layered_json(encoded_bundle(snapshot, MADE_AT)) == expected
