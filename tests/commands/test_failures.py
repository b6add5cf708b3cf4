"""A journal a command cannot use is refused in one plain line, never with a traceback."""

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from picture_builders import picture

from journal.app import main
from journal.store import open_journal
from journal.store.schema import schema_version

ROOT = Path(__file__).resolve().parents[2]


def _not_a_journal(tmp_path):
    path = tmp_path / "notajournal.txt"
    path.write_text("my shopping list, not a journal\n" * 40)
    return path


def _photo(tmp_path):
    path = tmp_path / "boil.jpg"
    path.write_bytes(picture())
    return path


def _damaged(path):
    return (
        f"{path} is damaged or is not a Symptom Journal file (file is not a database). "
        "It was not changed. No backup of it that passes the check was found beside it: "
        "open another journal, or import an earlier export of it into a new journal."
    )


def _commands(path, tmp_path):
    """Each command that opens an existing journal, given ``path``."""
    photo = str(_photo(tmp_path))
    return {
        "flags": ["flags", "--journal", str(path)],
        "photos": ["photos", "add", "--journal", str(path), "--lesion", "Boil", photo],
    }


@pytest.mark.parametrize("command", ["flags", "photos"])
def test_a_file_that_is_not_a_journal_is_one_plain_line(command, tmp_path, capsys):
    path = _not_a_journal(tmp_path)
    assert main(_commands(path, tmp_path)[command]) == 2
    captured = capsys.readouterr()
    assert captured.err == f"{command}: {_damaged(path)}\n"
    assert captured.out == ""


@pytest.mark.parametrize("command", ["flags", "photos"])
def test_a_folder_given_as_the_journal_is_named_a_folder(command, tmp_path, capsys):
    folder = tmp_path / "diary"
    folder.mkdir()
    assert main(_commands(folder, tmp_path)[command]) == 2
    assert capsys.readouterr().err == (
        f"{command}: {folder} is a folder, not a journal file. Give the journal file itself.\n"
    )


def test_a_folder_holding_a_journal_suggests_the_file_inside(tmp_path, capsys):
    open_journal(tmp_path / "journal.sqlite").close()
    assert main(["flags", "--journal", str(tmp_path)]) == 2
    assert capsys.readouterr().err == (
        f"flags: {tmp_path} is a folder, not a journal file. "
        f"Did you mean {tmp_path / 'journal.sqlite'}?\n"
    )


@pytest.mark.parametrize("command", ["flags", "photos"])
def test_a_journal_from_a_newer_program_is_one_plain_line(command, journal_path, tmp_path, capsys):
    open_journal(journal_path).close()
    conn = sqlite3.connect(journal_path)
    conn.execute(f"PRAGMA user_version = {schema_version() + 1}")
    conn.commit()
    conn.close()
    assert main(_commands(journal_path, tmp_path)[command]) == 2
    assert capsys.readouterr().err == (
        f"{command}: {journal_path} was saved by a newer version of Symptom Journal (journal "
        f"version {schema_version() + 1}); this program understands journal versions up to "
        f"{schema_version()}. Nothing was changed. Please update Symptom Journal to open it.\n"
    )


def _refused_by_permissions(path):
    # Permission bits do not bind a user who may read and write everything (root).
    if os.access(path, os.R_OK | os.W_OK):
        pytest.skip("this user is not bound by file permissions")


@pytest.mark.parametrize("command", ["flags", "photos"])
def test_a_journal_the_user_may_not_read_is_said_so(command, journal_path, tmp_path, capsys):
    open_journal(journal_path).close()
    journal_path.chmod(0)
    _refused_by_permissions(journal_path)
    assert main(_commands(journal_path, tmp_path)[command]) == 2
    assert capsys.readouterr().err == (
        f"{command}: you are not allowed to read {journal_path}. Check the file's permissions, "
        "or open another journal.\n"
    )


def test_a_read_only_journal_is_said_so(journal_path, capsys):
    open_journal(journal_path).close()
    journal_path.chmod(0o400)
    _refused_by_permissions(journal_path)
    assert main(["flags", "--journal", str(journal_path)]) == 2
    assert capsys.readouterr().err == (
        f"flags: {journal_path} is read-only (the file or its folder). Symptom Journal writes "
        "to a journal even to read it: make it writable, or copy it to a folder of yours.\n"
    )


def test_a_file_system_error_is_one_plain_line(tmp_path, capsys):
    # The demo's folder would have to be made inside a file.
    _not_a_journal(tmp_path)
    target = tmp_path / "notajournal.txt" / "demo.sqlite"
    assert main(["demo", "--journal", str(target)]) == 2
    assert capsys.readouterr().err == f"demo: cannot use {target.parent}: file exists\n"


def test_python_dash_m_journal_prints_no_traceback_for_a_file_that_is_not_a_journal(tmp_path):
    _not_a_journal(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "journal", "flags", "--journal", "notajournal.txt"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
    )
    assert "Traceback" not in done.stderr
    assert done.stderr == f"flags: {_damaged(Path('notajournal.txt'))}\n"
    assert done.returncode == 2
