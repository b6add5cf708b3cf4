"""A command that writes to a journal in a synced folder warns in one line on stderr."""

from __future__ import annotations

from backup_builders import journal_with_photo

from journal.app import main


def _dropbox_journal(tmp_path):
    path = tmp_path / "Dropbox" / "journal.sqlite"
    journal_with_photo(path)
    return path


def test_a_backup_of_a_journal_in_dropbox_warns_on_stderr(tmp_path, capsys):
    path = _dropbox_journal(tmp_path)
    assert main(["backup", "--journal", str(path)]) == 0
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("Warning: This journal is in a Dropbox folder")
    assert "Never have it open on two computers at once" in line


def test_a_conflicted_copy_is_named_on_stderr_with_the_import_that_adds_it(tmp_path, capsys):
    path = _dropbox_journal(tmp_path)
    copy = path.with_name("journal (conflicted copy 2026-03-01).sqlite")
    copy.write_bytes(path.read_bytes())
    assert main(["backup", "--journal", str(path)]) == 0
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2
    assert str(copy) in err[1] and f'symptom-journal import --format copy "{copy}"' in err[1]


def test_a_command_that_only_reads_says_nothing_of_it(tmp_path, capsys):
    path = _dropbox_journal(tmp_path)
    assert main(["backups", "--journal", str(path)]) == 0
    assert "Warning" not in capsys.readouterr().err


def test_a_journal_of_this_computer_alone_gets_no_warning(journal_path, capsys):
    journal_with_photo(journal_path)
    assert main(["backup", "--journal", str(journal_path)]) == 0
    assert capsys.readouterr().err == ""
