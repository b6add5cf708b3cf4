"""Date and time fields written as the tables write days: "Mon 23 Nov 2026, 14:30".

The names are English, like every other word of the program, whatever the system's language
(see :mod:`journal.dates`); typing starts at the day of the month, not at the weekday.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit, QWidget

from journal.dates import qt_day_format, qt_moment_format

ENGLISH_NAMES = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
_WRITES_DAYS = "journal_writes_days"


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
        self.setLocale(ENGLISH_NAMES)
        self.setDisplayFormat(qt_day_format())

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        _start_at_the_day(self, event)


class MomentEdit(QDateTimeEdit):
    """A date and time field written "Mon 23 Nov 2026, 14:30", typing from the day."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.setLocale(ENGLISH_NAMES)
        self.setDisplayFormat(qt_moment_format())

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        _start_at_the_day(self, event)


def write_days(edit: QDateEdit | QWidget) -> None:
    """Make a date field Qt built write its days the one way."""
    edit.setLocale(ENGLISH_NAMES)
    edit.setDisplayFormat(qt_day_format())
    edit.setProperty(_WRITES_DAYS, True)


def rewrite_days(root: QWidget) -> None:
    """Give every date field under ``root`` the order of days chosen now (Preferences)."""
    for edit in root.findChildren(QDateTimeEdit):
        if isinstance(edit, MomentEdit):
            edit.setDisplayFormat(qt_moment_format())
        elif isinstance(edit, DayEdit) or edit.property(_WRITES_DAYS):
            edit.setDisplayFormat(qt_day_format())
