from builders import many_checkins
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journal.metrics import BUILTIN_METRICS
from journal.store import open_journal
from journal.ui.checkin.timeline_model import (
    COL_NOTE,
    COL_SYMPTOMS,
    COL_TEMPERATURE,
    CheckInIdRole,
    CheckInTableModel,
)
from journal.units import TemperatureUnit, UnitPreferences


def test_the_model_passes_qt_model_tester(qtmodeltester):
    model = CheckInTableModel(list(BUILTIN_METRICS), UnitPreferences())
    model.set_rows(many_checkins(30))
    qtmodeltester.check(model)


def test_the_model_shows_temperature_in_the_chosen_unit(qtbot):
    model = CheckInTableModel(list(BUILTIN_METRICS), UnitPreferences())
    model.set_rows(many_checkins(3))
    index = model.index(0, COL_TEMPERATURE)
    assert model.data(index) == "36.5 °C"
    with qtbot.waitSignal(model.dataChanged):
        model.set_units(UnitPreferences(temperature=TemperatureUnit.FAHRENHEIT))
    assert model.data(index) == "97.7 °F"


def test_yes_answers_are_listed_as_symptoms(qtbot):
    from builders import at

    from journal.checkin import CheckIn

    model = CheckInTableModel(list(BUILTIN_METRICS), UnitPreferences())
    model.set_rows([CheckIn(at(20), {"chills": 1.0, "night_sweats": 0.0, "tingling": 1.0})])
    assert model.data(model.index(0, COL_SYMPTOMS)) == "Chills, Tingling"


def _window_with(open_window, journal_path, count):
    with open_journal(journal_path) as store:
        store.checkins.add_many(many_checkins(count))
    return open_window(journal_path)


def test_the_timeline_lists_check_ins_newest_first(open_window, journal_path):
    window = _window_with(open_window, journal_path, 5)
    model = window.timeline.model
    assert model.rowCount() == 5
    times = [model.checkin_at(r).taken_at for r in range(5)]
    assert times == sorted(times, reverse=True)
    assert model.data(model.index(0, COL_NOTE)).startswith("note 0")


def test_delete_then_ctrl_z_puts_the_check_in_back(qtbot, open_window, journal_path):
    window = _window_with(open_window, journal_path, 3)
    table = window.timeline.table
    window.timeline.select(window.timeline.model.checkin_at(1).id)
    doomed = window.timeline.selected()
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert window.timeline.model.rowCount() == 2
    assert window.timeline.model.row_of(doomed.id) is None

    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.timeline.model.rowCount() == 3
    assert window.facade.checkin(doomed.id) == doomed


def test_redo_deletes_it_again(open_window, journal_path):
    window = _window_with(open_window, journal_path, 2)
    first = window.timeline.model.checkin_at(0)
    window.delete_checkin(first)
    window.undo_stack.undo()
    window.undo_stack.redo()
    assert window.timeline.model.row_of(first.id) is None


def test_enter_on_a_row_loads_it_into_the_form_and_saving_changes_it(
    qtbot, open_window, journal_path
):
    window = _window_with(open_window, journal_path, 2)
    table = window.timeline.table
    target = window.timeline.model.checkin_at(1)
    window.timeline.select(target.id)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.form.editing == target
    pain = window.form.fields["pain_now"].widget
    assert QApplication.focusWidget() is pain
    pain.clear()
    qtbot.keyClicks(pain, "2")
    window.form.save()
    assert window.facade.checkin(target.id).value("pain_now") == 2
    assert window.timeline.model.rowCount() == 2
    assert window.form.editing is None


def test_deleting_the_check_in_being_changed_clears_the_form(open_window, journal_path):
    window = _window_with(open_window, journal_path, 2)
    target = window.timeline.model.checkin_at(0)
    window.edit_checkin(target)
    window.delete_checkin(target)
    assert window.form.editing is None


def test_rows_carry_the_check_in_id(open_window, journal_path):
    window = _window_with(open_window, journal_path, 2)
    model = window.timeline.model
    assert model.data(model.index(0, 0), CheckInIdRole) == model.checkin_at(0).id
