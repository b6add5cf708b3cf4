"""Opening or deleting check-ins never throws away what is typed in the form."""

import pytest
from builders import at
from PySide6.QtWidgets import QDialog
from ui.finders import by_name

from journal.checkin import CheckIn
from journal.ui.checkin.unsaved_dialog import UnsavedCheckInDialog, UnsavedChoice


@pytest.fixture
def two(window):
    first = window.facade.save(CheckIn(at(18, 9), {"pain_now": 3.0}))
    second = window.facade.save(CheckIn(at(19, 9), {"pain_now": 6.0}))
    return first, second


def _answer(monkeypatch, choice):
    asked = []

    def ask(cls, parent):
        asked.append(parent)
        return choice

    monkeypatch.setattr(UnsavedCheckInDialog, "ask", classmethod(ask))
    return asked


def test_opening_another_check_in_while_typing_asks_first(qtbot, monkeypatch, window, two):
    asked = _answer(monkeypatch, None)
    qtbot.keyClicks(by_name(window, "Notes"), "half written")
    window.edit_checkin(two[1])
    assert asked == [window]


def test_going_back_keeps_the_typing_and_the_draft(qtbot, monkeypatch, window, two):
    _answer(monkeypatch, None)
    window.edit_checkin(two[0])
    qtbot.keyClicks(by_name(window, "Notes"), "half written")
    window.edit_checkin(two[1])
    assert window.form.editing.id == two[0].id
    assert by_name(window, "Notes").toPlainText() == "half written"
    window.keep_draft()
    assert window.facade.draft()["note"] == "half written"


def test_choosing_save_saves_the_typing_then_opens_the_other(qtbot, monkeypatch, window, two):
    _answer(monkeypatch, UnsavedChoice.SAVE)
    window.edit_checkin(two[0])
    qtbot.keyClicks(by_name(window, "Notes"), "it eased")
    window.edit_checkin(two[1])
    assert window.facade.checkin(two[0].id).note == "it eased"
    assert window.form.editing.id == two[1].id


def test_choosing_save_with_a_bad_value_stays_on_the_typing(qtbot, monkeypatch, window, two):
    _answer(monkeypatch, UnsavedChoice.SAVE)
    by_name(window, "Pain now").setText("12")
    window.form._on_edited()
    window.edit_checkin(two[1])
    assert window.form.editing is None
    assert by_name(window, "Pain now").text() == "12"
    assert len(window.facade.checkins()) == 2


def test_choosing_discard_opens_the_other(qtbot, monkeypatch, window, two):
    _answer(monkeypatch, UnsavedChoice.DISCARD)
    qtbot.keyClicks(by_name(window, "Notes"), "never mind")
    window.edit_checkin(two[1])
    assert window.form.editing.id == two[1].id
    assert by_name(window, "Notes").toPlainText() == ""


def test_a_clean_form_opens_another_check_in_without_asking(monkeypatch, window, two):
    asked = _answer(monkeypatch, None)
    window.edit_checkin(two[0])
    window.edit_checkin(two[1])
    assert asked == [] and window.form.editing.id == two[1].id


def test_deleting_the_check_in_being_changed_keeps_the_typing_as_a_new_one(qtbot, window, two):
    window.edit_checkin(two[0])
    qtbot.keyClicks(by_name(window, "Notes"), "keep me")
    window.delete_checkin(two[0])
    assert window.form.editing is None and window.form.is_dirty
    assert by_name(window, "Notes").toPlainText() == "keep me"
    assert "deleted" in window.form.status.text()
    saved = window.form.save()
    assert saved is not None and saved.note == "keep me"


def test_deleting_the_check_in_open_but_untouched_clears_the_form(window, two):
    window.edit_checkin(two[0])
    window.delete_checkin(two[0])
    assert window.form.editing is None and not window.form.is_dirty


def test_redo_of_a_delete_lets_go_of_the_check_in_being_changed(qtbot, window, two):
    window.delete_checkin(two[0])
    window.undo_stack.undo()
    restored = next(c for c in window.facade.checkins() if c.taken_at == two[0].taken_at)
    window.edit_checkin(restored)
    qtbot.keyClicks(by_name(window, "Notes"), "typed after undo")
    window.undo_stack.redo()
    assert window.form.editing is None
    saved = window.form.save()
    assert saved is not None and saved.note == "typed after undo"


def test_saving_a_check_in_deleted_behind_the_forms_back_keeps_the_typing(qtbot, window, two):
    window.edit_checkin(two[0])
    qtbot.keyClicks(by_name(window, "Notes"), "still here")
    window.facade.store.checkins.delete(two[0].id)  # no signal: the form cannot know
    assert window.form.save() is None
    assert by_name(window, "Notes").toPlainText() == "still here"
    assert "deleted" in window.form.status.text()
    assert window.form.save().note == "still here"


def test_the_ask_dialog_names_its_three_choices(qtbot):
    dialog = UnsavedCheckInDialog()
    qtbot.addWidget(dialog)
    names = [b.accessibleName() for b in (dialog.save_button, dialog.discard_button)]
    assert names == ["Save it", "Discard my typing"]
    dialog.keep_button.click()
    assert dialog.result() == QDialog.DialogCode.Rejected and dialog.choice is None


def _type_pain(qtbot, window, text="7"):
    from ui.finders import by_name

    qtbot.keyClicks(by_name(window, "Pain now"), text)


def test_start_a_new_check_in_asks_and_going_back_keeps_the_typing(qtbot, window, monkeypatch):
    from ui.finders import by_name

    from journal.ui.checkin.unsaved_dialog import UnsavedCheckInDialog

    monkeypatch.setattr(UnsavedCheckInDialog, "ask", classmethod(lambda cls, parent: None))
    _type_pain(qtbot, window)
    by_name(window, "New check-in").click()
    assert by_name(window, "Pain now").text() == "7"


def test_start_a_new_check_in_can_discard_the_typing(qtbot, window, monkeypatch):
    from ui.finders import by_name

    from journal.ui.checkin.unsaved_dialog import UnsavedCheckInDialog, UnsavedChoice

    monkeypatch.setattr(
        UnsavedCheckInDialog, "ask", classmethod(lambda cls, parent: UnsavedChoice.DISCARD)
    )
    _type_pain(qtbot, window)
    by_name(window, "New check-in").click()
    assert by_name(window, "Pain now").text() == ""
    assert window.timeline.model.rowCount() == 0


def test_start_a_new_check_in_can_save_the_typing_first(qtbot, window, monkeypatch):
    from ui.finders import by_name

    from journal.ui.checkin.unsaved_dialog import UnsavedCheckInDialog, UnsavedChoice

    monkeypatch.setattr(
        UnsavedCheckInDialog, "ask", classmethod(lambda cls, parent: UnsavedChoice.SAVE)
    )
    _type_pain(qtbot, window)
    by_name(window, "New check-in").click()
    assert window.timeline.model.rowCount() == 1
    assert by_name(window, "Pain now").text() == ""
