"""How days and moments are written to the user: one way in every table, editor and message.

Weekday first where it helps to place a day in the week ("Mon 23 Nov 2026"); no leading zero
on the day; a time as 24-hour "08:05". The names are English, like every other word of the
program, and do not follow the C library's locale: Qt sets that to the user's at start-up,
which would write "Mo 23 Nov." beside English words on some computers. The date editors use
the same pattern (:data:`QT_DAY_FORMAT`, :data:`QT_MOMENT_FORMAT`) with English names, so
what is typed looks like what is shown.
"""

from __future__ import annotations

from datetime import date, datetime

# The same patterns in Qt's date-format language, for QDateEdit and QDateTimeEdit.
QT_DAY_FORMAT = "ddd d MMM yyyy"
QT_MOMENT_FORMAT = "ddd d MMM yyyy, HH:mm"

_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def month_text(day: date) -> str:
    """The month's short name: "Nov"."""
    return _MONTHS[day.month - 1]


def day_text(day: date, weekday: bool = True) -> str:
    """ "Mon 23 Nov 2026" (or "23 Nov 2026" without the weekday)."""
    words = f"{day.day} {month_text(day)} {day.year}"
    return f"{_WEEKDAYS[day.weekday()]} {words}" if weekday else words


def moment_text(moment: datetime) -> str:
    """ "Mon 23 Nov 2026, 08:05": a check-in's or a dose's local time."""
    return f"{day_text(moment.date())}, {moment:%H:%M}"


def short_day_text(day: date) -> str:
    """ "23 Nov": where the year is plain from the context (a chart's axis, a short list)."""
    return f"{day.day} {month_text(day)}"
