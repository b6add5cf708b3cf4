"""The red-flag thresholds: user settings whose defaults are the product brief's."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any

from journal.flags.model import Rule
from journal.numbers import is_real_number
from journal.units import UnitPreferences
from journal.validation import FieldError


@dataclass(frozen=True)
class Thresholds:
    """Where each rule draws its line. Temperatures in °C, weights as a percentage.

    Attributes:
        fever_celsius: a temperature at or above this is a fever (rules 1, 4, 8, 9).
        weight_loss_percent: a loss of at least this share of body weight (rule 3) ...
        weight_loss_days: ... within this many days (about 6 months).
        unrelenting_pain: pain at or above this on every day ... (rule 5)
        unrelenting_days: ... of this many days in a row.
        worsening_points: the latest days' mean pain at least this much above ... (rule 6)
        worsening_days: ... the days before; both spans are this many days long.
        stiffness_minutes: morning stiffness longer than this ... (rule 7)
        stiffness_days: ... on at least this many days ...
        stiffness_window_days: ... of the last this many days.
        lesion_growth_observations: size or count up at this many observations in a row
            (rule 8).
        relapse_pain_points: after antibiotics, the 3-day mean pain this much above its lowest
            since the course ended (rule 9; the brief gives no number, 2 points is ours).
        relapse_watch_days: how long after a course ends pain and fever are watched (rule 9).
    """

    fever_celsius: float = 38.0
    weight_loss_percent: float = 5.0
    weight_loss_days: int = 183
    unrelenting_pain: float = 7.0
    unrelenting_days: int = 7
    worsening_points: float = 3.0
    worsening_days: int = 3
    stiffness_minutes: float = 30.0
    stiffness_days: int = 10
    stiffness_window_days: int = 14
    lesion_growth_observations: int = 3
    relapse_pain_points: float = 2.0
    relapse_watch_days: int = 182

    def to_dict(self) -> dict[str, float]:
        """Plain values for storage."""
        return asdict(self)

    @classmethod
    def from_dict(cls, stored: dict[str, Any] | None) -> Thresholds:
        """Thresholds from stored values; anything missing, unknown or unusable is the default.

        A damaged setting must never silence a red flag, so bad values fall back to the
        defaults rather than failing.
        """
        stored = stored or {}
        default = cls()
        chosen: dict[str, Any] = {}
        for f in fields(cls):
            value = stored.get(f.name)
            kind = int if isinstance(getattr(default, f.name), int) else float
            try:
                converted = kind(value)
            except (TypeError, ValueError):
                continue
            if isinstance(value, bool) or converted != value or converted <= 0:
                continue
            chosen[f.name] = converted
        candidate = cls(**chosen)
        return candidate if not validate_thresholds(candidate) else default


_WORSENING = (Rule.WORSENING_PAIN, Rule.WEAKNESS_WITH_FEVER_OR_PAIN)
_RELAPSE = (Rule.COMING_BACK,)

RULES_READING: dict[str, tuple[Rule, ...]] = {
    "fever_celsius": (
        Rule.FEVER_WITH_BACK_PAIN,
        Rule.WEAKNESS_WITH_FEVER_OR_PAIN,
        Rule.LESION_WITH_FEVER,
        Rule.COMING_BACK,
    ),
    "weight_loss_percent": (Rule.WEIGHT_LOSS,),
    "weight_loss_days": (Rule.WEIGHT_LOSS,),
    "unrelenting_pain": (Rule.UNRELENTING_PAIN,),
    "unrelenting_days": (Rule.UNRELENTING_PAIN,),
    # Weakness counts with pain that is worsening by this same measure.
    "worsening_points": _WORSENING,
    "worsening_days": _WORSENING,
    "stiffness_minutes": (Rule.INFLAMMATORY_PATTERN,),
    "stiffness_days": (Rule.INFLAMMATORY_PATTERN,),
    "stiffness_window_days": (Rule.INFLAMMATORY_PATTERN,),
    "lesion_growth_observations": (Rule.LESION_GROWING,),
    "relapse_pain_points": _RELAPSE,
    "relapse_watch_days": _RELAPSE,
}
"""The rules that read each threshold, so that the settings can name the flags a change
affects (by their titles: rule numbers mean nothing to the user)."""


MOST_DAYS = {
    "weight_loss_days": 3650,
    "unrelenting_days": 365,
    "worsening_days": 30,
    "stiffness_days": 365,
    "stiffness_window_days": 365,
    "lesion_growth_observations": 50,
    "relapse_watch_days": 3650,
}
"""The largest counts that still make sense (and keep the rules quick on years of data)."""


def validate_thresholds(
    thresholds: Thresholds, units: UnitPreferences | None = None
) -> list[FieldError]:
    """Problems with thresholds a user typed, at most one per field, in plain words.

    Args:
        thresholds: the thresholds as typed (temperatures already in °C).
        units: the units the user reads temperatures in, for the messages.
    """
    units = units or UnitPreferences()
    found: dict[str, str] = {}

    def problem(name: str, message: str) -> None:
        found.setdefault(name, message)

    for f in fields(thresholds):
        value = getattr(thresholds, f.name)
        if not is_real_number(value):
            # nan passes every comparison below as if it were in range.
            problem(f.name, "Type an ordinary number here, like the default.")
        elif value <= 0:
            problem(f.name, "This needs a number above zero.")
    if not 37.0 <= thresholds.fever_celsius <= 41.0:
        low, high = (units.from_canonical(c, "°C") for c in (37.0, 41.0))
        unit = units.unit_for("°C")
        problem("fever_celsius", f"A fever threshold is between {low:g} and {high:g} {unit}.")
    if not 0 < thresholds.weight_loss_percent < 50:
        problem("weight_loss_percent", "Weight loss is a percentage between 0 and 50.")
    for name in ("unrelenting_pain", "worsening_points", "relapse_pain_points"):
        if not 0 < getattr(thresholds, name) <= 10:
            problem(name, "Pain is between 0 and 10 points.")
    for name, most in MOST_DAYS.items():
        if getattr(thresholds, name) > most:
            problem(name, f"Choose at most {most}.")
    if thresholds.stiffness_days > thresholds.stiffness_window_days:
        problem("stiffness_days", "The number of stiff days cannot exceed the period.")
    return [FieldError(name, message) for name, message in found.items()]
