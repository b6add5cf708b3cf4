from datetime import timedelta

import pytest
from builders import at
from hypothesis import given
from hypothesis import strategies as st

from journal.checkin import CheckIn
from journal.metrics import BUILTIN_METRICS
from journal.units import TemperatureUnit, UnitPreferences
from journal.validation import TIME_FIELD, metrics_by_key, validate_checkin

NOW = at(21, 12)


CELSIUS = UnitPreferences()


def problems(values=None, when=NOW, units=CELSIUS):
    checkin = CheckIn(taken_at=when, values=values or {})
    return {e.field: e.message for e in validate_checkin(checkin, BUILTIN_METRICS, units, NOW)}


def test_a_plain_check_in_has_no_problems():
    assert problems({"pain_now": 4, "temperature": 37.2, "weight": 70}) == {}


@pytest.mark.parametrize("pain", [-1, 11, 4.5])
def test_pain_is_a_whole_number_from_0_to_10(pain):
    assert "0 (none) to 10" in problems({"pain_now": pain})["pain_now"]


@pytest.mark.parametrize("pain", [0, 10])
def test_pain_accepts_both_ends_of_the_scale(pain):
    assert problems({"pain_now": pain}) == {}


def test_a_temperature_of_47_is_refused_with_the_allowed_range():
    message = problems({"temperature": 47.0})["temperature"]
    assert message == "Temperature must be between 34 and 43 °C."


def test_the_range_is_given_in_fahrenheit_to_a_fahrenheit_user():
    units = UnitPreferences(temperature=TemperatureUnit.FAHRENHEIT)
    message = problems({"temperature": 47.0}, units=units)["temperature"]
    assert message == "Temperature must be between 93.2 and 109.4 °F."


@pytest.mark.parametrize(
    ("key", "good", "bad"),
    [
        ("temperature", 34.0, 33.9),
        ("temperature", 43.0, 43.1),
        ("stiffness_minutes", 1440, 1441),
        ("stiffness_minutes", 0, -1),
        ("weight", 20, 19.9),
        ("weight", 400, 400.5),
    ],
)
def test_ranges_are_inclusive_at_their_ends(key, good, bad):
    assert problems({key: good}) == {}
    assert key in problems({key: bad})


def test_a_time_up_to_five_minutes_ahead_is_accepted():
    assert problems(when=NOW + timedelta(minutes=5)) == {}


def test_a_time_further_in_the_future_is_refused():
    assert TIME_FIELD in problems(when=NOW + timedelta(minutes=6))


def test_an_unknown_metric_is_refused():
    assert "mood" in problems({"mood": 3})


def test_yes_no_values_are_0_or_1():
    assert "chills" in problems({"chills": 2})


def test_a_stored_time_kept_unchanged_is_accepted_even_if_ahead_of_the_clock():
    # Saved while the computer's clock was a day ahead; the clock has been put right since.
    ahead = NOW + timedelta(days=1)
    checkin = CheckIn(taken_at=ahead, values={"pain_now": 3})
    assert validate_checkin(checkin, BUILTIN_METRICS, CELSIUS, NOW, stored_at=ahead) == []


def test_a_new_time_typed_for_a_stored_check_in_is_still_held_to_the_clock():
    stored = NOW - timedelta(hours=2)
    checkin = CheckIn(taken_at=NOW + timedelta(hours=1))
    errors = validate_checkin(checkin, BUILTIN_METRICS, CELSIUS, NOW, stored_at=stored)
    assert [e.field for e in errors] == [TIME_FIELD]


@given(
    st.dictionaries(
        st.sampled_from([m.key for m in BUILTIN_METRICS] + ["no_such_metric"]),
        st.one_of(
            st.floats(allow_nan=True, allow_infinity=True),
            st.integers(-20, 200),
            st.booleans(),
        ),
        max_size=6,
    ),
    st.integers(-10, 30),
)
def test_the_metrics_by_key_find_the_same_problems_as_the_list(values, minutes_ahead):
    # A batch (an import, the demo) looks the metrics up once, by key; one check-in alone
    # passes the list. Both must refuse exactly the same things.
    checkin = CheckIn(taken_at=NOW + timedelta(minutes=minutes_ahead), values=values)
    from_list = validate_checkin(checkin, BUILTIN_METRICS, CELSIUS, NOW)
    by_key = validate_checkin(checkin, metrics_by_key(BUILTIN_METRICS), CELSIUS, NOW)
    assert by_key == from_list
