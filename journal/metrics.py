"""The catalogue of what a check-in can record.

Every observation is a value of a metric. Built-in symptoms and the user's own symptoms are
metrics alike, so the form, the timeline, charts and exports treat them the same way.
Values are stored in canonical units (°C, kg, minutes); booleans are stored as 0 or 1.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from journal.text import readable_fields
from journal.translation import QT_TRANSLATE_NOOP, translate


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

    @property
    def label(self) -> str:
        """The section's title in the user's language; the value stays English, for storage."""
        return translate("Metrics", self.value)


# The groups' values are their English titles, marked here for the translator.
_GROUP_TITLES = (
    QT_TRANSLATE_NOOP("Metrics", "Pain"),
    QT_TRANSLATE_NOOP("Metrics", "Fever"),
    QT_TRANSLATE_NOOP("Metrics", "Stiffness"),
    QT_TRANSLATE_NOOP("Metrics", "How you are"),
    QT_TRANSLATE_NOOP("Metrics", "Nerve and emergency symptoms"),
    QT_TRANSLATE_NOOP("Metrics", "Other signs"),
    QT_TRANSLATE_NOOP("Metrics", "My symptoms"),
)


@dataclass(frozen=True)
class Metric:
    """One thing a check-in can record.

    Attributes:
        key: stable identifier used in storage and exports.
        source_label: a built-in metric's English name, or the user's own words for their
            symptom: what storage and exports keep. :attr:`label` is what the user reads.
        kind: how the value is entered.
        group: the form section it belongs to.
        unit: canonical unit of stored values ("°C", "kg", "min"), empty for scales and yes/no.
        minimum: lowest plausible value in canonical units.
        maximum: highest plausible value in canonical units.
        builtin: False for the user's own symptoms.
        archived: a symptom of the user's own that is no longer asked; its past values stay.
    """

    key: str
    source_label: str
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
    def label(self) -> str:
        """Plain words shown to the user, in their language; also the control's accessible
        name. The user's own symptoms keep the words they gave."""
        return translate("Metrics", self.source_label) if self.builtin else self.source_label

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
    _scale("pain_now", QT_TRANSLATE_NOOP("Metrics", "Pain now"), Group.PAIN),
    _scale("pain_worst", QT_TRANSLATE_NOOP("Metrics", "Worst pain"), Group.PAIN),
    _yes_no("pain_at_rest", QT_TRANSLATE_NOOP("Metrics", "Pain at rest"), Group.PAIN),
    _yes_no("pain_at_night", QT_TRANSLATE_NOOP("Metrics", "Pain at night"), Group.PAIN),
    _outcome("rest_helped", QT_TRANSLATE_NOOP("Metrics", "Did rest help")),
    _outcome("medicine_helped", QT_TRANSLATE_NOOP("Metrics", "Did pain medicine help")),
    Metric(
        "temperature",
        QT_TRANSLATE_NOOP("Metrics", "Temperature"),
        MetricKind.NUMBER,
        Group.FEVER,
        "°C",
        34.0,
        43.0,
    ),
    _yes_no("chills", QT_TRANSLATE_NOOP("Metrics", "Chills"), Group.FEVER),
    _yes_no("night_sweats", QT_TRANSLATE_NOOP("Metrics", "Night sweats"), Group.FEVER),
    Metric(
        "stiffness_minutes",
        QT_TRANSLATE_NOOP("Metrics", "Morning stiffness minutes"),
        MetricKind.NUMBER,
        Group.STIFFNESS,
        "min",
        0,
        1440,
    ),
    _scale(
        "stiffness_severity",
        QT_TRANSLATE_NOOP("Metrics", "Morning stiffness severity"),
        Group.STIFFNESS,
    ),
    _scale("fatigue", QT_TRANSLATE_NOOP("Metrics", "Fatigue"), Group.GENERAL),
    _scale("sleep_quality", QT_TRANSLATE_NOOP("Metrics", "Sleep quality"), Group.GENERAL),
    Metric(
        "weight",
        QT_TRANSLATE_NOOP("Metrics", "Weight"),
        MetricKind.NUMBER,
        Group.GENERAL,
        "kg",
        20,
        400,
    ),
    _yes_no("tingling", QT_TRANSLATE_NOOP("Metrics", "Tingling"), Group.NERVES),
    _yes_no("numbness", QT_TRANSLATE_NOOP("Metrics", "Numbness"), Group.NERVES),
    _yes_no("weakness", QT_TRANSLATE_NOOP("Metrics", "Weakness"), Group.NERVES),
    _yes_no("difficulty_walking", QT_TRANSLATE_NOOP("Metrics", "Difficulty walking"), Group.NERVES),
    _yes_no(
        "bladder_bowel_change",
        QT_TRANSLATE_NOOP("Metrics", "Bladder or bowel change"),
        Group.NERVES,
    ),
    _yes_no("eye_redness", QT_TRANSLATE_NOOP("Metrics", "Eye redness"), Group.OTHER),
    _yes_no("digestive_trouble", QT_TRANSLATE_NOOP("Metrics", "Digestive trouble"), Group.OTHER),
)

BUILTIN_BY_KEY: dict[str, Metric] = {m.key: m for m in BUILTIN_METRICS}

# How a sentence names some metrics: lower case in English ("tingling and numbness"),
# where German keeps the capital of its nouns.
_IN_SENTENCE = {
    "tingling": QT_TRANSLATE_NOOP("Metrics", "tingling"),
    "numbness": QT_TRANSLATE_NOOP("Metrics", "numbness"),
    "weakness": QT_TRANSLATE_NOOP("Metrics", "weakness"),
    "difficulty_walking": QT_TRANSLATE_NOOP("Metrics", "difficulty walking"),
    "bladder_bowel_change": QT_TRANSLATE_NOOP("Metrics", "bladder or bowel change"),
    "temperature": QT_TRANSLATE_NOOP("Metrics", "temperature"),
    "stiffness_minutes": QT_TRANSLATE_NOOP("Metrics", "morning stiffness minutes"),
    "fatigue": QT_TRANSLATE_NOOP("Metrics", "fatigue"),
    "weight": QT_TRANSLATE_NOOP("Metrics", "weight"),
}


def in_sentence(key: str) -> str:
    """A built-in metric's name as it reads inside a sentence, in the user's language (the
    nerve symptoms and the measures the summary names; any other in lower case)."""
    if key in _IN_SENTENCE:
        return translate("Metrics", _IN_SENTENCE[key])
    return BUILTIN_BY_KEY[key].label.lower()
