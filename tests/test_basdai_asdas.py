import math
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal.asdas import asdas_crp, asdas_esr, asdas_scores, band
from journal.basdai import (
    BasdaiAnswers,
    describe_stiffness_duration,
    stiffness_duration_item,
    stiffness_duration_minutes,
    validate_basdai,
)
from journal.care import LabResult

DAY = date(2026, 11, 10)


def _answers(**changes) -> BasdaiAnswers:
    values = dict(
        taken_on=DAY,
        fatigue=6,
        back_pain=7,
        peripheral=2,
        tenderness=3,
        stiffness_severity=6,
        stiffness_duration=4,
        patient_global=5,
    )
    values.update(changes)
    return BasdaiAnswers(**values)


def test_basdai_is_the_mean_with_the_morning_items_averaged():
    # (6 + 7 + 2 + 3 + (6 + 4) / 2) / 5 = 23 / 5
    assert _answers().score == pytest.approx(4.6)
    assert _answers().active


def test_a_basdai_below_four_is_not_read_as_active():
    assert not _answers(fatigue=1, back_pain=2).active


@given(st.lists(st.integers(0, 10), min_size=6, max_size=6))
def test_basdai_stays_between_0_and_10(items):
    answers = BasdaiAnswers(DAY, *items)
    assert 0 <= answers.score <= 10


def test_two_hours_of_stiffness_is_the_top_of_question_six():
    assert stiffness_duration_item(60) == 5
    assert stiffness_duration_item(180) == 10


def test_an_answer_above_ten_is_refused_beside_it():
    errors = validate_basdai(_answers(tenderness=11))
    assert [e.field for e in errors] == ["tenderness"]


def test_asdas_crp_matches_the_published_formula():
    expected = 0.121 * 7 + 0.058 * 4 + 0.110 * 5 + 0.073 * 2 + 0.579 * math.log(21)
    assert asdas_crp(7, 4, 5, 2, 20) == pytest.approx(expected)
    assert asdas_crp(7, 4, 5, 2, 20) == pytest.approx(3.53, abs=0.01)


def test_a_crp_below_two_counts_as_two():
    assert asdas_crp(1, 1, 1, 1, 0.3) == asdas_crp(1, 1, 1, 1, 2)


def test_asdas_esr_matches_the_published_formula():
    expected = 0.079 * 7 + 0.069 * 4 + 0.113 * 5 + 0.086 * 2 + 0.293 * 5
    assert asdas_esr(7, 4, 5, 2, 25) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("score", "state"),
    [
        (1.24, "Inactive disease"),
        (1.26, "Low disease activity"),
        (2.04, "Low disease activity"),
        (2.06, "High disease activity"),
        (3.5, "High disease activity"),
        (3.54, "High disease activity"),
        (3.56, "Very high disease activity"),
    ],
)
def test_asdas_bands_follow_the_published_cut_offs(score, state):
    assert band(score) == state


def test_asdas_needs_a_lab_within_seven_days():
    labs = [LabResult("CRP", date(2026, 11, 1), 20), LabResult("ESR", date(2026, 11, 12), 25)]
    scores = asdas_scores(_answers(), labs)
    assert [s.kind for s in scores] == ["ASDAS-ESR"]
    assert scores[0].lab_day == date(2026, 11, 12)


def test_asdas_needs_the_patient_global_answer():
    labs = [LabResult("CRP", DAY, 20)]
    assert asdas_scores(_answers(patient_global=None), labs) == []
    assert asdas_scores(_answers(), labs)[0].describe().startswith("ASDAS-CRP 3.")


@given(st.integers(min_value=0, max_value=120))
def test_question_6_in_minutes_maps_to_its_scale_and_back(minutes):
    assert stiffness_duration_minutes(stiffness_duration_item(minutes)) == pytest.approx(minutes)


def test_question_6_is_described_as_a_time_and_on_its_scale():
    assert describe_stiffness_duration(7.5) == "1 h 30 min (7.5)"
    assert describe_stiffness_duration(5) == "1 h (5)"
    assert describe_stiffness_duration(0) == "none (0)"


def test_question_6_at_the_top_of_its_scale_is_two_hours_or_more():
    assert describe_stiffness_duration(10) == "2 hours or more (10)"
