"""The red-flag thresholds as the settings dialog lists them: groups, captions and names.

Plain data and words, no widgets; each group says which red flags its lines are drawn for,
by their names.
"""

from __future__ import annotations

from dataclasses import dataclass

from journal.flags import Rule
from journal.flags.thresholds import RULES_READING


@dataclass(frozen=True)
class Setting:
    """One threshold as the dialog shows it.

    Attributes:
        key: the :class:`Thresholds` field.
        caption: the words before the field.
        unit: the words after it ("" for the fever threshold, whose unit is the user's).
        name: the field's accessible name, in plain words.
        about: words after the default, such as "about 6 months".
    """

    key: str
    caption: str
    unit: str
    name: str
    about: str = ""


GROUPS: tuple[tuple[str, tuple[Setting, ...]], ...] = (
    (
        "Fever",
        (Setting("fever_celsius", "A fever is a temperature from", "", "Fever temperature"),),
    ),
    (
        "Weight loss",
        (
            Setting("weight_loss_percent", "A loss of at least", "%", "Weight loss percentage"),
            Setting("weight_loss_days", "within", "days", "Weight loss period in days", "6 months"),
        ),
    ),
    (
        "Pain that does not ease",
        (
            Setting("unrelenting_pain", "Pain of at least", "out of 10", "Unrelenting pain level"),
            Setting("unrelenting_days", "every day for", "days in a row", "Unrelenting pain days"),
        ),
    ),
    (
        "Rapidly worsening pain",
        (
            Setting("worsening_points", "Mean pain up by at least", "points", "Pain rise"),
            Setting(
                "worsening_days",
                "comparing the last",
                "days with the days before",
                "Days compared for worsening pain",
            ),
        ),
    ),
    (
        "Long morning stiffness, most days",
        (
            Setting("stiffness_minutes", "Stiffness longer than", "minutes", "Stiffness minutes"),
            Setting("stiffness_days", "on at least", "days", "Stiff days needed"),
            Setting("stiffness_window_days", "out of the last", "days", "Stiffness period"),
        ),
    ),
    (
        "A skin lesion growing",
        (
            Setting(
                "lesion_growth_observations",
                "Bigger at",
                "observations in a row",
                "Lesion growth observations",
            ),
        ),
    ),
    (
        "Coming back after antibiotics",
        (
            Setting(
                "relapse_pain_points",
                "Mean pain up by at least",
                "points from its lowest",
                "Pain rise after antibiotics",
            ),
            Setting(
                "relapse_watch_days",
                "watched for",
                "days after a course ends",
                "Days watched after antibiotics",
            ),
        ),
    ),
)


def rules_of(settings: tuple[Setting, ...]) -> list[Rule]:
    """The red flags a group's thresholds draw the line for, in the order first read."""
    rules: list[Rule] = []
    for setting in settings:
        rules += [r for r in RULES_READING[setting.key] if r not in rules]
    return rules


def used_by(rules: list[Rule]) -> str:
    """The red flags named in words: "For the red flags “Fever with back pain” and …".

    Rule numbers are the brief's bookkeeping; a user knows the flags by their names.
    """
    names = [f"“{r.title}”" for r in rules]
    if len(names) == 1:
        return f"For the red flag {names[0]}."
    return f"For the red flags {', '.join(names[:-1])} and {names[-1]}."
