"""The red-flag thresholds as the settings dialog lists them: groups, captions and names.

Plain data and words, no widgets; each group says which red flags its lines are drawn for,
by their names.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from journal.flags import Rule
from journal.flags.thresholds import RULES_READING
from journal.translation import QT_TRANSLATE_NOOP


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
        QT_TRANSLATE_NOOP("FlagSettings", "Fever"),
        (
            Setting(
                "fever_celsius",
                QT_TRANSLATE_NOOP("FlagSettings", "A fever is a temperature from"),
                "",
                QT_TRANSLATE_NOOP("FlagSettings", "Fever temperature"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("FlagSettings", "Weight loss"),
        (
            Setting(
                "weight_loss_percent",
                QT_TRANSLATE_NOOP("FlagSettings", "A loss of at least"),
                "%",
                QT_TRANSLATE_NOOP("FlagSettings", "Weight loss percentage"),
            ),
            Setting(
                "weight_loss_days",
                QT_TRANSLATE_NOOP("FlagSettings", "within"),
                QT_TRANSLATE_NOOP("FlagSettings", "days"),
                QT_TRANSLATE_NOOP("FlagSettings", "Weight loss period in days"),
                QT_TRANSLATE_NOOP("FlagSettings", "6 months"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("FlagSettings", "Pain that does not ease"),
        (
            Setting(
                "unrelenting_pain",
                QT_TRANSLATE_NOOP("FlagSettings", "Pain of at least"),
                QT_TRANSLATE_NOOP("FlagSettings", "out of 10"),
                QT_TRANSLATE_NOOP("FlagSettings", "Unrelenting pain level"),
            ),
            Setting(
                "unrelenting_days",
                QT_TRANSLATE_NOOP("FlagSettings", "every day for"),
                QT_TRANSLATE_NOOP("FlagSettings", "days in a row"),
                QT_TRANSLATE_NOOP("FlagSettings", "Unrelenting pain days"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("FlagSettings", "Rapidly worsening pain"),
        (
            Setting(
                "worsening_points",
                QT_TRANSLATE_NOOP("FlagSettings", "Mean pain up by at least"),
                QT_TRANSLATE_NOOP("FlagSettings", "points"),
                QT_TRANSLATE_NOOP("FlagSettings", "Pain rise"),
            ),
            Setting(
                "worsening_days",
                QT_TRANSLATE_NOOP("FlagSettings", "comparing the last"),
                QT_TRANSLATE_NOOP("FlagSettings", "days with the days before"),
                QT_TRANSLATE_NOOP("FlagSettings", "Days compared for worsening pain"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("FlagSettings", "Long morning stiffness, most days"),
        (
            Setting(
                "stiffness_minutes",
                QT_TRANSLATE_NOOP("FlagSettings", "Stiffness longer than"),
                QT_TRANSLATE_NOOP("FlagSettings", "minutes"),
                QT_TRANSLATE_NOOP("FlagSettings", "Stiffness minutes"),
            ),
            Setting(
                "stiffness_days",
                QT_TRANSLATE_NOOP("FlagSettings", "on at least"),
                QT_TRANSLATE_NOOP("FlagSettings", "days"),
                QT_TRANSLATE_NOOP("FlagSettings", "Stiff days needed"),
            ),
            Setting(
                "stiffness_window_days",
                QT_TRANSLATE_NOOP("FlagSettings", "out of the last"),
                QT_TRANSLATE_NOOP("FlagSettings", "days"),
                QT_TRANSLATE_NOOP("FlagSettings", "Stiffness period"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("FlagSettings", "A skin lesion growing"),
        (
            Setting(
                "lesion_growth_observations",
                QT_TRANSLATE_NOOP("FlagSettings", "Bigger at"),
                QT_TRANSLATE_NOOP("FlagSettings", "observations in a row"),
                QT_TRANSLATE_NOOP("FlagSettings", "Lesion growth observations"),
            ),
        ),
    ),
    (
        QT_TRANSLATE_NOOP("FlagSettings", "Coming back after antibiotics"),
        (
            Setting(
                "relapse_pain_points",
                QT_TRANSLATE_NOOP("FlagSettings", "Mean pain up by at least"),
                QT_TRANSLATE_NOOP("FlagSettings", "points from its lowest"),
                QT_TRANSLATE_NOOP("FlagSettings", "Pain rise after antibiotics"),
            ),
            Setting(
                "relapse_watch_days",
                QT_TRANSLATE_NOOP("FlagSettings", "watched for"),
                QT_TRANSLATE_NOOP("FlagSettings", "days after a course ends"),
                QT_TRANSLATE_NOOP("FlagSettings", "Days watched after antibiotics"),
            ),
        ),
    ),
)


def words(text: str) -> str:
    """A caption, unit, name or group title of :data:`GROUPS` in the window's language."""
    return QCoreApplication.translate("FlagSettings", text) if text else text


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
    names = [
        QCoreApplication.translate("FlagSettings", "“{title}”").format(title=r.title) for r in rules
    ]
    if len(names) == 1:
        return QCoreApplication.translate("FlagSettings", "For the red flag {name}.").format(
            name=names[0]
        )
    return QCoreApplication.translate(
        "FlagSettings", "For the red flags {names} and {last}."
    ).format(names=", ".join(names[:-1]), last=names[-1])
