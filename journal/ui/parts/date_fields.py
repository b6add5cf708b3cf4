"""Date and time fields written as the tables write days: "Mon 23 Nov 2026, 14:30".

The names of days and months are those of the language the window speaks (English, or
German when the default locale is German), the same names :mod:`journal.dates` writes in the
tables; typing starts at the day of the month, not at the weekday.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from journal.dates import qt_day_format, qt_moment_format

ENGLISH_NAMES = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
GERMAN_NAMES = QLocale(QLocale.Language.German, QLocale.Country.Germany)
_WRITES_DAYS = "journal_writes_days"
# The week's first day in every calendar (Preferences); None: the English calendar's Monday.
_first_day: Qt.DayOfWeek | None = None


def set_first_day_of_week(day: Qt.DayOfWeek | None) -> None:
    """Start the week of every calendar built from now on at ``day`` (None: Monday)."""
    global _first_day
    _first_day = day


def names_locale() -> QLocale:
    """The locale whose day and month names the date fields write: the window's language's.

    German when the window speaks German (the default locale, set at start-up), else
    English whatever the system's locale, so that the fields match the words of the tables.
    """
    if QLocale().language() == QLocale.Language.German:
        return GERMAN_NAMES
    return ENGLISH_NAMES


def _start_week(edit: QDateTimeEdit) -> None:
    if edit.calendarPopup() and (calendar := edit.calendarWidget()) is not None:
        calendar.setFirstDayOfWeek(_first_day or Qt.DayOfWeek.Monday)


def _start_at_the_day(edit: QDateTimeEdit, event: QFocusEvent) -> None:
    # The weekday is there to be read; typing "23" into it would do nothing, so the
    # keyboard starts on the day of the month (Shift+Tab still reaches the weekday).
    if event.reason() != Qt.FocusReason.BacktabFocusReason and edit.currentSectionIndex() == 0:
        edit.setCurrentSectionIndex(1)
        edit.setSelectedSection(edit.currentSection())


class DayEdit(QDateEdit):
    """A date field written "Mon 23 Nov 2026", where typing starts at the day of the month."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.setLocale(names_locale())
        self.setDisplayFormat(qt_day_format())

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        _start_at_the_day(self, event)

    def setCalendarPopup(self, enable: bool) -> None:
        super().setCalendarPopup(enable)
        _start_week(self)


class MomentEdit(QDateTimeEdit):
    """A date and time field written "Mon 23 Nov 2026, 14:30", typing from the day."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.setLocale(names_locale())
        self.setDisplayFormat(qt_moment_format())

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        _start_at_the_day(self, event)

    def setCalendarPopup(self, enable: bool) -> None:
        super().setCalendarPopup(enable)
        _start_week(self)


def write_days(edit: QDateEdit | QWidget) -> None:
    """Make a date field Qt built write its days the one way."""
    edit.setLocale(names_locale())
    edit.setDisplayFormat(qt_day_format())
    edit.setProperty(_WRITES_DAYS, True)
    if isinstance(edit, QDateTimeEdit):
        _start_week(edit)


def rewrite_days(root: QWidget) -> None:
    """Give every date field under ``root`` the order of days and the week chosen now."""
    for edit in root.findChildren(QDateTimeEdit):
        _start_week(edit)
        if isinstance(edit, MomentEdit):
            edit.setDisplayFormat(qt_moment_format())
        elif isinstance(edit, DayEdit) or edit.property(_WRITES_DAYS):
            edit.setDisplayFormat(qt_day_format())
