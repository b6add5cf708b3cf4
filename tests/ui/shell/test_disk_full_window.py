"""Saving on a full disk says so plainly, keeps the typing, and never says "damaged"."""

from __future__ import annotations

from disk_full import BIG_NOTE, fill_the_disk
from PySide6.QtCore import Qt
from ui.finders import by_name

from journal.ui.parts.choice_dialog import ChoiceDialog

FULL = "The disk is full — nothing was lost; free some space and save again."


def _type_a_checkin(qtbot, window):
    qtbot.keyClicks(by_name(window, "Pain now"), "7")
    # A long note needs pages of its own, which the full journal has no room for.
    by_name(window, "Notes").setPlainText(BIG_NOTE)


def _room_again(window):
    window.facade.store._db.conn.execute("PRAGMA max_page_count = 1073741823")


def test_save_on_a_full_disk_says_so_and_keeps_the_typing(qtbot, window, journal_path):
    _type_a_checkin(qtbot, window)
    fill_the_disk(window.facade.store)
    qtbot.mouseClick(by_name(window, "Save check-in"), Qt.MouseButton.LeftButton)

    assert window.form.told() == FULL
    assert window.statusBar().currentMessage() == FULL
    assert "damaged" not in window.form.told().lower()
    assert window.timeline.model.rowCount() == 0
    assert by_name(window, "Pain now").text() == "7"
    assert by_name(window, "Notes").toPlainText() == BIG_NOTE
    assert window.form.is_dirty

    _room_again(window)
    qtbot.mouseClick(by_name(window, "Save check-in"), Qt.MouseButton.LeftButton)
    assert window.timeline.model.rowCount() == 1
    assert window.timeline.model.checkin_at(0).note == BIG_NOTE.strip()


def _answer_close(monkeypatch, answer):
    asked = []

    def ask(cls, parent, title, message, answers, back="Cancel"):
        asked.append(message)
        return answer

    monkeypatch.setattr(ChoiceDialog, "ask", classmethod(ask))
    return asked


def test_closing_on_a_full_disk_asks_and_can_keep_the_window_open(qtbot, window, monkeypatch):
    _type_a_checkin(qtbot, window)
    fill_the_disk(window.facade.store)
    asked = _answer_close(monkeypatch, None)  # "Keep the window open"
    window.close()  # pytest-qt fails the test if closeEvent raises

    assert len(asked) == 1
    assert "The disk is full" in asked[0]
    assert window.isVisible()
    assert window.facade.is_open
    assert by_name(window, "Notes").toPlainText() == BIG_NOTE
    assert "disk is full" in window.statusBar().currentMessage()


def test_closing_on_a_full_disk_can_let_the_typing_go(qtbot, window, monkeypatch):
    _type_a_checkin(qtbot, window)
    fill_the_disk(window.facade.store)
    _answer_close(monkeypatch, True)  # "Close and lose what I typed"
    window.close()
    assert not window.isVisible()


def test_closing_with_nothing_typed_on_a_full_disk_does_not_ask(qtbot, window, monkeypatch):
    fill_the_disk(window.facade.store)
    asked = _answer_close(monkeypatch, None)
    window.close()
    assert asked == []
    assert not window.isVisible()
