"""Journal → Encryption…: on, a new passphrase, off, the recovery sheet, and a failure."""

from __future__ import annotations

import fcntl
import os

import pytest
from encryption_builders import PASSPHRASE
from ui.finders import by_name, unnamed_controls

from journal.store import keyring
from journal.store.encryption import unlock
from journal.store.errors import WrongPassphrase
from journal.ui.encryption.encryption_dialog import EncryptionDialog
from journal.ui.encryption.recovery_sheet_file import RecoverySheetFile
from journal.ui.parts.choice_dialog import ChoiceDialog

pytestmark = pytest.mark.encryption

NEW = "a much longer one"


def _answer(monkeypatch, value):
    """Every ChoiceDialog answers ``value``; returns the questions asked."""
    asked = []

    def ask(cls, parent, title, message, answers, back="Cancel"):
        asked.append(title)
        return value

    monkeypatch.setattr(ChoiceDialog, "ask", classmethod(ask))
    return asked


def _dialog(qtbot, window) -> EncryptionDialog:
    window.encryption_action.trigger()
    dialog = window.findChild(EncryptionDialog)
    qtbot.addWidget(dialog)
    return dialog


def _close(window) -> None:
    """Close the window and its journal while its key is still known (its backup at close)."""
    window.close()
    window.facade.close()


def _type_new(qtbot, dialog, passphrase: str, repeated: str | None = None) -> None:
    qtbot.keyClicks(by_name(dialog, "New passphrase"), passphrase)
    qtbot.keyClicks(
        by_name(dialog, "Repeat the new passphrase"), passphrase if repeated is None else repeated
    )


def test_it_says_what_encryption_protects_against_and_what_not(qtbot, launcher, plain_journal):
    dialog = _dialog(qtbot, launcher.open(plain_journal))
    words = " ".join(label.text() for label in dialog.findChildren(type(dialog.message)))
    for said in ("lost or stolen laptop", "another user", "cannot be recovered", "open and"):
        assert said in words
    assert "unencrypted backups are removed" in words
    assert unnamed_controls(dialog) == []


def test_turning_on_reopens_the_same_check_ins_encrypted(
    qtbot, launcher, plain_journal, monkeypatch
):
    window = launcher.open(plain_journal)
    qtbot.keyClicks(by_name(window, "Notes"), "typed, not saved")
    asked = _answer(monkeypatch, None)  # no recovery sheet now
    dialog = _dialog(qtbot, window)
    _type_new(qtbot, dialog, PASSPHRASE)
    by_name(dialog, "Turn on encryption").click()
    reopened = launcher.window
    assert reopened is not window
    assert reopened.facade.is_open and not window.facade.is_open
    assert reopened.timeline.model.rowCount() == 12
    assert keyring.is_encrypted(plain_journal)
    assert asked == ["Write a recovery sheet?"]
    # The typing in the form was kept through the close and reopen.
    assert by_name(reopened, "Notes").toPlainText() == "typed, not saved"
    _close(reopened)
    keyring.forget_all()
    with pytest.raises(WrongPassphrase):
        unlock(plain_journal, "not it at all")


@pytest.mark.parametrize(
    ("typed", "repeated", "said"),
    [
        ("", "", "Type a passphrase"),
        ("short", "short", "at least 8 characters"),
        ("long enough one", "long enough 1", "not the same"),
    ],
)
def test_a_new_passphrase_that_will_not_do_is_said_beside_the_field(
    qtbot, launcher, plain_journal, typed, repeated, said
):
    window = launcher.open(plain_journal)
    dialog = _dialog(qtbot, window)
    _type_new(qtbot, dialog, typed, repeated)
    by_name(dialog, "Turn on encryption").click()
    assert dialog.isVisible()
    assert dialog.passphrase_message.isVisible()
    assert said in dialog.passphrase_message.text()
    assert launcher.window is window and window.facade.is_open
    assert not keyring.is_encrypted(plain_journal)


