"""What a red flag is: the rule that raised it, how soon to act, and the data behind it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum, StrEnum
from operator import attrgetter

from journal.dates import day_text
from journal.text import readable_fields
from journal.translation import QT_TRANSLATE_NOOP, translate


class Level(StrEnum):
    """How soon a flag is worth telling a doctor, most pressing first."""

    URGENT = "urgent"
    SOON = "soon"
    NEXT_APPOINTMENT = "next appointment"

    @property
    def rank(self) -> int:
        """0 for the most pressing level; for sorting."""
        return _RANKS[self]

    @property
    def label(self) -> str:
        """The level in words, the same wherever a level is shown ("Get medical help now")."""
        return translate("Flags", _LEVEL_LABELS[self])

    @property
    def advice(self) -> str:
        """The closing words of every message at this level."""
        if self is Level.URGENT:
            return translate("Flags", _ADVICE[self]).format(label=self.label)
        return translate("Flags", _ADVICE[self])


_RANKS = {level: rank for rank, level in enumerate(Level)}  # asked of every flag found

# One set of words for each level, on the banner, the page, the command line and in every
# message. Urgent says "now", not "today": the brief calls a change in bladder or bowel control
# an emergency, and weakness with fever needs care the same day. The others keep the brief's
# words, "worth telling your doctor", and say when.
_LEVEL_LABELS = {
    Level.URGENT: QT_TRANSLATE_NOOP("Flags", "Get medical help now"),
    Level.SOON: QT_TRANSLATE_NOOP("Flags", "Worth telling your doctor soon"),
    Level.NEXT_APPOINTMENT: QT_TRANSLATE_NOOP(
        "Flags", "Worth telling your doctor at your next appointment"
    ),
}

_ADVICE = {
    Level.URGENT: QT_TRANSLATE_NOOP(
        "Flags",
        "{label}: call your doctor's urgent line or an emergency service. This is worth "
        "telling your doctor straight away.",
    ),
    Level.SOON: QT_TRANSLATE_NOOP(
        "Flags", "This is worth telling your doctor soon, within a day or two."
    ),
    Level.NEXT_APPOINTMENT: QT_TRANSLATE_NOOP(
        "Flags", "This is worth telling your doctor at your next appointment."
    ),
}


class Rule(Enum):
    """The red-flag rules. Each value is (rule number in the product brief, title, level)."""

    FEVER_WITH_BACK_PAIN = (1, QT_TRANSLATE_NOOP("Flags", "Fever with back pain"), Level.SOON)
    NIGHT_SWEATS = (2, QT_TRANSLATE_NOOP("Flags", "Night sweats"), Level.NEXT_APPOINTMENT)
    WEIGHT_LOSS = (3, QT_TRANSLATE_NOOP("Flags", "Weight loss"), Level.NEXT_APPOINTMENT)
    NERVE_SYMPTOMS = (4, QT_TRANSLATE_NOOP("Flags", "Nerve symptoms"), Level.NEXT_APPOINTMENT)
    BLADDER_BOWEL = (
        4,
        QT_TRANSLATE_NOOP("Flags", "Change in bladder or bowel control"),
        Level.URGENT,
    )
    WEAKNESS_WITH_FEVER_OR_PAIN = (
        4,
        QT_TRANSLATE_NOOP("Flags", "Weakness or difficulty walking with fever or worsening pain"),
        Level.URGENT,
    )
    UNRELENTING_PAIN = (
        5,
        QT_TRANSLATE_NOOP("Flags", "Pain that does not ease"),
        Level.NEXT_APPOINTMENT,
    )
    WORSENING_PAIN = (6, QT_TRANSLATE_NOOP("Flags", "Rapidly worsening pain"), Level.SOON)
    INFLAMMATORY_PATTERN = (
        7,
        QT_TRANSLATE_NOOP("Flags", "Long morning stiffness, most days"),
        Level.NEXT_APPOINTMENT,
    )
    LESION_GROWING = (
        8,
        QT_TRANSLATE_NOOP("Flags", "A skin lesion growing"),
        Level.NEXT_APPOINTMENT,
    )
    LESION_WITH_FEVER = (8, QT_TRANSLATE_NOOP("Flags", "A skin lesion with fever"), Level.SOON)
    COMING_BACK = (9, QT_TRANSLATE_NOOP("Flags", "Coming back after antibiotics"), Level.SOON)

    @property
    def number(self) -> int:
        """The rule's number in the product brief (1–9)."""
        return self.value[0]

    @property
    def title(self) -> str:
        """A short name for lists, banners and chart markers, in the user's language."""
        return translate("Flags", self.value[1])

    @property
    def source_title(self) -> str:
        """The short name in English, as the product brief gives it."""
        return self.value[1]

    @property
    def level(self) -> Level:
        """How soon a flag from this rule is worth telling a doctor."""
        return self.value[2]

    @property
    def key(self) -> str:
        """Stable identifier used in storage and exports ("fever_with_back_pain")."""
        return self.name.lower()

    @classmethod
    def from_key(cls, key: str) -> Rule:
        """The rule whose :attr:`key` is ``key``."""
        return cls[key.upper()]


