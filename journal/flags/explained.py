"""The nine red-flag rules in plain words, each with where it comes from, for Help.

Kept beside the rules as data, with the user's thresholds filled in, so that what Help says
is what the rules do: a threshold changed in the settings changes the words too.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from journal.flags.model import Rule
from journal.flags.thresholds import Thresholds
from journal.numbers import written_short
from journal.translation import QT_TRANSLATE_NOOP, translate
from journal.units import UnitPreferences

WHAT_FLAGS_ARE = QT_TRANSLATE_NOOP(
    "Flags",
    "Patterns in your journal that are worth telling your doctor. They say what you "
    "recorded and why it matters; they are never a diagnosis.",
)
"""What every red flag is, and is not, in English: said on the Red flags page and in Help
through :func:`what_flags_are`."""


def what_flags_are() -> str:
    """:data:`WHAT_FLAGS_ARE` in the user's language."""
    return translate("Flags", WHAT_FLAGS_ARE)


class Source(Enum):
    """Where the rules come from: the articles written for the people this program is for."""

    SPINE_INFECTIONS = QT_TRANSLATE_NOOP(
        "Flags",
        "the article “Hidden Dangers: Infections Causing Back Pain Explained”, on infections "
        "of the spine (vertebral osteomyelitis, discitis, epidural abscess)",
    )
    SPINE_INFLAMMATION = QT_TRANSLATE_NOOP(
        "Flags",
        "the article “Spine Inflammation: Causes, Symptoms, and How It Connects to Autoimmune "
        "Diseases”",
    )
    SKIN_INFECTIONS = QT_TRANSLATE_NOOP(
        "Flags", "the article on severe skin infections of the back"
    )

    @property
    def words(self) -> str:
        """The source in words, to follow "From", in the user's language."""
        return translate("Flags", self.value)


@dataclass(frozen=True)
class RuleExplanation:
    """One of the nine rules, as Help tells it.

    Attributes:
        number: the rule's number (1–9).
        rules: the flags this rule raises, most pressing first (rule 4 raises three).
        words: what the rule looks for, in plain words, with the thresholds in use.
        source: where the rule comes from.
        note: how the numbers were chosen, where the source gives none; else empty.
    """

    number: int
    rules: tuple[Rule, ...]
    words: str
    source: Source
    note: str = ""


def explain_rules(
    thresholds: Thresholds | None = None, units: UnitPreferences | None = None
) -> list[RuleExplanation]:
    """The nine rules in order, in plain words, with ``thresholds`` (the defaults when None).

    Args:
        thresholds: the user's thresholds.
        units: the units the user reads temperatures in.
    """
    t = thresholds or Thresholds()
    units = units or UnitPreferences()
    fever = units.format(t.fever_celsius, "°C")
    months = round(t.weight_loss_days / 30.5)
    told = [
        (
            translate(
                "Flags",
                "A temperature of {fever} or more on a day you also recorded back pain.",
            ).format(fever=fever),
            Source.SPINE_INFECTIONS,
            "",
        ),
        (translate("Flags", "You recorded night sweats."), Source.SPINE_INFECTIONS, ""),
        (
            translate(
                "Flags",
                "Your weight fell by {percent} % or more below your highest weight of the %n "
                "months before.",
                None,
                months,
            ).format(percent=written_short(t.weight_loss_percent)),
            Source.SPINE_INFECTIONS,
            translate(
                "Flags",
                "A loss of 5 % in 6 months is the usual clinical line for unexplained weight loss.",
            ),
        ),
        (
            translate(
                "Flags",
                "Tingling, numbness, weakness or difficulty walking. Any change in bladder or "
                "bowel control is an emergency, and so is weakness or difficulty walking "
                "together with fever or worsening pain.",
            ),
            Source.SPINE_INFECTIONS,
            "",
        ),
        (
            translate(
                "Flags",
                "Pain of {score} or more on each of %n days in a row while you took a medicine "
                "for pain or rested: pain that does not improve with rest or medicine.",
                None,
                t.unrelenting_days,
            ).format(score=written_short(t.unrelenting_pain)),
            Source.SPINE_INFECTIONS,
            "",
        ),
        (
            translate(
                "Flags",
                "Your mean pain over the last %n days is {points} points or more above the "
                "%n days before.",
                None,
                t.worsening_days,
            ).format(points=written_short(t.worsening_points)),
            Source.SPINE_INFECTIONS,
            "",
        ),
        (
            translate(
                "Flags",
                "Morning stiffness that lasts more than {minutes} minutes, on at least {days} "
                "of the last {window} days.",
            ).format(
                minutes=written_short(t.stiffness_minutes),
                days=t.stiffness_days,
                window=t.stiffness_window_days,
            ),
            Source.SPINE_INFLAMMATION,
            "",
        ),
        (
            translate(
                "Flags",
                "A skin lesion growing (bigger, or more bumps, at %n observations in a row), "
                "or a skin lesion while you have a fever.",
                None,
                t.lesion_growth_observations,
            ),
            Source.SKIN_INFECTIONS,
            "",
        ),
        (
            translate(
                "Flags",
                "A fever of {fever} or more, or pain rising again, in the %n months after a "
                "course of antibiotics ended.",
                None,
                round(t.relapse_watch_days / 30.5),
            ).format(fever=fever),
            Source.SPINE_INFECTIONS,
            translate(
                "Flags",
                "The source gives no number: a rise of {points} points in the 3-day mean pain "
                "above its lowest since the course ended is this program's own.",
            ).format(points=written_short(t.relapse_pain_points)),
        ),
    ]
    return [
        RuleExplanation(number, _raised_by(number), words, source, note)
        for number, (words, source, note) in enumerate(told, start=1)
    ]


def _raised_by(number: int) -> tuple[Rule, ...]:
    raised = [rule for rule in Rule if rule.number == number]
    return tuple(sorted(raised, key=lambda rule: rule.level.rank))
