"""The backup, backups, restore and check commands: what they say and their exit status."""

from __future__ import annotations

import fcntl
import os

from backup_builders import checkin_count, damage_a_page, journal_with_photo

from journal.app import main
from journal.store.backup_files import write_backup
from journal.store.backups import list_backups
from journal.store.photos import photos_folder


def _run(*args):
    return main([str(a) for a in args])


def test_backup_makes_a_backup_and_says_where(journal_path, capsys):
    journal_with_photo(journal_path)
    assert _run("backup", "--journal", journal_path) == 0
    [made] = list_backups(journal_path)
    out = capsys.readouterr().out
    assert out.startswith(f"Backed up {journal_path} to {made.path} (")
    assert made.reason == "by hand"


def test_backup_of_no_journal_fails_in_one_line(journal_path, capsys):
    assert _run("backup", "--journal", journal_path) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"backup: there is no journal at {journal_path}.")
    assert err.count("\n") == 1


def test_backups_lists_dates_reasons_sizes_and_names(journal_path, capsys):
    journal_with_photo(journal_path)
    _run("backup", "--journal", journal_path)
    capsys.readouterr()
    assert _run("backups", "--journal", journal_path) == 0
    [made] = list_backups(journal_path)
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == f"Backups of {journal_path}, newest first:"
    assert "by hand" in lines[1] and " KB" in lines[1] and lines[1].endswith(made.name)
    assert str(made.taken_at.year) in lines[1]


def test_the_backups_columns_line_up_whatever_the_reasons_length(journal_path, capsys):
    journal_with_photo(journal_path)
    write_backup(journal_path, "after encryption was turned on")
    _run("backup", "--journal", journal_path)
    capsys.readouterr()
    _run("backups", "--journal", journal_path)
    rows = capsys.readouterr().out.splitlines()[1:]
    assert len(rows) == 2
    assert len({row.index(" KB") for row in rows}) == 1  # the sizes in one column


def test_backups_of_a_journal_with_none_says_how_to_make_one(journal_path, capsys):
    journal_with_photo(journal_path)
    assert _run("backups", "--journal", journal_path) == 0
    assert "has no backups yet" in capsys.readouterr().out


def test_restore_puts_a_backup_back_by_its_name(journal_path, capsys):
    journal_with_photo(journal_path, checkins=30)
    _run("backup", "--journal", journal_path)
    journal_with_photo(journal_path, checkins=10)
    [made] = list_backups(journal_path)
    capsys.readouterr()
    assert _run("restore", "--journal", journal_path, made.name) == 0
    out = capsys.readouterr().out
    assert f"to {journal_path}." in out
    assert "The journal as it was is kept as " in out
    assert checkin_count(journal_path) == 30


def test_restore_of_an_unknown_backup_fails_in_words(journal_path, capsys):
    journal_with_photo(journal_path)
    assert _run("restore", "--journal", journal_path, "last-tuesday") == 2
    err = capsys.readouterr().err
    assert err.startswith("restore: last-tuesday is not a backup of ")
    assert "Traceback" not in err


def test_restore_while_the_journal_is_open_elsewhere_is_refused(journal_path, capsys):
    journal_with_photo(journal_path)
    _run("backup", "--journal", journal_path)
    [made] = list_backups(journal_path)
    other = os.open(f"{journal_path}.lock", os.O_CREAT | os.O_RDWR)
    fcntl.flock(other, fcntl.LOCK_SH)
    try:
        assert _run("restore", "--journal", journal_path, made.name) == 2
    finally:
        os.close(other)
    assert "is open in another Symptom Journal window" in capsys.readouterr().err


def test_check_of_a_sound_journal_exits_zero(journal_path, capsys):
    journal_with_photo(journal_path)
    assert _run("check", "--journal", journal_path) == 0
    assert "passed every check" in capsys.readouterr().out


def test_check_names_a_missing_photo_and_exits_one(journal_path, capsys):
    photo = journal_with_photo(journal_path)
    (photos_folder(journal_path) / photo).unlink()
    assert _run("check", "--journal", journal_path) == 1
    err = capsys.readouterr().err
    assert f"{journal_path} has problems:" in err
    assert "is missing" in err


def test_check_of_a_damaged_journal_offers_the_newest_good_backup(journal_path, capsys):
    journal_with_photo(journal_path)
    _run("backup", "--journal", journal_path)
    [made] = list_backups(journal_path)
    damage_a_page(journal_path)
    capsys.readouterr()
    assert _run("check", "--journal", journal_path) == 1
    err = capsys.readouterr().err
    assert "SQLite's integrity check" in err or "cannot be read" in err
    assert f"symptom-journal restore --journal {journal_path} {made.name}" in err


def test_check_of_no_journal_exits_two(journal_path, capsys):
    assert _run("check", "--journal", journal_path) == 2
    assert capsys.readouterr().err == f"check: there is no journal at {journal_path}.\n"


def test_opening_a_damaged_journal_from_a_command_offers_the_backup(journal_path, capsys):
    journal_with_photo(journal_path)
    _run("backup", "--journal", journal_path)
    [made] = list_backups(journal_path)
    damage_a_page(journal_path)
    capsys.readouterr()
    assert _run("flags", "--journal", journal_path) == 2
    err = capsys.readouterr().err
    assert "it is kept as " in err and ".damaged-" in err
    assert f"symptom-journal restore --journal {journal_path} {made.name}" in err
    assert _run("restore", "--journal", journal_path, made.name) == 0
    assert checkin_count(journal_path) == 30
