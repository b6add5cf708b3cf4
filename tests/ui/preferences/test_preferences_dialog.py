"""Edit → Preferences…: each choice applied at once and kept where it belongs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit
from ui.finders import by_name, unnamed_controls

from journal import dates
from journal.dates import DayOrder, day_text
from journal.reminders.choices import CHECKIN_AT_KEY, CHECKIN_KEY
from journal.summary.defaults import PAPER_KEY, SECTIONS_KEY
from journal.summary.request import Section
from journal.ui.parts import date_fields
from journal.ui.preferences.preferences_dialog import PreferencesDialog
from journal.ui.theme.theme import THEME_KEY, THEME_VARIABLE, apply_theme, current_colours
from journal.units import TemperatureUnit, WeightUnit


@pytest.fixture
def restore_appearance(qapp):
    yield
    dates.set_day_order(DayOrder.DAY_MONTH)
    date_fields.set_first_day_of_week(None)
    apply_theme(qapp, "light")


@pytest.fixture
def preferences(window, qtbot, restore_appearance) -> PreferencesDialog:
    dialog = window.show_preferences()
    qtbot.waitExposed(dialog)
    return dialog


def _choose(combo: QComboBox, text: str) -> None:
    combo.setCurrentIndex(combo.findText(text))


def _settings() -> QSettings:
    from journal.app import _settings

    return _settings()


def test_ctrl_comma_opens_preferences(window, qtbot, restore_appearance):
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), PreferencesDialog))
    QApplication.activeModalWidget().close()


def test_every_control_is_named(preferences):
    assert unnamed_controls(preferences) == []


def test_units_are_the_journals_and_change_the_window_at_once(window, preferences):
    _choose(by_name(preferences, "Temperature unit"), "°F")
    _choose(by_name(preferences, "Weight unit"), "lb")
    assert window.facade.units().temperature is TemperatureUnit.FAHRENHEIT
    assert window.facade.store.settings.units().weight is WeightUnit.LB


def test_the_order_of_days_changes_at_once_and_is_kept(preferences):
    _choose(by_name(preferences, "Write days as"), "Nov 23, 2026")
    assert day_text(dates.date(2026, 11, 23)) == "Mon Nov 23, 2026"
    assert _settings().value("dates/order") == DayOrder.MONTH_DAY.value


def test_date_fields_open_take_the_new_order(window, preferences):
    _choose(by_name(preferences, "Write days as"), "2026-11-23")
    assert window.form.time_edit.displayFormat().startswith("ddd yyyy-MM-dd")


def test_the_week_start_reaches_the_calendars(window, preferences):
    _choose(by_name(preferences, "Week starts on"), "Sunday")
    calendar = window.form.time_edit.calendarWidget()
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Sunday


def test_the_colour_scheme_changes_at_once(preferences, monkeypatch):
    monkeypatch.delenv(THEME_VARIABLE, raising=False)
    _choose(by_name(preferences, "Colour scheme"), "Dark")
    assert current_colours().name == "dark"
    assert _settings().value(THEME_KEY) == "dark"


def test_the_environment_still_wins_over_the_scheme_chosen(preferences, monkeypatch):
    monkeypatch.setenv(THEME_VARIABLE, "light")
    _choose(by_name(preferences, "Colour scheme"), "Dark")
    assert current_colours().name == "light"


def test_summary_defaults_edit_the_keys_prepare_summary_reads(window, preferences, qtbot):
    by_name(preferences, "Summary section Labs and imaging").setChecked(False)
    _choose(by_name(preferences, "Summary paper"), "Letter")
    assert Section.LABS.value not in str(_settings().value(SECTIONS_KEY))
    assert _settings().value(PAPER_KEY) == "letter"
    preferences.close()
    summary = window.prepare_summary()
    assert not summary.section_ticks[Section.LABS].isChecked()
    assert summary.paper.currentText() == "Letter"
    summary.close()


def test_a_bad_reminder_time_is_said_beside_the_field_and_not_kept(preferences, qtbot):
    time_field = by_name(preferences, "Check-in reminder time")
    assert isinstance(time_field, QLineEdit)
    time_field.setText("25:00")
    time_field.editingFinished.emit()
    problem = by_name(preferences, "Check-in reminder time problem")
    assert not problem.isHidden() and "25:00" in problem.text()
    assert _settings().value(CHECKIN_AT_KEY) != "25:00"


def test_turning_on_the_check_in_reminder_keeps_its_time(preferences):
    time_field = by_name(preferences, "Check-in reminder time")
    time_field.setText("7.30")
    by_name(preferences, "Remind me to check in every day").setChecked(True)
    settings = _settings()
    kept = (str(settings.value(CHECKIN_KEY)).lower(), settings.value(CHECKIN_AT_KEY))
    assert kept == ("true", "07:30")


def test_the_backups_say_where_they_are_and_that_the_count_is_fixed(window, preferences):
    assert str(window.facade.path.name) in preferences.backups_where.text()


def test_the_red_flag_settings_open_from_preferences(window, preferences, monkeypatch):
    opened = []
    monkeypatch.setattr(window.flags_page, "edit_settings", lambda: opened.append(True))
    # The dialog keeps the window's method: asked for by the button, it is the page's.
    preferences._open_flag_settings = window.flags_page.edit_settings
    by_name(preferences, "Red flag settings").click()
    assert opened == [True]


def test_start_at_login_writes_the_entry_where_xdg_says(preferences, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    by_name(preferences, "Start at login, minimised").setChecked(True)
    assert (tmp_path / "autostart" / "symptom-journal.desktop").is_file()


def test_a_login_entry_that_cannot_be_written_is_said_beside_it(preferences, tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(blocked))
    tick = by_name(preferences, "Start at login, minimised")
    tick.setChecked(True)
    problem = by_name(preferences, "Start at login problem")
    assert not problem.isHidden() and "could not be written" in problem.text()
    assert not tick.isChecked()
