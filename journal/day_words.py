"""Days and moments written one way in the care record: "Mon 23 Nov 2026", "…, 14:30".

The names are English, like every other word of the program, and do not follow the C
library's locale: Qt sets that to the user's on start-up, which would write "Mo 23 Nov."
beside English words on some computers, and differently from the date fields.
"""

from __future__ import annotations

from datetime import date, datetime

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def day_words(day: date) -> str:
    """A day with its weekday, day of the month without a leading zero, month and year:
    "Mon 23 Nov 2026", "Tue 3 Mar 2026"."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {_MONTHS[day.month - 1]} {day.year}"


def moment_words(at: datetime) -> str:
    """A day and its local time of day: "Mon 23 Nov 2026, 14:30"."""
    return f"{day_words(at.date())}, {at:%H:%M}"
