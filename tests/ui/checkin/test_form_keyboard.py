"""The form from the keyboard: where the cursor is, Alt keys per section, what is said."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui.finders import by_name


def test_the_keyboard_is_in_pain_now_when_the_window_opens(qtbot, window):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is by_name(window, "Pain now"))
    qtbot.keyClicks(QApplication.focusWidget(), "4")
    assert by_name(window, "Pain now").text() == "4"


def test_after_a_save_the_keyboard_is_back_in_pain_now(qtbot, window):
    by_name(window, "Notes").setFocus()
    by_name(window, "Pain now").setText("3")
    window.form.save()
    assert QApplication.focusWidget() is by_name(window, "Pain now")


@pytest.mark.parametrize(
    ("key", "field"),
    [
        (Qt.Key.Key_P, "Pain now"),
        (Qt.Key.Key_F, "Temperature"),
        (Qt.Key.Key_S, "Morning stiffness minutes"),
        (Qt.Key.Key_H, "Fatigue"),
        (Qt.Key.Key_V, "Tingling"),
        (Qt.Key.Key_N, "Notes"),
        (Qt.Key.Key_W, "Check-in time"),
    ],
)
def test_each_section_has_an_alt_key(qtbot, window, key, field):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    by_name(window, "Save check-in").setFocus()
    qtbot.keyClick(QApplication.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is by_name(window, field)


def test_deleting_a_check_in_says_so_beside_save_with_the_way_back(qtbot, window):
    by_name(window, "Pain now").setText("3")
    saved = window.form.save()
    assert window.form.told().startswith("Saved the check-in of")
    window.delete_checkin(saved)
    told = window.form.told()
    assert told.startswith("Deleted the check-in of ") and told.endswith("— Undo (Ctrl+Z).")
    assert "Saved" not in told


def test_a_new_journal_says_where_check_ins_appear_and_how_to_add_one(window):
    hint = window.timeline.empty_hint
    assert hint.isVisible()
    assert "Ctrl+S" in hint.text() and "Ctrl+N" in hint.text()
    by_name(window, "Pain now").setText("3")
    window.form.save()
    assert not hint.isVisible()


def test_the_form_scrolls_to_follow_the_keyboard(qtbot, window):
    window.resize(900, 560)
    QApplication.processEvents()
    scroll = window.form._scroll
    last = by_name(window, "Show this to my doctor")
    last.setFocus()
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().value() > 0)
    top_left = last.mapTo(scroll.viewport(), last.rect().topLeft())
    assert top_left.y() >= 0 and top_left.y() + last.height() <= scroll.viewport().height()
