"""Numbers as typed: nan, infinity and 1e400 are refused everywhere, with a message."""

import math
from dataclasses import replace
from datetime import date

import pytest
from builders import at
from hypothesis import given
from hypothesis import strategies as st

from journal.care.basdai import BasdaiAnswers, validate_basdai
from journal.care.labs import validate_lab
from journal.care.medicines import validate_regimen
from journal.care.records import LabResult, Purpose, Regimen, Route
from journal.checkin import CheckIn
from journal.flags import Thresholds, validate_thresholds
from journal.lesions.checks import validate_observation
from journal.lesions.lesion import LesionObservation
from journal.metrics import BUILTIN_METRICS
from journal.numbers import UnreadableNumber, is_real_number, read_number, read_whole_number
from journal.units import UnitPreferences
from journal.validation import validate_checkin

DAY = date(2026, 11, 20)
NOT_REAL = [math.nan, math.inf, -math.inf]
NOT_REAL_TEXT = ["nan", "NaN", "inf", "-inf", "Infinity", "1e400", "-1e400"]


def _fields(errors) -> set[str]:
    return {e.field for e in errors}


@pytest.mark.parametrize("text", NOT_REAL_TEXT)
def test_nan_and_infinity_typed_are_unreadable(text):
    with pytest.raises(UnreadableNumber):
        read_number(text)


def test_a_decimal_comma_and_blank_text_are_read():
    assert (read_number(" 37,5 "), read_number("  ")) == (37.5, None)


def test_a_whole_number_may_be_typed_with_a_point_zero_but_not_a_fraction():
    assert read_whole_number("3.0") == 3
    with pytest.raises(UnreadableNumber):
        read_whole_number("3.5")


@given(st.text())
def test_reading_any_text_gives_a_finite_number_none_or_unreadable(text):
    try:
        number = read_number(text)
    except UnreadableNumber:
        return
    assert number is None or math.isfinite(number)


@pytest.mark.parametrize("key", ["pain_now", "temperature", "weight", "chills"])
@pytest.mark.parametrize("value", NOT_REAL)
def test_a_check_in_value_that_is_not_a_real_number_gets_a_message(key, value):
    checkin = CheckIn(taken_at=at(21, 12), values={key: value})
    errors = validate_checkin(checkin, BUILTIN_METRICS, UnitPreferences(), at(21, 12))
    assert _fields(errors) == {key}
    assert "ordinary number" in errors[0].message


@pytest.mark.parametrize("field", ["value", "reference_low", "reference_high"])
@pytest.mark.parametrize("value", NOT_REAL)
def test_a_lab_number_that_is_not_real_is_refused_beside_it(field, value):
    lab = replace(LabResult("Vitamin Q", DAY, 3.0, "g/L"), **{field: value})
    assert field in _fields(validate_lab(lab))


@pytest.mark.parametrize("value", NOT_REAL)
def test_a_dose_that_is_not_real_is_refused(value):
    regimen = Regimen(
        "Flucloxacillin", value, "g", Route.IV, Purpose.ANTIBIOTIC, DAY, times_per_day=4
    )
    assert _fields(validate_regimen(regimen)) == {"dose"}


@pytest.mark.parametrize("field", ["size_mm", "bump_count", "redness", "pain"])
@pytest.mark.parametrize("value", NOT_REAL)
def test_a_lesion_measurement_that_is_not_real_is_refused(field, value):
    observation = LesionObservation(lesion_id=1, observed_on=DAY, **{field: value})
    assert _fields(validate_observation(observation, DAY)) == {field}


@pytest.mark.parametrize("field", ["fatigue", "patient_global"])
@pytest.mark.parametrize("value", NOT_REAL)
def test_a_basdai_answer_that_is_not_real_is_refused(field, value):
    answers = replace(BasdaiAnswers(DAY, 6, 7, 2, 3, 6, 4, 5), **{field: value})
    assert _fields(validate_basdai(answers)) == {field}


@pytest.mark.parametrize("field", ["stiffness_minutes", "weight_loss_days", "fever_celsius"])
@pytest.mark.parametrize("value", NOT_REAL)
def test_a_threshold_that_is_not_real_is_refused(field, value):
    errors = validate_thresholds(replace(Thresholds(), **{field: value}))
    assert field in _fields(errors)


def test_a_stored_infinite_threshold_falls_back_to_the_defaults():
    assert Thresholds.from_dict({"stiffness_minutes": math.inf}) == Thresholds()


class _Amount(float):
    """A float of another type, as a library's number type can be."""


class _Count(int):
    """An int of another type."""


@pytest.mark.parametrize(
    ("value", "real"),
    [
        (0.0, True),
        (-3, True),
        (1e308, True),
        (_Amount(2.5), True),
        (_Count(4), True),
        (float("nan"), False),
        (float("inf"), False),
        (_Amount("-inf"), False),
        (True, False),
        (False, False),
        ("7", False),
        (None, False),
    ],
)
def test_a_real_number_is_a_finite_int_or_float_and_never_a_bool(value, real):
    assert is_real_number(value) is real
