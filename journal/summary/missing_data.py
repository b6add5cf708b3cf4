"""What the period does not hold, said plainly: a gap in the record is not a good day.

A doctor reading "3 days with fever" needs to know whether the temperature was taken on
30 days or on 5.
"""

from __future__ import annotations

from journal.summary.figures import PeriodFigures

# The figures page 1 leans on, each with its name in a sentence.
_DAILY = (
    ("check-in", "checkin_days"),
    ("pain rating", "pain_days"),
    ("temperature", "temperature_days"),
    ("morning stiffness", "stiffness_days"),
)


def missing_lines(figures: PeriodFigures) -> list[str]:
    """One sentence per figure recorded on fewer than all the period's days.

    "No check-in on 9 of 30 days.", then "No temperature recorded on 12 of 30 days." for a
    figure missing on more days than the check-ins are (fewer would repeat the first line).
    Weight, which people take weekly or less, is named only when it was not taken at all.
    """
    lines = []
    for name, field in _DAILY:
        recorded = getattr(figures, field)
        missing = figures.days - recorded
        if field == "checkin_days" and missing:
            lines.append(f"No check-in on {missing} of {figures.days} days.")
            if not recorded:
                return lines
        elif missing == figures.days:
            lines.append(f"No {name} recorded in this period.")
        elif recorded < figures.checkin_days:
            lines.append(f"No {name} recorded on {missing} of {figures.days} days.")
    if not figures.weight_days:
        lines.append("No weight recorded in this period.")
    return lines
