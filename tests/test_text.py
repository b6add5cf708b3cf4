"""Text that can be stored: lone surrogates become "�", pairs the character they stand for."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from journal.text import UNREADABLE, readable

SURROGATE = st.characters(min_codepoint=0xD800, max_codepoint=0xDFFF, categories=["Cs"])
# Built from a list: st.text() leaves surrogates out whatever its alphabet.
ANY_TEXT = st.lists(st.one_of(st.characters(), SURROGATE), max_size=40).map("".join)


@given(ANY_TEXT)
def test_readable_text_can_always_be_written_as_utf8(text):
    clean = readable(text)
    assert clean.encode("utf-8").decode("utf-8") == clean
    assert readable(clean) == clean


@given(st.text())
def test_text_without_surrogates_is_kept_exactly(text):
    assert readable(text) is text or readable(text) == text


def test_each_lone_surrogate_is_one_mark_and_the_rest_is_kept():
    assert readable("fever\ud800 at night\udfff") == f"fever{UNREADABLE} at night{UNREADABLE}"


def test_a_surrogate_pair_is_the_character_it_stands_for():
    assert readable("pain \ud83d\ude23") == "pain \U0001f623"


def test_a_name_starting_a_sentence_gets_its_capital_and_nothing_else_changes():
    from journal.text import starting_a_sentence

    assert starting_a_sentence("journal") == "Journal"
    assert starting_a_sentence("My journal") == "My journal"
    assert starting_a_sentence("élan") == "Élan"
    assert starting_a_sentence("") == ""
