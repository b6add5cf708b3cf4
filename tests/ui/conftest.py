"""Fixtures for driving real widgets offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

from journal.app import _settings, create_window
from journal.ui.shell.launcher import Launcher

LOADED_MS = 20_000


@pytest.fixture
def open_window(qtbot):
    """Opens windows on journal files and closes them (and their journals) afterwards."""
    opened = []

    def _open(path, is_demo=False):
        window = create_window(path, is_demo=is_demo)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        # Keyboard shortcuts reach only the active window.
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        # The pages, the check-ins and the red flags load after the first paint: the tests
        # start from a window that has them all.
        qtbot.waitUntil(window.is_loaded, timeout=LOADED_MS)
        opened.append(window)
        return window

    yield _open
    for window in opened:
        window.close()
        window.facade.close()


@pytest.fixture
def window(open_window, journal_path):
    """The main window on a new, empty journal."""
    return open_window(journal_path)


@pytest.fixture
def opened_windows(monkeypatch):
    """Every window a launcher opens in the test: closed, let go of and deleted after it."""
    windows = []
    original = Launcher.open

    def open_and_keep(self, *args, **kwargs):
        window = original(self, *args, **kwargs)
        windows.append(window)
        return window

    monkeypatch.setattr(Launcher, "open", open_and_keep)
    yield windows
    for window in windows:
        if isValid(window):
            window.close()
            window.facade.close()
            window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def launcher(qtbot, opened_windows):
    """A launcher whose every window is closed, and journal let go, after the test."""
    return Launcher(_settings())