@dataclass(frozen=True, slots=True)
class DataPoint:
    """One recorded fact behind a flag, for example (2 Nov, "Temperature", "38.4 °C")."""

    day: date
    label: str
    value: str

    @property
    def text(self) -> str:
        """For example "Mon 2 Nov 2026: Temperature 38.4 °C"."""
        return (
            translate("Flags", "{day}: {label} {value}")
            .format(day=day_text(self.day), label=self.label, value=self.value)
            .rstrip()
        )


@dataclass(frozen=True, slots=True)
class Flag:
    """A red flag raised by a rule over a span of days.

    Attributes:
        rule: the rule that raised it.
        first_day: the first local day it covers.
        last_day: the last local day it covers (inclusive).
        points: the recorded data behind it, oldest first.
        message: what was recorded and why it matters, ending with the level's advice.
    """

    rule: Rule
    first_day: date
    last_day: date
    points: tuple[DataPoint, ...]
    message: str

    @property
    def level(self) -> Level:
        """How soon it is worth telling a doctor."""
        return self.rule.level

    @property
    def title(self) -> str:
        """The rule's short name."""
        return self.rule.title

    @property
    def key(self) -> str:
        """Stable across recomputation: the rule and the first day ("night_sweats:2026-11-02")."""
        return f"{self.rule.key}:{self.first_day.isoformat()}"

    @property
    def dates(self) -> str:
        """The days covered, in words."""
        if self.first_day == self.last_day:
            return day_text(self.first_day)
        return translate("Flags", "{first} to {last}").format(
            first=day_text(self.first_day), last=day_text(self.last_day)
        )


@dataclass(frozen=True)
class Acknowledgement:
    """The user has seen a flag. It stays on record; the summary shows it as acknowledged.

    Attributes:
        key: the flag's :attr:`Flag.key`.
        last_day: the last day the flag covered when acknowledged; a flag that goes on
            beyond it is new again.
        at: when the user acknowledged it.
    """

    key: str
    last_day: date
    at: datetime

    def __post_init__(self) -> None:
        # Text an import brought may hold lone surrogates, which cannot be stored.
        readable_fields(self)


def make_flag(rule: Rule, days: list[date], points: list[DataPoint], body: str) -> Flag:
    """A flag over ``days`` whose message is ``body`` followed by the level's advice."""
    return Flag(
        rule=rule,
        first_day=min(days),
        last_day=max(days),
        points=tuple(sorted(points, key=attrgetter("day", "label", "value"))),
        message=translate("Flags", "{body} {advice}").format(body=body, advice=rule.level.advice),
    )


def span_words(days: list[date]) -> str:
    """ "on Mon 2 Nov 2026" or "on 3 days, from Mon 2 Nov 2026 to Wed 4 Nov 2026"."""
    first, last = min(days), max(days)
    count = len(set(days))
    if count == 1:
        return translate("Flags", "on {day}").format(day=day_text(first))
    return translate("Flags", "on %n days, from {first} to {last}", None, count).format(
        first=day_text(first), last=day_text(last)
    )


def between_words(first: date, last: date) -> str:
    """ "between Mon 2 Nov 2026 and Sun 8 Nov 2026"."""
    return translate("Flags", "between {first} and {last}").format(
        first=day_text(first), last=day_text(last)
    )


def yes() -> str:
    """The value of a yes/no data point that was answered yes."""
    return translate("Flags", "yes")


def listed(words: list[str]) -> str:
    """ "a", "a and b", "a, b and c", in the user's language."""
    if len(words) == 1:
        return words[0]
    return translate("Flags", "{items} and {last}").format(
        items=", ".join(words[:-1]), last=words[-1]
    )
