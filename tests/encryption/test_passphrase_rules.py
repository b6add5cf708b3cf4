"""A new passphrase: typed twice alike, and long enough to be worth encrypting under."""

from datetime import date

import pytest

from journal.encryption.passphrase_rules import MIN_LENGTH, new_passphrase_problem
from journal.encryption.recovery_sheet import recovery_sheet_text

pytestmark = pytest.mark.encryption


def test_an_empty_passphrase_is_refused():
    assert new_passphrase_problem("", "") == "Type a passphrase."


def test_a_short_passphrase_is_refused_with_its_length():
    problem = new_passphrase_problem("seven77", "seven77")
    assert problem is not None and f"at least {MIN_LENGTH}" in problem and "has 7" in problem


def test_two_different_passphrases_are_refused():
    assert "not the same" in new_passphrase_problem("eight888", "eight889")


def test_a_long_enough_passphrase_typed_twice_alike_will_do():
    assert new_passphrase_problem("eight888", "eight888") is None


def test_the_recovery_sheet_holds_the_name_the_passphrase_and_what_to_do():
    text = recovery_sheet_text("My journal", "  spaced Passphrase ", date(2026, 5, 4))
    assert "Journal: My journal" in text
    assert "    " + "  spaced Passphrase " in text  # exactly as typed, spaces kept
    assert "2026-05-04" in text
    assert "Print this sheet" in text and "delete this file" in text