def test_changing_the_passphrase_makes_the_old_one_stop_working(
    qtbot, launcher, unlocked_journal, monkeypatch
):
    _answer(monkeypatch, None)
    dialog = _dialog(qtbot, launcher.open(unlocked_journal))
    _type_new(qtbot, dialog, NEW)
    by_name(dialog, "Change passphrase").click()
    assert launcher.window.timeline.model.rowCount() == 12
    _close(launcher.window)
    keyring.forget_all()
    with pytest.raises(WrongPassphrase):
        unlock(unlocked_journal, PASSPHRASE)
    unlock(unlocked_journal, NEW)


def test_turning_off_asks_first_then_leaves_a_plain_journal(
    qtbot, launcher, unlocked_journal, monkeypatch
):
    asked = _answer(monkeypatch, None)
    dialog = _dialog(qtbot, launcher.open(unlocked_journal))
    by_name(dialog, "Turn off encryption").click()
    assert asked == ["Turn encryption off?"]
    assert keyring.is_encrypted(unlocked_journal)
    asked = _answer(monkeypatch, True)
    by_name(dialog, "Turn off encryption").click()
    assert not keyring.is_encrypted(unlocked_journal)
    assert launcher.window.timeline.model.rowCount() == 12


@pytest.mark.parametrize("suffix", [".txt", ".pdf"])
def test_the_recovery_sheet_offered_after_turning_on_holds_the_passphrase(
    qtbot, launcher, plain_journal, monkeypatch, tmp_path, suffix
):
    sheet = tmp_path / "chosen" / f"sheet{suffix}"
    sheet.parent.mkdir()
    monkeypatch.setattr(RecoverySheetFile, "ask", classmethod(lambda cls, parent, s: sheet))
    _answer(monkeypatch, True)
    dialog = _dialog(qtbot, launcher.open(plain_journal))
    _type_new(qtbot, dialog, PASSPHRASE)
    by_name(dialog, "Turn on encryption").click()
    data = sheet.read_bytes()
    if suffix == ".txt":
        text = data.decode("utf-8")
        assert PASSPHRASE in text and "journal" in text
        assert "Print this sheet" in text and "delete this file" in text
    else:
        assert data.startswith(b"%PDF")
    assert sheet.stat().st_mode & 0o777 == 0o600
    assert str(sheet) in launcher.window.statusBar().currentMessage()


def test_a_change_that_fails_says_why_and_reopens_the_journal_as_it_was(
    qtbot, launcher, plain_journal, monkeypatch
):
    warned = []
    monkeypatch.setattr(
        "journal.ui.shell.launcher.QMessageBox.warning",
        lambda parent, title, text: warned.append(text),
    )
    window = launcher.open(plain_journal)
    dialog = _dialog(qtbot, window)
    _type_new(qtbot, dialog, PASSPHRASE)
    # Another program has the journal open (its shared lock): the change is refused whole.
    holder = os.open(f"{plain_journal}.lock", os.O_RDWR)
    fcntl.flock(holder, fcntl.LOCK_SH)
    try:
        by_name(dialog, "Turn on encryption").click()
    finally:
        os.close(holder)
    assert len(warned) == 1 and "Nothing was changed" in warned[0]
    assert not keyring.is_encrypted(plain_journal)
    assert launcher.window.facade.is_open
    assert launcher.window.timeline.model.rowCount() == 12


def test_the_recovery_sheet_button_asks_for_the_passphrase_first(
    qtbot, launcher, unlocked_journal, monkeypatch, tmp_path
):
    from encryption_builders import in_modal_dialog

    sheet = tmp_path / "sheet.txt"
    monkeypatch.setattr(RecoverySheetFile, "ask", classmethod(lambda cls, parent, s: sheet))
    dialog = _dialog(qtbot, launcher.open(unlocked_journal))

    def give(unlock_dialog):
        qtbot.keyClicks(by_name(unlock_dialog, "Passphrase"), PASSPHRASE)
        by_name(unlock_dialog, "Unlock").click()

    in_modal_dialog(give)
    by_name(dialog, "Write a recovery sheet").click()
    assert PASSPHRASE in sheet.read_text(encoding="utf-8")
    assert "Print it" in dialog.message.text()
