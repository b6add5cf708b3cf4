"""Fixtures for the window's side of encryption: journals on disk, a launcher, dialogs driven."""

from __future__ import annotations

import pytest
from builders import many_checkins
from encryption_builders import PASSPHRASE
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from journal.app import _settings
from journal.store import keyring, open_journal
from journal.store.encryption import turn_on
from journal.ui.shell.launcher import Launcher


@pytest.fixture
def launcher(qtbot, monkeypatch):
    """A launcher whose every window is closed, and journal let go, after the test."""
    windows = []
    original = Launcher.open

    def open_and_keep(self, *args, **kwargs):
        window = original(self, *args, **kwargs)
        windows.append(window)
        return window

    monkeypatch.setattr(Launcher, "open", open_and_keep)
    yield Launcher(_settings())
    for window in windows:
        if isValid(window):
            window.close()
            window.facade.close()
            window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def plain_journal(journal_path):
    """A journal of 12 check-ins, not encrypted."""
    with open_journal(journal_path) as store:
        store.checkins.add_many(many_checkins(12))
    return journal_path


@pytest.fixture
def locked_journal(plain_journal):
    """The same journal encrypted under PASSPHRASE, with no key in this process (a fresh start)."""
    turn_on(plain_journal, PASSPHRASE)
    keyring.forget_all()
    return plain_journal


@pytest.fixture
def unlocked_journal(plain_journal):
    """The same journal encrypted under PASSPHRASE, its key given already."""
    turn_on(plain_journal, PASSPHRASE)
    return plain_journal
