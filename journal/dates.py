"""How days and moments are written to the user: one way in every table, editor and message.

Weekday first where it helps to place a day in the week ("Mon 23 Nov 2026"); no leading zero
on the day; a time as 24-hour "08:05". The names are the program's own, translated like every
other word of it ("Mo. 23 Nov. 2026" in German, the short names Qt's German locale gives), and
never the C library's: Qt sets that to the system's language at start-up, which would write
German names beside English words on some computers. The date editors use the same pattern
(:data:`QT_DAY_FORMAT`, :data:`QT_MOMENT_FORMAT`) with the names of the language shown, so
what is typed looks like what is shown.

The order of day, month and year is the user's to choose (Preferences): "23 Nov 2026", "Nov 23,
2026" or "2026-11-23". It follows the system's locale unless set (see :func:`order_of_pattern`)
and is kept for the whole program with :func:`set_day_order`, so that every table, editor and
message changes at once.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from journal.translation import QT_TRANSLATE_NOOP, translate

# The same patterns in Qt's date-format language, for QDateEdit and QDateTimeEdit (the
# day-first order; see qt_day_format for the order chosen).
QT_DAY_FORMAT = "ddd d MMM yyyy"
QT_MOMENT_FORMAT = "ddd d MMM yyyy, HH:mm"


class DayOrder(StrEnum):
    """How a day is written: which of day, month and year comes first."""

    DAY_MONTH = "day-month"  # Mon 23 Nov 2026
    MONTH_DAY = "month-day"  # Mon Nov 23, 2026
    ISO = "iso"  # Mon 2026-11-23

    @property
    def example(self) -> str:
        """The order shown on a day, for a list of choices ("23 Nov 2026" in this order)."""
        day = date(2026, 11, 23)
        if self is DayOrder.ISO:
            return day.isoformat()
        if self is DayOrder.MONTH_DAY:
            return f"{month_text(day)} {day.day}, {day.year}"
        return f"{day.day} {month_text(day)} {day.year}"


_QT_DAY_FORMATS = {
    DayOrder.DAY_MONTH: QT_DAY_FORMAT,
    DayOrder.MONTH_DAY: "ddd MMM d, yyyy",
    DayOrder.ISO: "ddd yyyy-MM-dd",
}
# One for the whole program, like the locale it stands in for; set by the window at start.
_order = DayOrder.DAY_MONTH


def set_day_order(order: DayOrder) -> None:
    """Write every day from now on in ``order``."""
    global _order
    _order = DayOrder(order)


def day_order() -> DayOrder:
    """The order days are written in now."""
    return _order


def order_of_pattern(pattern: str) -> DayOrder:
    """The order of a locale's short date pattern ("M/d/yy", "dd.MM.yy", "y-MM-dd").

    An empty or unreadable pattern gives the day-first order, the most common one.
    """
    places = {part: pattern.find(part) for part in "dMy"}
    if -1 in places.values():
        return DayOrder.DAY_MONTH
    if places["y"] < places["M"] < places["d"]:
        return DayOrder.ISO
    return DayOrder.MONTH_DAY if places["M"] < places["d"] else DayOrder.DAY_MONTH


def qt_day_format() -> str:
    """:data:`QT_DAY_FORMAT` in the order chosen."""
    return _QT_DAY_FORMATS[_order]


def qt_moment_format() -> str:
    """:data:`QT_MOMENT_FORMAT` in the order chosen."""
    return f"{qt_day_format()}, HH:mm"


# English short names; each is translated where a day is written (context "Dates").
_WEEKDAYS = (
    QT_TRANSLATE_NOOP("Dates", "Mon"),
    QT_TRANSLATE_NOOP("Dates", "Tue"),
    QT_TRANSLATE_NOOP("Dates", "Wed"),
    QT_TRANSLATE_NOOP("Dates", "Thu"),
    QT_TRANSLATE_NOOP("Dates", "Fri"),
    QT_TRANSLATE_NOOP("Dates", "Sat"),
    QT_TRANSLATE_NOOP("Dates", "Sun"),
)
_MONTHS = (
    QT_TRANSLATE_NOOP("Dates", "Jan"),
    QT_TRANSLATE_NOOP("Dates", "Feb"),
    QT_TRANSLATE_NOOP("Dates", "Mar"),
    QT_TRANSLATE_NOOP("Dates", "Apr"),
    QT_TRANSLATE_NOOP("Dates", "May"),
    QT_TRANSLATE_NOOP("Dates", "Jun"),
    QT_TRANSLATE_NOOP("Dates", "Jul"),
    QT_TRANSLATE_NOOP("Dates", "Aug"),
    QT_TRANSLATE_NOOP("Dates", "Sep"),
    QT_TRANSLATE_NOOP("Dates", "Oct"),
    QT_TRANSLATE_NOOP("Dates", "Nov"),
    QT_TRANSLATE_NOOP("Dates", "Dec"),
)


def month_text(day: date) -> str:
    """The month's short name in the user's language: "Nov"."""
    return translate("Dates", _MONTHS[day.month - 1])


def weekday_text(day: date) -> str:
    """The weekday's short name in the user's language: "Mon"."""
    return translate("Dates", _WEEKDAYS[day.weekday()])


def day_text(day: date, weekday: bool = True) -> str:
    """ "Mon 23 Nov 2026" (or "23 Nov 2026" without the weekday), in the order chosen."""
    if _order is DayOrder.ISO:
        words = day.isoformat()
    elif _order is DayOrder.MONTH_DAY:
        words = f"{month_text(day)} {day.day}, {day.year}"
    else:
        words = f"{day.day} {month_text(day)} {day.year}"
    return f"{weekday_text(day)} {words}" if weekday else words


def moment_text(moment: datetime) -> str:
    """ "Mon 23 Nov 2026, 08:05": a check-in's or a dose's local time."""
    return f"{day_text(moment.date())}, {moment:%H:%M}"


def short_day_text(day: date) -> str:
    """ "23 Nov": where the year is plain from the context (a chart's axis, a short list)."""
    if _order is DayOrder.ISO:
        return f"{day:%m-%d}"
    if _order is DayOrder.MONTH_DAY:
        return f"{month_text(day)} {day.day}"
    return f"{day.day} {month_text(day)}"
