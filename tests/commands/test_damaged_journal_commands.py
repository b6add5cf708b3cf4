"""Every command, given a damaged journal, says so in one line: never a traceback.

The damage is of the two kinds SQLite finds: a page that is not a b-tree page, and an index
that disagrees with its table (which quick_check passes). Each file's bytes stay as they were.
"""

from __future__ import annotations

import pytest
from backup_builders import (
    break_an_index,
    change_an_index_key,
    damage_a_page,
    digest,
    journal_with_photo,
)
from disk_full import no_room_for_files
from picture_builders import picture

from journal.app import main
from journal.store.checkins import CheckInStore
from journal.store.engine import dbapi

DAMAGE = {
    "a damaged page": damage_a_page,
    "an index out of step": break_an_index,
    "a changed index key": change_an_index_key,
}


def _export(tmp_path):
    """A real export of a sound journal, for ``import`` to read."""
    sound = tmp_path / "sound" / "journal.sqlite"
    journal_with_photo(sound)
    out = tmp_path / "export.zip"
    assert main(["export", "--journal", str(sound), "--format", "archive", "-o", str(out)]) == 0
    return out


def _args(command, journal, tmp_path):
    """The arguments of ``command`` (a subcommand of journal/commands/) given ``journal``."""
    photo = tmp_path / "boil.jpg"
    photo.write_bytes(picture())
    j = str(journal)
    if command.startswith("import"):
        dry = ["--dry-run"] if command.endswith("--dry-run") else []
        return ["import", "--journal", j, "--format", "archive", *dry, str(_export(tmp_path))]
    return {
        "demo": ["demo", "--journal", j],
        "photos": ["photos", "add", "--journal", j, "--lesion", "Boil", str(photo)],
        "flags": ["flags", "--journal", j],
        "flags --json": ["flags", "--journal", j, "--json"],
        "summary": ["summary", "--journal", j, "-o", str(tmp_path / "summary.pdf")],
        "export": ["export", "--journal", j, "--format", "csv", "-o", str(tmp_path / "e.zip")],
        "backup": ["backup", "--journal", j],
        "backups": ["backups", "--journal", j],
        "restore": ["restore", "--journal", j, "2026-01-01T00-00-00_automatic.sqlite"],
    }[command]


COMMANDS = [
    "demo",
    "photos",
    "flags",
    "flags --json",
    "summary",
    "export",
    "import",
    "import --dry-run",
    "backup",
    "backups",
    "restore",
]


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_on_a_damaged_journal_says_one_line(
    command, damage, journal_path, tmp_path, capsys
):
    journal_with_photo(journal_path)
    DAMAGE[damage](journal_path)
    args = _args(command, journal_path, tmp_path)
    before = digest(journal_path)
    capsys.readouterr()
    code = main(args)
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    if command != "backups":  # listing the backups does not open the journal
        assert code == 2 if command != "demo" else code == 1
        [line] = captured.err.splitlines()
        assert line.startswith(f"{command.split()[0]}: ")
        # An import first says what the file holds: that is read before the journal opens.
        assert captured.out == "" or command.startswith("import")
    assert digest(journal_path) == before


@pytest.mark.parametrize("damage", DAMAGE, ids=list(DAMAGE))
def test_check_lists_the_damage_and_no_traceback(damage, journal_path, capsys):
    journal_with_photo(journal_path)
    DAMAGE[damage](journal_path)
    before = digest(journal_path)
    assert main(["check", "--journal", str(journal_path)]) == 1
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.splitlines()[0] == f"{journal_path} has problems:"
    # No backup was ever made: none is offered, and the message says so.
    assert "restore" not in err
    assert err.splitlines()[-1].startswith("No backup of it that passes the check was found")
    assert digest(journal_path) == before


def _malformed(*args, **kwargs):
    error = dbapi.DatabaseError("database disk image is malformed")
    error.sqlite_errorcode = 11  # SQLITE_CORRUPT
    error.sqlite_errorname = "SQLITE_CORRUPT"
    raise error


@pytest.mark.parametrize("command", ["flags", "summary", "export"])
def test_damage_found_after_the_journal_opened_is_one_line(
    command, journal_path, tmp_path, capsys, monkeypatch
):
    # Damage that shows only when a row is read (after the check on open passed, or made
    # while the command ran) reaches the command as SQLite's own error.
    journal_with_photo(journal_path)
    monkeypatch.setattr(CheckInStore, "between", _malformed)
    args = _args(command, journal_path, tmp_path)
    capsys.readouterr()
    assert main(args) == 2
    assert capsys.readouterr().err == (
        f"{command}: {journal_path} is damaged or is not a Symptom Journal file (database disk "
        "image is malformed). It was not changed. Restore it from a backup, or open another "
        "journal.\n"
    )


def test_photos_add_on_a_full_disk_is_one_line(journal_path, tmp_path, capsys, monkeypatch):
    journal_with_photo(journal_path)
    photo = tmp_path / "new.jpg"
    photo.write_bytes(picture(colour="blue"))
    no_room_for_files(monkeypatch)
    capsys.readouterr()
    args = ["photos", "add", "--journal", str(journal_path), "--lesion", "Boil", str(photo)]
    assert main(args) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("photos: The disk holding ")
    assert line.endswith("is full — nothing was lost; free some space and try again.")
    assert "damaged" not in line
