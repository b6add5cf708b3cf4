"""The domain's words: English until a translator is installed, then the translator's."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from journal import translation
from journal.translation import QT_TRANSLATE_NOOP, english_plural, install, translate


@pytest.fixture(autouse=True)
def _english_again() -> Iterator[None]:
    yield
    install(None)


def test_the_source_text_is_shown_until_a_translator_is_installed() -> None:
    assert translate("Flags", "Fever over {limit}") == "Fever over {limit}"


def test_a_count_fills_the_plural_mark_in_english() -> None:
    assert translate("Summary", "%n days", n=3) == "3 days"


def test_an_installed_translator_is_asked_with_the_context_and_the_count() -> None:
    asked = []

    def german(context: str, text: str, disambiguation: str | None, n: int) -> str:
        asked.append((context, text, disambiguation, n))
        return "Fieber"

    install(german)
    assert translate("Flags", "Fever", "the symptom", 2) == "Fieber"
    assert asked == [("Flags", "Fever", "the symptom", 2)]
    install(None)
    assert translation.translate("Flags", "Fever") == "Fever"


def test_a_marked_constant_keeps_its_english_source() -> None:
    install(lambda *_: "übersetzt")
    assert QT_TRANSLATE_NOOP("Metrics", "Pain now") == "Pain now"


def test_one_drops_the_optional_ending_and_any_other_count_keeps_it() -> None:
    assert english_plural("1 check-in(s)", 1) == "1 check-in"
    assert english_plural("0 check-in(s)", 0) == "0 check-ins"
    assert english_plural("3 dose(s) and 3 photo(s)", 3) == "3 doses and 3 photos"


def test_a_translated_text_comes_back_as_it_is() -> None:
    assert english_plural("3 Einträge", 3) == "3 Einträge"


def test_an_optional_es_ending_is_english_too() -> None:
    assert translate("Summary", "%n box(es)", n=2) == "2 boxes"
    assert translate("Summary", "%n box(es)", n=1) == "1 box"
