"""The catalogue of what a check-in can record.

Every observation is a value of a metric. Built-in symptoms and the user's own symptoms are
metrics alike, so the form, the timeline, charts and exports treat them the same way.
Values are stored in canonical units (°C, kg, minutes); booleans are stored as 0 or 1.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from journal.text import readable_fields


class MetricKind(StrEnum):
    """How a metric is entered and what its values mean."""

    SCALE = "scale"  # a whole number 0–10
    YES_NO = "yes_no"  # 1 for yes, 0 for no
    NUMBER = "number"  # a measurement with a unit and a plausible range
    OUTCOME = "outcome"  # tried and helped (1) or did not help (0); absent when not tried


class Group(StrEnum):
    """Sections of the check-in form, in the order they appear."""

    PAIN = "Pain"
    FEVER = "Fever"
    STIFFNESS = "Stiffness"
    GENERAL = "How you are"
    NERVES = "Nerve and emergency symptoms"
    OTHER = "Other signs"
    CUSTOM = "My symptoms"


@dataclass(frozen=True)
class Metric:
    """One thing a check-in can record.

    Attributes:
        key: stable identifier used in storage and exports.
        label: plain words shown to the user; also the control's accessible name.
        kind: how the value is entered.
        group: the form section it belongs to.
        unit: canonical unit of stored values ("°C", "kg", "min"), empty for scales and yes/no.
        minimum: lowest plausible value in canonical units.
        maximum: highest plausible value in canonical units.
        builtin: False for the user's own symptoms.
        archived: a symptom of the user's own that is no longer asked; its past values stay.
    """

    key: str
    label: str
    kind: MetricKind
    group: Group
    unit: str = ""
    minimum: float = 0.0
    maximum: float = 10.0
    builtin: bool = True
    archived: bool = False

    def __post_init__(self) -> None:
        # Text an import brought may hold lone surrogates, which cannot be stored.
        readable_fields(self)

    @property
    def is_boolean(self) -> bool:
        """True when values are yes/no answers rather than amounts."""
        return self.kind in (MetricKind.YES_NO, MetricKind.OUTCOME)


def _scale(key: str, label: str, group: Group) -> Metric:
    return Metric(key, label, MetricKind.SCALE, group)


def _yes_no(key: str, label: str, group: Group) -> Metric:
    return Metric(key, label, MetricKind.YES_NO, group, maximum=1)


def _outcome(key: str, label: str) -> Metric:
    return Metric(key, label, MetricKind.OUTCOME, Group.PAIN, maximum=1)


BUILTIN_METRICS: tuple[Metric, ...] = (
    _scale("pain_now", "Pain now", Group.PAIN),
    _scale("pain_worst", "Worst pain", Group.PAIN),
    _yes_no("pain_at_rest", "Pain at rest", Group.PAIN),
    _yes_no("pain_at_night", "Pain at night", Group.PAIN),
    _outcome("rest_helped", "Did rest help"),
    _outcome("medicine_helped", "Did pain medicine help"),
    Metric("temperature", "Temperature", MetricKind.NUMBER, Group.FEVER, "°C", 34.0, 43.0),
    _yes_no("chills", "Chills", Group.FEVER),
    _yes_no("night_sweats", "Night sweats", Group.FEVER),
    Metric(
        "stiffness_minutes",
        "Morning stiffness minutes",
        MetricKind.NUMBER,
        Group.STIFFNESS,
        "min",
        0,
        1440,
    ),
    _scale("stiffness_severity", "Morning stiffness severity", Group.STIFFNESS),
    _scale("fatigue", "Fatigue", Group.GENERAL),
    _scale("sleep_quality", "Sleep quality", Group.GENERAL),
    Metric("weight", "Weight", MetricKind.NUMBER, Group.GENERAL, "kg", 20, 400),
    _yes_no("tingling", "Tingling", Group.NERVES),
    _yes_no("numbness", "Numbness", Group.NERVES),
    _yes_no("weakness", "Weakness", Group.NERVES),
    _yes_no("difficulty_walking", "Difficulty walking", Group.NERVES),
    _yes_no("bladder_bowel_change", "Bladder or bowel change", Group.NERVES),
    _yes_no("eye_redness", "Eye redness", Group.OTHER),
    _yes_no("digestive_trouble", "Digestive trouble", Group.OTHER),
)

BUILTIN_BY_KEY: dict[str, Metric] = {m.key: m for m in BUILTIN_METRICS}
