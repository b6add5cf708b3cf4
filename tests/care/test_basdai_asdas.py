import math
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journal.care.asdas import AsdasScore, asdas_crp, asdas_esr, asdas_scores, band, describe_asdas
from journal.care.basdai import (
    BasdaiAnswers,
    describe_basdai,
    describe_stiffness_duration,
    describe_unanswered,
    read_answers,
    stiffness_duration_item,
    stiffness_duration_minutes,
    unanswered_questions,
    validate_basdai,
)
from journal.care.records import LabResult

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


# --- each measure on its own scale, in its own words ----------------------------------------


def test_a_basdai_below_four_says_so_on_its_own_scale():
    answers = _answers(fatigue=1, back_pain=2)  # (1 + 2 + 2 + 3 + 5) / 5 = 2.6
    assert describe_basdai(answers) == (
        "BASDAI 2.6 of 10 — below 4, the usual mark of active disease"
    )


def test_a_basdai_of_four_or_more_says_so_on_its_own_scale():
    assert describe_basdai(_answers()) == (
        "BASDAI 4.6 of 10 — 4 or more, the usual mark of active disease"
    )


def test_a_basdai_shown_as_four_is_not_called_below_four():
    # (4 + 4 + 4 + 4 + (3.8 + 4) / 2) / 5 = 3.98, shown as 4.0
    answers = _answers(
        fatigue=4,
        back_pain=4,
        peripheral=4,
        tenderness=4,
        stiffness_severity=3.8,
        stiffness_duration=4,
    )
    assert answers.score == pytest.approx(3.98)
    assert answers.active
    assert describe_basdai(answers).startswith("BASDAI 4.0 of 10 — 4 or more")


@pytest.mark.parametrize(
    ("score", "words"),
    [
        (1.0, "ASDAS-CRP 1.0 — inactive disease (below 1.3)"),
        (1.8, "ASDAS-CRP 1.8 — low disease activity (1.3 to under 2.1)"),
        (2.6, "ASDAS-CRP 2.6 — high disease activity (2.1–3.5)"),
        (3.9, "ASDAS-CRP 3.9 — very high disease activity (above 3.5)"),
    ],
)
def test_an_asdas_gives_its_state_with_the_range_of_its_own_scale(score, words):
    assert AsdasScore("ASDAS-CRP", score, DAY).describe() == words


def test_two_asdas_in_the_same_state_say_it_once():
    scores = [AsdasScore("ASDAS-CRP", 2.9, DAY), AsdasScore("ASDAS-ESR", 2.94, DAY)]
    assert describe_asdas(scores) == (
        "ASDAS-CRP 2.9, ASDAS-ESR 2.9 — high disease activity (2.1–3.5)"
    )


def test_two_asdas_in_different_states_each_give_theirs():
    scores = [AsdasScore("ASDAS-CRP", 2.0, DAY), AsdasScore("ASDAS-ESR", 2.2, DAY)]
    assert describe_asdas(scores) == (
        "ASDAS-CRP 2.0 — low disease activity (1.3 to under 2.1); "
        "ASDAS-ESR 2.2 — high disease activity (2.1–3.5)"
    )


# --- nothing is assumed for a question left blank ---------------------------------------------


def _values(**changes):
    values = dict(
        fatigue=6,
        back_pain=7,
        peripheral=2,
        tenderness=3,
        stiffness_severity=6,
        stiffness_duration=4,
        patient_global=None,
    )
    values.update(changes)
    return values


def test_answers_given_to_every_question_make_a_questionnaire():
    answers, errors = read_answers(DAY, _values(patient_global=5), answers_id=3)
    assert errors == []
    assert answers == _answers(id=3)


def test_a_question_left_blank_is_not_counted_as_zero_but_refused_beside_it():
    answers, errors = read_answers(DAY, _values(peripheral=None, stiffness_duration=None))
    assert answers is None
    assert [e.field for e in errors] == ["peripheral", "stiffness_duration"]
    assert all(e.message.startswith("Not answered yet") for e in errors)


def test_a_blank_answer_and_one_out_of_range_are_both_reported_in_question_order():
    _, errors = read_answers(DAY, _values(fatigue=None, back_pain=12))
    assert [e.field for e in errors] == ["fatigue", "back_pain"]
    assert "0 (none) to 10" in errors[1].message


def test_only_the_asdas_question_may_stay_blank():
    answers, errors = read_answers(DAY, _values())
    assert errors == [] and answers.patient_global is None


def test_the_questions_left_blank_are_named_by_number():
    assert unanswered_questions(_values(fatigue=None, tenderness=None)) == [1, 4]
    assert describe_unanswered([3]) == "Question 3 is not answered yet."
    assert describe_unanswered([1, 3, 6]) == "Questions 1, 3 and 6 are not answered yet."
    assert describe_unanswered([]) == ""
