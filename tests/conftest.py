"""Shared fixtures. Qt runs offscreen: without a screen pytest-qt would abort."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Keep tests away from the user's real journal.
os.environ.pop("SYMPTOM_JOURNAL_HOME", None)
# Tests find controls by their English names: a window a test starts speaks English, whatever
# the machine's language (the tests of German set it themselves).
os.environ["SYMPTOM_JOURNAL_LANGUAGE"] = "en"

# The program guards Python 3.11's count of references to None against PySide6 6.12 when it
# starts (journal.app) or applies its theme. A test run that does neither (a single file of
# tests importing Qt modules) would otherwise run None out and abort as it shuts down.
from journal.ui.theme.none_guard import keep_none_alive

keep_none_alive()


@pytest.fixture
def journal_path(tmp_path: Path) -> Path:
    """Where a test's journal file goes; the folder does not exist yet."""
    return tmp_path / "data" / "journal.sqlite"


@pytest.fixture
def store(journal_path: Path):
    """A new, empty journal on a real file."""
    from journal.store import open_journal

    with open_journal(journal_path) as opened:
        yield opened


@pytest.fixture(autouse=True)
def _private_settings(tmp_path_factory, monkeypatch):
    """Window geometry and other QSettings go to a temporary folder, never the user's."""
    folder = tmp_path_factory.mktemp("qsettings")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    monkeypatch.setenv("XDG_DATA_HOME", str(folder / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(folder / "cache"))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # pragma: no cover - domain tests without Qt
        return
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture(autouse=True)
def _english(monkeypatch):
    """Each test starts in English: one that switched to German cannot leave it behind."""
    monkeypatch.setenv("SYMPTOM_JOURNAL_LANGUAGE", "en")
    try:
        from PySide6.QtCore import QCoreApplication, QLocale
    except ImportError:  # pragma: no cover - domain tests without Qt
        yield
        return
    before = QLocale()
    yield
    # Only a test that loaded the language module can have switched the language.
    language = sys.modules.get("journal.ui.shell.language")
    if language is not None and language.installed_language() != language.ENGLISH:
        monkeypatch.setenv("SYMPTOM_JOURNAL_LANGUAGE", "en")
        language.install_language(QCoreApplication.instance())
        QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def _no_network(monkeypatch):
    """The program is offline: any attempt to connect anywhere fails the test."""
    import socket

    def refuse(*args, **kwargs):
        raise AssertionError(f"the program tried to open a network connection: {args!r}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)


@pytest.fixture(autouse=True)
def _keys_forgotten():
    """Each test starts with no journal unlocked, as a new process does."""
    from journal.store import keyring

    yield
    keyring.forget_all()


@pytest.fixture(autouse=True, scope="session")
def _one_application(qapp):
    """The widgets' QApplication, made before any test runs.

    The printing layer makes a bare QGuiApplication when none exists (the command line has
    no window); made first in a test run, it would stand in the way of every widget test.
    """
    return qapp
