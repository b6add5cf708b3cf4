"""Units the user may prefer, and conversion to the canonical units we store (°C, kg)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from journal.numbers import written, written_short


class TemperatureUnit(StrEnum):
    """How temperatures are shown and typed."""

    CELSIUS = "°C"
    FAHRENHEIT = "°F"


class WeightUnit(StrEnum):
    """How weights are shown and typed."""

    KG = "kg"
    LB = "lb"


KG_PER_LB = 0.45359237


def to_celsius(value: float, unit: TemperatureUnit) -> float:
    """Convert a temperature typed in ``unit`` to °C."""
    if unit is TemperatureUnit.FAHRENHEIT:
        return (value - 32.0) * 5.0 / 9.0
    return value


def from_celsius(value: float, unit: TemperatureUnit) -> float:
    """Convert a stored °C temperature to ``unit``."""
    if unit is TemperatureUnit.FAHRENHEIT:
        return value * 9.0 / 5.0 + 32.0
    return value


def to_kg(value: float, unit: WeightUnit) -> float:
    """Convert a weight typed in ``unit`` to kg."""
    return value * KG_PER_LB if unit is WeightUnit.LB else value


def from_kg(value: float, unit: WeightUnit) -> float:
    """Convert a stored kg weight to ``unit``."""
    return value / KG_PER_LB if unit is WeightUnit.LB else value


@dataclass(frozen=True)
class UnitPreferences:
    """The user's display units. Storage is always °C and kg."""

    temperature: TemperatureUnit = TemperatureUnit.CELSIUS
    weight: WeightUnit = WeightUnit.KG

    def unit_for(self, canonical_unit: str) -> str:
        """The unit to show for a metric whose stored unit is ``canonical_unit``."""
        if canonical_unit == "°C":
            return self.temperature.value
        if canonical_unit == "kg":
            return self.weight.value
        return canonical_unit

    def to_canonical(self, value: float, canonical_unit: str) -> float:
        """Convert a value typed in the preferred unit to the stored unit."""
        if canonical_unit == "°C":
            return to_celsius(value, self.temperature)
        if canonical_unit == "kg":
            return to_kg(value, self.weight)
        return value

    def from_canonical(self, value: float, canonical_unit: str) -> float:
        """Convert a stored value to the preferred unit."""
        if canonical_unit == "°C":
            return from_celsius(value, self.temperature)
        if canonical_unit == "kg":
            return from_kg(value, self.weight)
        return value

    def format(self, value: float, canonical_unit: str) -> str:
        """A stored value as the user reads it, for example "38.4 °C" or "101.1 °F"."""
        shown = self.from_canonical(value, canonical_unit)
        unit = self.unit_for(canonical_unit)
        if canonical_unit in ("°C", "kg"):
            return f"{written(shown, 1)} {unit}"
        return f"{written_short(shown)} {unit}".strip()
