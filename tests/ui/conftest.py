"""Fixtures for driving real widgets offscreen."""

from __future__ import annotations

import faulthandler

import pytest
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.exceptions import TimeoutError as NotInTime
from shiboken6 import isValid

from journal.app import _settings, create_window
from journal.ui.shell.launcher import Launcher

LOADED_MS = 20_000


def wait_until_loaded(qtbot, window, test=None) -> None:
    """Wait for ``window`` to load all it loads after its first paint; if it does not, fail
    with what is left, and every thread's stack, so that a rare hang says where it hung.

    ``test`` (the test's node) lets an error raised in a slot meanwhile be told: pytest-qt
    holds it back when the fixture itself fails.
    """
    try:
        qtbot.waitUntil(window.is_loaded, timeout=LOADED_MS)
    except NotInTime:
        faulthandler.dump_traceback(all_threads=True)
        manager = getattr(test, "qt_exception_capture_manager", None)
        if manager is not None:
            manager.fail_if_exceptions_occurred("LOADING")
        pytest.fail(f"the window did not load in {LOADED_MS} ms: {_left_to_load(window)}")


def _left_to_load(window) -> str:
    flags = window._flags
    left = {
        "files tidied": window.facade.store.is_tidy(),
        "pages built": window.pages.is_built(),
        "check-ins read": window.facade.has_all_checkins(),
        "flags made": flags is not None,
        "flags checked": flags is not None and not flags.is_checking(),
        "flags asked": window._flags_started,
    }
    said = ", ".join(f"{what} {done}" for what, done in left.items())
    if flags is not None:
        said += f"; flag checks asked {flags._generation}, answered {flags._answered}"
        said += f", worker process {flags.worker_process() is not None}"
    return said


@pytest.fixture
def open_window(qtbot, request):
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
        wait_until_loaded(qtbot, window, request.node)
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
