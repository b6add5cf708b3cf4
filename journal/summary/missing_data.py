"""What the period does not hold, said plainly: a gap in the record is not a good day.

A doctor reading "3 days with fever" needs to know whether the temperature was taken on
30 days or on 5.
"""

from __future__ import annotations

from journal.summary.figures import PeriodFigures
from journal.translation import QT_TRANSLATE_NOOP, translate

# The figures page 1 leans on.
_DAILY = ("checkin_days", "pain_days", "temperature_days", "stiffness_days")
# Each figure's sentences, whole, so that each language can bend its words.
_NONE = {
    "pain_days": QT_TRANSLATE_NOOP("Summary", "No pain rating recorded in this period."),
    "temperature_days": QT_TRANSLATE_NOOP("Summary", "No temperature recorded in this period."),
    "stiffness_days": QT_TRANSLATE_NOOP("Summary", "No morning stiffness recorded in this period."),
}
_SOME = {
    "pain_days": QT_TRANSLATE_NOOP(
        "Summary", "No pain rating recorded on {missing} of {days} days."
    ),
    "temperature_days": QT_TRANSLATE_NOOP(
        "Summary", "No temperature recorded on {missing} of {days} days."
    ),
    "stiffness_days": QT_TRANSLATE_NOOP(
        "Summary", "No morning stiffness recorded on {missing} of {days} days."
    ),
}


def missing_lines(figures: PeriodFigures) -> list[str]:
    """One sentence per figure recorded on fewer than all the period's days.

    "No check-in on 9 of 30 days.", then "No temperature recorded on 12 of 30 days." for a
    figure missing on more days than the check-ins are (fewer would repeat the first line).
    Weight, which people take weekly or less, is named only when it was not taken at all.
    """
    lines = []
    for field in _DAILY:
        recorded = getattr(figures, field)
        missing = figures.days - recorded
        if field == "checkin_days" and missing:
            lines.append(
                translate("Summary", "No check-in on {missing} of {days} days.").format(
                    missing=missing, days=figures.days
                )
            )
            if not recorded:
                return lines
        elif missing == figures.days:
            lines.append(translate("Summary", _NONE[field]))
        elif recorded < figures.checkin_days:
            lines.append(
                translate("Summary", _SOME[field]).format(missing=missing, days=figures.days)
            )
    if not figures.weight_days:
        lines.append(translate("Summary", "No weight recorded in this period."))
    return lines
