"""The lesions' stored words (a side, a crusting) and their days, as the window shows them."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from journal.translation import QT_TRANSLATE_NOOP

# The values kept in the journal, as they are shown; the journal keeps the English value.
_WORDS = {
    "left": QT_TRANSLATE_NOOP("LesionWords", "left"),
    "middle": QT_TRANSLATE_NOOP("LesionWords", "middle"),
    "right": QT_TRANSLATE_NOOP("LesionWords", "right"),
    "none": QT_TRANSLATE_NOOP("LesionWords", "none"),
    "yellow": QT_TRANSLATE_NOOP("LesionWords", "yellow"),
    "green": QT_TRANSLATE_NOOP("LesionWords", "green"),
}


def word(value: str) -> str:
    """A side's or a crusting's stored value in the window's language."""
    return QCoreApplication.translate("LesionWords", _WORDS.get(value, value))


def long_day(day: date) -> str:
    """ "03 November 2026", with the month named in the window's language."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "dd MMMM yyyy")
