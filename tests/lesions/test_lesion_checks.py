from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from journal.lesions.checks import validate_lesion, validate_observation
from journal.lesions.lesion import Lesion, LesionObservation
from journal.pain import Region, Side

TODAY = date(2026, 11, 20)


def _fields(errors):
    return [e.field for e in errors]


def test_a_lesion_needs_a_name():
    lesion = Lesion("  ", Region.LOWER_BACK, Side.LEFT, TODAY)
    assert _fields(validate_lesion(lesion, TODAY)) == ["name"]


def test_a_lesion_cannot_be_first_seen_tomorrow():
    lesion = Lesion("Boil", Region.LOWER_BACK, Side.LEFT, date(2026, 11, 21))
    assert _fields(validate_lesion(lesion, TODAY)) == ["first_seen"]


def test_a_lesion_cannot_heal_before_it_was_seen():
    lesion = Lesion("Boil", Region.LOWER_BACK, Side.LEFT, date(2026, 11, 10), date(2026, 11, 9))
    assert _fields(validate_lesion(lesion, TODAY)) == ["healed_on"]


def test_a_plain_lesion_is_valid():
    assert validate_lesion(Lesion("Boil", Region.SACRUM, Side.RIGHT, TODAY), TODAY) == []


@given(st.floats(min_value=0, max_value=500))
def test_sizes_up_to_half_a_metre_are_accepted(size):
    observation = LesionObservation(1, TODAY, size_mm=size)
    assert validate_observation(observation, TODAY) == []


@given(st.floats(min_value=500.001, max_value=1e9) | st.floats(max_value=-0.001, min_value=-1e9))
def test_sizes_outside_0_to_500_mm_are_refused(size):
    observation = LesionObservation(1, TODAY, size_mm=size)
    assert _fields(validate_observation(observation, TODAY)) == ["size_mm"]


@given(st.integers(min_value=-100, max_value=100), st.integers(min_value=-100, max_value=100))
def test_redness_and_pain_are_0_to_10(redness, pain):
    observation = LesionObservation(1, TODAY, redness=redness, pain=pain)
    expected = [f for f, v in (("redness", redness), ("pain", pain)) if not 0 <= v <= 10]
    assert _fields(validate_observation(observation, TODAY)) == expected


def test_a_negative_bump_count_is_refused():
    observation = LesionObservation(1, TODAY, bump_count=-1)
    assert _fields(validate_observation(observation, TODAY)) == ["bump_count"]


def test_an_observation_cannot_be_in_the_future():
    observation = LesionObservation(1, date(2026, 11, 21))
    errors = validate_observation(observation, TODAY)
    assert _fields(errors) == ["observed_on"]
    assert "future" in errors[0].message


def test_a_lesion_name_already_used_is_refused_whatever_its_case():
    lesion = Lesion(" left shoulder BOIL ", Region.LOWER_BACK, Side.LEFT, TODAY)
    errors = validate_lesion(lesion, TODAY, ["Left shoulder boil", "Hip"])
    assert _fields(errors) == ["name"]
    assert "already have a lesion called" in errors[0].message
