"""Putting the per-user preferences to work: at start, and at once when one changes."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from journal.dates import DayOrder, order_of_pattern, set_day_order
from journal.ui.parts.date_fields import rewrite_days, set_first_day_of_week
from journal.ui.preferences.preferences_facade import DAY_ORDER_KEY, FIRST_DAY_KEY, THEME_KEY
from journal.ui.theme.theme import SYSTEM, apply_chosen_theme


def locale_day_order(locale: QLocale | None = None) -> DayOrder:
    """The order of days the locale writes (the system's when None)."""
    locale = locale or QLocale.system()
    return order_of_pattern(locale.dateFormat(QLocale.FormatType.ShortFormat))


def chosen_day_order(settings: QSettings) -> DayOrder:
    """The order chosen in Preferences, else the locale's."""
    kept = str(settings.value(DAY_ORDER_KEY) or "")
    return DayOrder(kept) if kept in set(DayOrder) else locale_day_order()


def chosen_first_day(settings: QSettings) -> Qt.DayOfWeek:
    """The week's first day chosen in Preferences, else the locale's."""
    kept = str(settings.value(FIRST_DAY_KEY) or "")
    if kept.isdigit() and 1 <= int(kept) <= 7:
        return Qt.DayOfWeek(int(kept))
    return QLocale.system().firstDayOfWeek()


def apply_preferences(app: QApplication, settings: QSettings) -> None:
    """Use the scheme, the order of days and the week's first day chosen, everywhere now.

    Views draw their days again; the date fields open take the new order and week.
    """
    choice = str(settings.value(THEME_KEY) or SYSTEM)
    # Untouched, the scheme the start-up chose (the system's, or one a test forced) stays.
    if choice != SYSTEM or settings.contains(THEME_KEY):
        apply_chosen_theme(app, choice)
    set_day_order(chosen_day_order(settings))
    set_first_day_of_week(chosen_first_day(settings))
    for window in app.topLevelWidgets():
        rewrite_days(window)
        # Item views write their days as they paint: painting again is enough.
        for view in window.findChildren(QAbstractItemView):
            view.viewport().update()
