from dataclasses import replace

from journal.care.medical_context import MedicalContext
from journal.custom_symptoms import key_for, make_custom_symptom
from journal.metrics import BUILTIN_METRICS, Group, MetricKind


def test_a_scale_symptom_becomes_a_custom_metric_in_my_symptoms():
    metric, errors = make_custom_symptom("Jaw pain", MetricKind.SCALE, BUILTIN_METRICS)
    assert errors == []
    assert (metric.key, metric.group, metric.builtin) == ("custom_jaw_pain", Group.CUSTOM, False)
    assert (metric.minimum, metric.maximum) == (0, 10)


def test_a_number_symptom_keeps_its_unit_and_range():
    metric, _ = make_custom_symptom("Steps", MetricKind.NUMBER, [], "steps", 0, 50000)
    assert (metric.unit, metric.maximum) == ("steps", 50000)


def test_a_number_symptom_needs_a_unit():
    metric, errors = make_custom_symptom("Steps", MetricKind.NUMBER, [], "", 0, 10)
    assert metric is None
    assert [e.field for e in errors] == ["unit"]


def test_a_name_already_in_the_check_in_is_refused():
    _, errors = make_custom_symptom("fatigue", MetricKind.SCALE, BUILTIN_METRICS)
    assert [e.field for e in errors] == ["name"]


def test_a_retired_symptom_of_the_same_name_is_to_be_brought_back_not_added_again():
    retired, _ = make_custom_symptom("Jaw pain", MetricKind.SCALE, [])
    retired = replace(retired, archived=True)
    metric, errors = make_custom_symptom("jaw pain", MetricKind.SCALE, [retired])
    assert metric is None
    assert "bring it back" in errors[0].message


def test_keys_never_collide():
    assert key_for("Jaw pain!", ["custom_jaw_pain"]) == "custom_jaw_pain_2"


def test_context_round_trips_through_plain_values():
    context = MedicalContext(dental_infection=True, infection_notes="tooth abscess, July")
    assert MedicalContext.from_dict(context.to_dict()) == context
    assert MedicalContext.from_dict({"unknown": 1, "diabetes": 1}).diabetes is True


def test_context_summary_lists_only_what_was_filled_in():
    lines = MedicalContext(dental_infection=True, allergies="penicillin").summary_lines()
    assert lines == ["Recent infections: dental", "Allergies: penicillin"]
