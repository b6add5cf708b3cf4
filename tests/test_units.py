from hypothesis import given
from hypothesis import strategies as st

from journal.units import (
    TemperatureUnit,
    UnitPreferences,
    WeightUnit,
    from_celsius,
    from_kg,
    to_celsius,
    to_kg,
)


def test_body_temperature_in_fahrenheit_is_the_familiar_figure():
    assert from_celsius(37.0, TemperatureUnit.FAHRENHEIT) == 98.6
    assert to_celsius(100.4, TemperatureUnit.FAHRENHEIT) == 38.0


def test_pounds_convert_to_kilograms():
    assert to_kg(100, WeightUnit.LB) == 45.359237


@given(st.floats(min_value=-100, max_value=200, allow_nan=False))
def test_temperature_round_trips_through_fahrenheit(celsius):
    there = from_celsius(celsius, TemperatureUnit.FAHRENHEIT)
    assert abs(to_celsius(there, TemperatureUnit.FAHRENHEIT) - celsius) < 1e-9


@given(st.floats(min_value=0, max_value=1000, allow_nan=False))
def test_weight_round_trips_through_pounds(kg):
    assert abs(to_kg(from_kg(kg, WeightUnit.LB), WeightUnit.LB) - kg) < 1e-9


def test_preferences_format_stored_values_in_the_chosen_units():
    units = UnitPreferences(TemperatureUnit.FAHRENHEIT, WeightUnit.LB)
    assert units.format(38.0, "°C") == "100.4 °F"
    assert units.format(50.0, "kg") == "110.2 lb"
    assert units.format(45.0, "min") == "45 min"
    assert UnitPreferences().format(37.0, "°C") == "37.0 °C"
