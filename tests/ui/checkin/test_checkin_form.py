from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from ui.finders import by_name, tick, unnamed_controls

from journal.store import open_journal

NAMES = [
    "Check-in time",
    "Pain now",
    "Worst pain",
    "Temperature",
    "Chills",
    "Night sweats",
    "Morning stiffness minutes",
    "Morning stiffness severity",
    "Fatigue",
    "Weight",
    "Tingling",
    "Numbness",
    "Weakness",
    "Difficulty walking",
    "Bladder or bowel change",
    "Notes",
    "Save check-in",
    "Check-ins",
]


def test_every_control_the_contract_names_is_there(window):
    for name in NAMES:
        assert by_name(window, name) is not None


def test_every_interactive_control_has_an_accessible_name(window):
    assert unnamed_controls(window) == []


def test_an_unnamed_control_would_be_caught(window):
    from PySide6.QtWidgets import QPushButton

    QPushButton("Mystery", window.form)
    assert unnamed_controls(window) == ["QPushButton '' 'Mystery'"]


def test_a_check_in_typed_from_the_keyboard_is_saved(qtbot, window, journal_path):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is by_name(window, "Pain now")
    qtbot.keyClicks(QApplication.focusWidget(), "7")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is by_name(window, "Worst pain")
    qtbot.keyClicks(QApplication.focusWidget(), "9")
    by_name(window, "Temperature").setFocus()
    qtbot.keyClicks(by_name(window, "Temperature"), "38.4")
    qtbot.keyClick(
        by_name(window, "Temperature"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier
    )

    assert window.timeline.model.rowCount() == 1
    saved = window.timeline.model.checkin_at(0)
    assert saved.value("pain_now") == 7
    assert saved.value("pain_worst") == 9
    assert saved.value("temperature") == 38.4


def test_a_check_in_survives_closing_and_reopening_the_journal(qtbot, open_window, journal_path):
    first = open_window(journal_path)
    qtbot.keyClicks(by_name(first, "Pain now"), "6")
    tick(qtbot, by_name(first, "Night sweats"))
    qtbot.keyClicks(by_name(first, "Notes"), "Soaked the sheets")
    qtbot.mouseClick(by_name(first, "Save check-in"), Qt.MouseButton.LeftButton)
    first.close()
    first.facade.close()

    again = open_window(journal_path)
    assert again.timeline.model.rowCount() == 1
    checkin = again.timeline.model.checkin_at(0)
    assert checkin.value("pain_now") == 6
    assert checkin.says_yes("night_sweats")
    assert checkin.note == "Soaked the sheets"


def test_47_degrees_is_refused_beside_the_field_and_nothing_is_stored(qtbot, window, journal_path):
    qtbot.keyClicks(by_name(window, "Temperature"), "47")
    qtbot.mouseClick(by_name(window, "Save check-in"), Qt.MouseButton.LeftButton)

    error = window.findChild(QLabel, "temperature_error")
    assert error.isVisible()
    assert error.text() == "Temperature must be between 34 and 43 °C."
    assert window.timeline.model.rowCount() == 0
    with open_journal(journal_path) as check:
        assert check.checkins.count() == 0
    assert by_name(window, "Temperature").text() == "47"  # what was typed is kept


def test_words_where_a_number_belongs_are_refused(qtbot, window):
    qtbot.keyClicks(by_name(window, "Pain now"), "bad")
    window.form.save()
    assert window.findChild(QLabel, "pain_now_error").text() == "Pain now must be a number, like 7."
    assert window.timeline.model.rowCount() == 0


def test_fixing_the_value_clears_the_message_and_saves(qtbot, window):
    temperature = by_name(window, "Temperature")
    qtbot.keyClicks(temperature, "47")
    window.form.save()
    temperature.clear()
    qtbot.keyClicks(temperature, "37.5")
    window.form.save()
    assert not window.findChild(QLabel, "temperature_error").isVisible()
    assert window.timeline.model.checkin_at(0).value("temperature") == 37.5


def test_a_time_in_the_future_is_refused(qtbot, window):
    edit = by_name(window, "Check-in time")
    edit.setDateTime(edit.dateTime().addSecs(3600))
    qtbot.keyClicks(by_name(window, "Pain now"), "3")
    assert window.form.save() is None
    assert "future" in window.form.time_error.text()


def test_fahrenheit_is_typed_and_stored_as_celsius(qtbot, window):
    from journal.units import TemperatureUnit, UnitPreferences

    window.facade.set_units(UnitPreferences(temperature=TemperatureUnit.FAHRENHEIT))
    qtbot.keyClicks(by_name(window, "Temperature"), "100.4")
    window.form.save()
    assert round(window.timeline.model.checkin_at(0).value("temperature"), 6) == 38.0


def test_switching_units_converts_a_number_already_typed(qtbot, window):
    from journal.units import TemperatureUnit, UnitPreferences

    qtbot.keyClicks(by_name(window, "Temperature"), "38")
    window.facade.set_units(UnitPreferences(temperature=TemperatureUnit.FAHRENHEIT))
    assert by_name(window, "Temperature").text() == "100.4"
    assert window.form.fields["temperature"].unit_label.text() == "°F"


def test_pain_sites_and_characters_are_saved(qtbot, window):
    tick(qtbot, by_name(window, "Lower back, left"))
    tick(qtbot, by_name(window, "Pain feels burning"))
    window.form.save()
    checkin = window.timeline.model.checkin_at(0)
    assert {s.label for s in checkin.pain_sites} == {"Lower back, left"}
    assert {c.value for c in checkin.pain_characters} == {"burning"}
