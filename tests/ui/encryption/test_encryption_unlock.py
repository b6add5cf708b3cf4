"""An encrypted journal asks for its passphrase before its window opens."""

from __future__ import annotations

import pytest
from encryption_builders import PASSPHRASE, all_file_bytes, in_modal_dialog, type_and_unlock
from PySide6.QtWidgets import QLineEdit
from ui.finders import by_name, unnamed_controls

from journal.ui.encryption.unlock_dialog import UnlockDialog

pytestmark = pytest.mark.encryption


def test_the_right_passphrase_opens_the_encrypted_journal(qtbot, launcher, locked_journal):
    def unlock(dialog):
        assert isinstance(dialog, UnlockDialog)
        assert by_name(dialog, "Passphrase").echoMode() == QLineEdit.EchoMode.Password
        assert unnamed_controls(dialog) == []
        type_and_unlock(qtbot, dialog, PASSPHRASE)

    answered = in_modal_dialog(unlock)
    window = launcher.try_open(locked_journal)
    assert answered == [None]
    assert window is not None and launcher.window is window
    assert window.timeline.model.rowCount() == 12


def test_a_wrong_passphrase_is_said_beside_the_field_and_changes_no_file(
    qtbot, launcher, locked_journal
):
    before = all_file_bytes(locked_journal.parent)

    def wrong_then_right(dialog):
        type_and_unlock(qtbot, dialog, "Correct horse battery")
        seen = (dialog.isVisible(), dialog.message.isVisible(), dialog.message.text())
        files = all_file_bytes(locked_journal.parent)
        type_and_unlock(qtbot, dialog, PASSPHRASE)
        return seen, files

    answered = in_modal_dialog(wrong_then_right)
    window = launcher.try_open(locked_journal)
    (still_open, message_shown, message), files = answered[0]
    assert still_open and message_shown
    assert "does not open this journal" in message
    assert files == before
    assert window is not None and window.timeline.model.rowCount() == 12


def test_cancel_leaves_the_journal_closed_and_the_window_as_it_was(
    qtbot, launcher, locked_journal, tmp_path
):
    other = launcher.open(tmp_path / "other" / "other.sqlite")
    in_modal_dialog(lambda dialog: by_name(dialog, "Cancel").click())
    assert launcher.try_open(locked_journal) is None
    assert launcher.window is other
    assert other.facade.is_open


def test_cancel_at_start_opens_nothing_as_for_any_journal_refused_at_start(
    qtbot, launcher, locked_journal, monkeypatch
):
    from journal.ui.shell import launcher as launcher_module

    monkeypatch.setattr(launcher_module, "default_journal_path", lambda: locked_journal)
    shown = []

    def welcome(path, parent=None):
        shown.append(path)

    monkeypatch.setattr(launcher_module.WelcomeDialog, "ask", staticmethod(welcome))
    in_modal_dialog(lambda dialog: by_name(dialog, "Cancel").click())
    assert launcher.start() is None
    assert launcher.window is None
    # A refused journal at start ends the start, as a damaged one does: no other screen.
    assert shown == []
