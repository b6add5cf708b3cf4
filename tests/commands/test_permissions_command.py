"""The command line makes a journal copied in 0644 private, or says in one line it could not."""

from __future__ import annotations

import os
import stat

import pytest

from journal.app import main
from journal.store import open_journal

pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX file modes")


@pytest.fixture
def loose_journal(journal_path):
    with open_journal(journal_path):
        pass
    os.chmod(journal_path, 0o644)
    return journal_path


def test_a_command_makes_the_journal_private(loose_journal, capsys):
    assert main(["flags", "--journal", str(loose_journal)]) == 0
    assert stat.S_IMODE(loose_journal.stat().st_mode) == 0o600
    assert "warning" not in capsys.readouterr().err


def test_when_it_cannot_one_line_says_so_and_the_command_still_works(
    loose_journal, capsys, monkeypatch
):
    def refuse(path, mode):
        raise PermissionError(1, "Operation not permitted", str(path))

    monkeypatch.setattr("journal.store.permissions.os.chmod", refuse)
    assert main(["flags", "--journal", str(loose_journal)]) == 0
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if "readable by you alone" in line]
    assert len(lines) == 1 and str(loose_journal) in lines[0]
    assert "Traceback" not in err
