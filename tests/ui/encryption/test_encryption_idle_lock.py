"""After a while without input an encrypted journal's window hides its data until unlocked."""

from __future__ import annotations

import pytest
from encryption_builders import PASSPHRASE, type_and_unlock
from ui.finders import by_name, unnamed_controls

from journal.ui.encryption.idle_lock import DEFAULT_IDLE_MINUTES, IDLE_KEY, idle_minutes

pytestmark = pytest.mark.encryption

SOON_MS = 30


def _locked(qtbot, window):
    window.idle_lock.watch.set_idle_ms(SOON_MS)
    qtbot.waitUntil(lambda: window.idle_lock.locked, timeout=3000)


def test_left_idle_the_window_hides_its_data_and_what_shows_it(qtbot, launcher, unlocked_journal):
    window = launcher.open(unlocked_journal)
    window.show()
    qtbot.waitExposed(window)
    assert window.timeline.isVisible()
    _locked(qtbot, window)
    assert not window.timeline.isVisible()
    assert not window.form.isVisible()
    assert not window.pages.isVisible()
    assert window.idle_lock.screen.isVisible()
    for action in (window.summary_action, window.export_action, window.backups_action):
        assert not action.isEnabled()
    assert window.quit_action.isEnabled()
    assert unnamed_controls(window.idle_lock.screen) == []


def test_the_right_passphrase_shows_the_window_as_it_was_with_the_typing_kept(
    qtbot, launcher, unlocked_journal
):
    window = launcher.open(unlocked_journal)
    window.show()
    qtbot.waitExposed(window)
    qtbot.keyClicks(by_name(window, "Notes"), "half a sentence")
    _locked(qtbot, window)
    type_and_unlock(qtbot, window, PASSPHRASE)
    assert not window.idle_lock.locked
    assert window.timeline.isVisible()
    assert by_name(window, "Notes").toPlainText() == "half a sentence"
    assert window.summary_action.isEnabled()
    # It counts down again, to lock the next time it is left.
    assert window.idle_lock.watch.timer.isActive()


def test_a_wrong_passphrase_is_said_and_the_data_stays_hidden(qtbot, launcher, unlocked_journal):
    window = launcher.open(unlocked_journal)
    window.show()
    qtbot.waitExposed(window)
    _locked(qtbot, window)
    type_and_unlock(qtbot, window, "not the passphrase")
    screen = window.idle_lock.screen
    assert window.idle_lock.locked
    assert screen.message.isVisible()
    assert "does not open this journal" in screen.message.text()
    assert not window.timeline.isVisible()


def test_input_puts_the_lock_off(qtbot, launcher, unlocked_journal):
    window = launcher.open(unlocked_journal)
    window.show()
    qtbot.waitExposed(window)
    watch = window.idle_lock.watch
    watch.set_idle_ms(2000)
    qtbot.wait(800)
    assert watch.timer.remainingTime() < 1700
    qtbot.keyClicks(by_name(window, "Notes"), "x")
    assert watch.timer.remainingTime() > 1850


def test_a_plain_journal_never_locks(qtbot, launcher, plain_journal):
    window = launcher.open(plain_journal)
    assert window.idle_lock.watch is None
    window.idle_lock.lock()
    assert not window.idle_lock.locked


def test_the_idle_time_is_chosen_in_the_encryption_dialog(qtbot, launcher, unlocked_journal):
    from journal.app import _settings

    window = launcher.open(unlocked_journal)
    assert window.idle_lock.watch.timer.interval() == DEFAULT_IDLE_MINUTES * 60_000
    dialog = window.show_encryption()
    qtbot.addWidget(dialog)
    spin = by_name(dialog, "Lock after minutes without use")
    spin.setValue(0)
    assert not window.idle_lock.watch.timer.isActive()
    assert idle_minutes(_settings()) == 0
    spin.setValue(3)
    assert window.idle_lock.watch.timer.interval() == 3 * 60_000
    assert _settings().value(IDLE_KEY) in (3, "3")
