"""The window says plainly when a journal others may read could not be made private."""

from __future__ import annotations

import os

import pytest

from journal.store import open_journal

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")


@pytest.fixture
def loose_journal(journal_path):
    with open_journal(journal_path):
        pass
    os.chmod(journal_path, 0o644)
    return journal_path


def test_it_opens_and_the_status_bar_says_others_may_read_it(
    open_window, loose_journal, monkeypatch
):
    def refuse(path, mode):
        raise PermissionError(1, "Operation not permitted", str(path))

    monkeypatch.setattr("journal.store.permissions.os.chmod", refuse)
    window = open_window(loose_journal)
    said = window.statusBar().currentMessage()
    assert "readable by you alone" in said and "open as usual" in said
    assert window.form.isEnabled()


def test_nothing_is_said_when_it_was_made_private(open_window, loose_journal):
    window = open_window(loose_journal)
    assert "readable by you alone" not in window.statusBar().currentMessage()
    assert oct(loose_journal.stat().st_mode & 0o777) == "0o600"
