"""Fixtures for the window's side of encryption: journals on disk, a launcher, dialogs driven."""

from __future__ import annotations

import pytest
from builders import many_checkins
from encryption_builders import PASSPHRASE

from journal.store import keyring, open_journal
from journal.store.encryption import turn_on


@pytest.fixture
def plain_journal(journal_path):
    """A journal of 12 check-ins, not encrypted."""
    with open_journal(journal_path) as store:
        store.checkins.add_many(many_checkins(12))
    return journal_path


@pytest.fixture
def locked_journal(plain_journal):
    """The same journal encrypted under PASSPHRASE, with no key in this process (a fresh start)."""
    turn_on(plain_journal, PASSPHRASE)
    keyring.forget_all()
    return plain_journal


@pytest.fixture
def unlocked_journal(plain_journal):
    """The same journal encrypted under PASSPHRASE, its key given already."""
    turn_on(plain_journal, PASSPHRASE)
    return plain_journal
