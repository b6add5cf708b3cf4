"""kill -9 at random moments of turning encryption on, changing the passphrase and turning
it off: exactly one of the old or the new journal opens, with all its records and photos."""

from __future__ import annotations

import shutil

import pytest
from exchange_journals import full_journal
from kill_checks import check_backups, reopen_and_check
from kill_rounds import ROUNDS, kill_rounds

from journal.store import keyring, open_journal
from journal.store.backup_files import list_backups
from journal.store.encryption import note_path, unlock
from journal.store.errors import WrongPassphrase

pytestmark = pytest.mark.faults

FIRST, SECOND = "first passphrase", "second passphrase"

# On, a new passphrase, off: the journal goes plain → encrypted → re-keyed → plain.
CHILD = f"""
import sys
from journal.store.encryption import change_passphrase, turn_off, turn_on
print("BEGIN", flush=True)
turn_on(sys.argv[1], {FIRST!r})
change_passphrase(sys.argv[1], {SECOND!r})
turn_off(sys.argv[1])
print("DONE", flush=True)
"""


def _state(path) -> str:
    """Which journal the kill left: plain, or encrypted under which passphrase (one only)."""
    if not keyring.is_encrypted(path):
        return "plain"
    opened = []
    for name, passphrase in (("first", FIRST), ("second", SECOND)):
        keyring.forget_all()
        try:
            unlock(path, passphrase)
            opened.append(name)
        except WrongPassphrase:
            pass
    assert len(opened) == 1, f"passphrases that open it: {opened}"
    keyring.forget_all()
    unlock(path, FIRST if opened == ["first"] else SECOND)
    return f"under the {opened[0]}"


def test_an_encryption_change_killed_anywhere_leaves_one_whole_journal(tmp_path):
    template = tmp_path / "template" / "journal.sqlite"
    with full_journal(template) as store:
        fingerprint = store.fingerprint()
        photos = {p.sha256: store.photos.original(p) for p in store.photos.photos().values()}
    assert photos

    def prepare(n):
        folder = tmp_path / f"round{n}"
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(template.parent, folder)
        return [str(folder / template.name)]

    def check(n):
        path = tmp_path / f"round{n}" / template.name
        state = _state(path)
        reopen_and_check(path)
        assert not note_path(path).exists(), "the change was left half made"
        with open_journal(path) as store:
            assert store.fingerprint() == fingerprint, "records differ"
            for photo in store.photos.photos().values():
                assert store.photos.original(photo) == photos[photo.sha256], "a photo differs"
        check_backups(path)
        salt = keyring.file_salt(path)
        assert all(keyring.file_salt(b.path) == salt for b in list_backups(path))
        keyring.forget_all()
        return state

    tally = kill_rounds("encryption on, change, off", CHILD, prepare, check, rounds=min(ROUNDS, 30))
    assert tally.lost == 0
    assert tally.mid_write > 0
    assert len(tally.outcomes) >= 3, tally.outcomes  # the kills landed in several stages
