"""Fixtures for driving real widgets offscreen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from journal.app import create_window


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
