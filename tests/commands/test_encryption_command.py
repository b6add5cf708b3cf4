"""``encryption on|off|change`` and every other command on an encrypted journal: the
passphrase from a file, the environment or a terminal, never from an argument; a wrong one
is one line and exit 2."""

from __future__ import annotations

import io

import pytest
from exchange_journals import full_journal

from journal.app import main
from journal.commands import passphrases
from journal.store import keyring

PASSPHRASE = "correct horse"


@pytest.fixture
def journal(tmp_path):
    path = tmp_path / "journal.sqlite"
    full_journal(path).close()
    return path


def _file(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    return path


@pytest.fixture
def encrypted(journal, tmp_path, capsys):
    passphrase = _file(tmp_path, "pass.txt", PASSPHRASE)
    assert (
        main(["encryption", "on", "--journal", str(journal), "--passphrase-file", str(passphrase)])
        == 0
    )
    assert "is encrypted" in capsys.readouterr().out
    keyring.forget_all()  # a new process knows no key
    return journal


def test_on_encrypts_the_journal(encrypted):
    assert keyring.is_encrypted(encrypted)


def test_a_command_reads_the_encrypted_journal_with_the_passphrase_file(
    encrypted, tmp_path, capsys
):
    passphrase = _file(tmp_path, "p2.txt", PASSPHRASE)
    assert main(["check", "--journal", str(encrypted), "--passphrase-file", str(passphrase)]) == 0
    assert "passed every check" in capsys.readouterr().out


def test_the_passphrase_may_come_from_the_environment(encrypted, monkeypatch, capsys):
    monkeypatch.setenv("SYMPTOM_JOURNAL_PASSPHRASE", PASSPHRASE)
    assert main(["backups", "--journal", str(encrypted)]) == 0
    assert "after encryption was turned on" in capsys.readouterr().out


def test_a_wrong_passphrase_is_one_line_and_exit_2(encrypted, monkeypatch, capsys):
    before = encrypted.read_bytes()
    monkeypatch.setenv("SYMPTOM_JOURNAL_PASSPHRASE", "Correct horse")
    assert main(["flags", "--journal", str(encrypted)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert err.count("\n") == 1 and "does not open" in err
    assert encrypted.read_bytes() == before


def test_without_a_passphrase_or_a_terminal_it_says_how_to_give_one(encrypted, monkeypatch, capsys):
    monkeypatch.delenv("SYMPTOM_JOURNAL_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    assert main(["flags", "--journal", str(encrypted)]) == 2
    assert "--passphrase-file" in capsys.readouterr().err


def test_on_a_terminal_the_passphrase_is_asked_for(encrypted, monkeypatch, capsys):
    monkeypatch.delenv("SYMPTOM_JOURNAL_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setattr(passphrases.getpass, "getpass", lambda prompt: PASSPHRASE)
    assert main(["check", "--journal", str(encrypted)]) == 0


def test_a_new_passphrase_typed_twice_differently_changes_nothing(journal, monkeypatch, capsys):
    answers = iter(["one passphrase", "another"])
    monkeypatch.delenv("SYMPTOM_JOURNAL_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True, raising=False)
    monkeypatch.setattr(passphrases.getpass, "getpass", lambda prompt: next(answers))
    assert main(["encryption", "on", "--journal", str(journal)]) == 2
    assert "differ" in capsys.readouterr().err
    assert not keyring.is_encrypted(journal)


def test_change_then_only_the_new_passphrase_opens_it(encrypted, tmp_path, monkeypatch, capsys):
    old = _file(tmp_path, "old.txt", PASSPHRASE)
    new = _file(tmp_path, "new.txt", "battery staple")
    assert (
        main(
            [
                "encryption",
                "change",
                "--journal",
                str(encrypted),
                "--passphrase-file",
                str(old),
                "--new-passphrase-file",
                str(new),
            ]
        )
        == 0
    )
    keyring.forget_all()
    assert main(["check", "--journal", str(encrypted), "--passphrase-file", str(old)]) == 2
    keyring.forget_all()
    assert main(["check", "--journal", str(encrypted), "--passphrase-file", str(new)]) == 0


def test_off_leaves_a_journal_that_opens_without_a_passphrase(encrypted, tmp_path, capsys):
    passphrase = _file(tmp_path, "p.txt", PASSPHRASE)
    assert (
        main(
            ["encryption", "off", "--journal", str(encrypted), "--passphrase-file", str(passphrase)]
        )
        == 0
    )
    keyring.forget_all()
    assert not keyring.is_encrypted(encrypted)
    assert main(["check", "--journal", str(encrypted)]) == 0


def test_no_option_takes_a_passphrase_as_its_value(journal, capsys):
    with pytest.raises(SystemExit):
        main(["check", "--journal", str(journal), "--passphrase", PASSPHRASE])
