"""Check-ins saved while the clock was ahead: deleted, put back by Ctrl+Z, and changed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from ui.finders import by_name

from journal.checkin import local_now


def _save_with_clock(window, monkeypatch, now, pain: str):
    # The form and the store read the same (wrong) clock, as they would on that computer.
    window.form.clock = lambda: now
    monkeypatch.setattr("journal.store.checkins.local_now", lambda: now)
    window.form.clear()
    field = by_name(window, "Pain now")
    field.setText(pain)
    field.textEdited.emit(pain)
    saved = window.form.save()
    assert saved is not None
    return saved


@pytest.fixture
def ahead_then_right(window, monkeypatch):
    """Two check-ins saved 1 hour and 1 day ahead; then the clock is put right."""
    right = local_now().replace(second=0, microsecond=0)
    saved = [
        _save_with_clock(window, monkeypatch, right + timedelta(hours=1), "4"),
        _save_with_clock(window, monkeypatch, right + timedelta(days=1), "5"),
    ]
    window.form.clock = lambda: right
    monkeypatch.setattr("journal.store.checkins.local_now", lambda: right)
    window.form.clear()
    return saved


def test_deleting_one_and_pressing_ctrl_z_puts_it_back(qtbot, window, ahead_then_right):
    for saved in ahead_then_right:
        window.delete_checkin(saved)
        assert window.timeline.model.row_of(saved.id) is None
        window.timeline.table.setFocus()
        qtbot.keyClick(window.timeline.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert window.facade.checkin(saved.id) == saved
        assert window.timeline.model.row_of(saved.id) is not None
        assert "changed since" not in window.form.told()


def test_changing_one_keeps_its_time_and_saves(window, ahead_then_right):
    for saved in ahead_then_right:
        window.edit_checkin(saved)
        field = by_name(window, "Pain now")
        field.setText("1")
        field.textEdited.emit("1")
        changed = window.form.save()
        assert changed is not None, window.form.time_error.text()
        assert changed.taken_at == saved.taken_at
        assert window.facade.checkin(saved.id).value("pain_now") == 1
