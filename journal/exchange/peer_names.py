"""Their names to our metrics, and their values into our units and scales.

A well-known name ("Back pain", "Fever", "Morning stiffness", "Tiredness") goes to the
journal's metric for it, but only when its values fit there: a fever rated mild to severe
is not a temperature, so it becomes a symptom of the user's own instead. Values are
converted on the way and the preview says how: a 0–4 severity is scaled to 0–10 (0, 3, 5,
8, 10: ×2.5, halves rounded up), a severity on a yes/no question counts as yes above 0,
pounds become kilograms and °F become °C.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable

from journal.exchange.peer_readings import Reading, Source
from journal.metrics import BUILTIN_METRICS, Metric, MetricKind
from journal.translation import QT_TRANSLATE_NOOP, translate
from journal.units import TemperatureUnit, UnitPreferences, WeightUnit, to_celsius, to_kg
from journal.validation import check_value

_WELL_KNOWN: dict[str, tuple[str, ...]] = {
    "pain_now": (
        "pain",
        "pain level",
        "pain score",
        "back pain",
        "backache",
        "back ache",
        "lower back pain",
        "low back pain",
        "upper back pain",
        "mid back pain",
        "middle back pain",
        "back lower pain",
        "back mid pain",
        "back upper pain",
        "spine pain",
        "spinal pain",
        "neck pain",
    ),
    "pain_worst": ("worst pain", "max pain", "maximum pain", "pain worst"),
    "temperature": ("temperature", "body temperature", "temp", "fever"),
    "stiffness_minutes": (
        "morning stiffness minutes",
        "morning stiffness duration",
        "stiffness duration",
        "stiffness minutes",
    ),
    "stiffness_severity": ("stiffness", "morning stiffness", "back stiffness", "joint stiffness"),
    "fatigue": ("fatigue", "tiredness", "tired", "exhaustion"),
    "sleep_quality": ("sleep quality",),
    "weight": ("weight", "body weight"),
    "chills": ("chills", "shivering"),
    "night_sweats": ("night sweats", "sweating at night"),
    "tingling": ("tingling", "pins and needles"),
    "numbness": ("numbness",),
    "weakness": ("weakness", "muscle weakness", "leg weakness"),
    "difficulty_walking": ("difficulty walking",),
    "eye_redness": ("eye redness", "red eyes"),
}
_BUILTIN = {m.key: m for m in BUILTIN_METRICS}
_UNITS = UnitPreferences()
# How a value was converted, in English: said in the import's preview (translated there).
SCALED = QT_TRANSLATE_NOOP("Exchange", "0–4 scaled to 0–10")
SEVERITY_AS_YES = QT_TRANSLATE_NOOP("Exchange", "a severity above 0 counted as yes")
MINUTES = QT_TRANSLATE_NOOP("Exchange", "durations read as minutes")
POUNDS = QT_TRANSLATE_NOOP("Exchange", "pounds converted to kilograms")
FAHRENHEIT = QT_TRANSLATE_NOOP("Exchange", "°F converted to °C")


def normal(name: str) -> str:
    """A name as compared: lower case, words only ("Back (lower) pain" -> "back lower pain")."""
    return " ".join(re.sub(r"[^\w]+", " ", name.casefold()).split())


def _well_known() -> dict[str, str]:
    names = {normal(n): key for key, many in _WELL_KNOWN.items() for n in many}
    for metric in BUILTIN_METRICS:
        names.setdefault(normal(metric.source_label), metric.key)
        names.setdefault(normal(metric.key), metric.key)
    return names


WELL_KNOWN = _well_known()


def well_known_metric(name: str, minutes: bool) -> str | None:
    """The built-in metric key a name is known to mean, or None.

    A stiffness given as a duration is its minutes, whatever else it is called.
    """
    key = WELL_KNOWN.get(normal(name))
    if minutes and key == "stiffness_severity":
        return "stiffness_minutes"
    return key


def severity_to_scale(severity: float) -> float:
    """0–4 onto 0–10: ×2.5 with halves rounded up, so 1 -> 3 and 3 -> 8."""
    return float(math.floor(severity * 2.5 + 0.5))


def convert(reading: Reading, metric: Metric) -> tuple[float | None, str]:
    """The reading's value in the metric's scale and unit, and how it was converted.

    Returns (None, "") when this kind of value cannot go to that metric at all (a severity
    is no temperature); the value may still be out of the metric's range, which the caller
    checks.
    """
    amount, source = reading.amount, reading.source
    if source is Source.SEVERITY:
        if metric.kind is MetricKind.SCALE:
            return severity_to_scale(amount), SCALED
        if metric.is_boolean:
            return float(amount > 0), SEVERITY_AS_YES
        return None, ""
    if source is Source.MINUTES:
        if metric.kind is MetricKind.NUMBER and metric.unit == "min":
            return round(amount, 2), MINUTES
        return None, ""
    if metric.unit == "kg" and reading.unit == "lb":
        return round(to_kg(amount, WeightUnit.LB), 2), POUNDS
    if metric.unit == "°C" and reading.unit == "°F":
        return round(to_celsius(amount, TemperatureUnit.FAHRENHEIT), 2), FAHRENHEIT
    if reading.unit and metric.unit and reading.unit != metric.unit:
        return None, ""
    return amount, ""


def fits(readings: Iterable[Reading], metric: Metric) -> bool:
    """True when every reading converts to a value the metric accepts."""
    for reading in readings:
        value, _ = convert(reading, metric)
        if value is None or check_value(metric, value, _UNITS) is not None:
            return False
    return True


def problem(reading: Reading, metric: Metric) -> str:
    """Why a reading cannot be saved as this metric, in words for the preview's error."""
    value, _ = convert(reading, metric)
    if value is None:
        return translate(
            "Exchange",
            "“{name}” ({kind}) cannot be recorded as {metric}; map it to another metric or to a "
            "symptom of your own.",
        ).format(name=reading.name, kind=reading.source.value, metric=metric.label)
    return check_value(metric, value, _UNITS) or ""


def builtin(key: str) -> Metric | None:
    """The built-in metric with this key."""
    return _BUILTIN.get(key)
