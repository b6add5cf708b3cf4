"""The domain's German catalogue pickles, so the flags worker can speak it too."""

from __future__ import annotations

import pickle

from journal.ui.parts.catalogue import Catalogue


def test_a_catalogue_translates_the_domains_words():
    assert Catalogue("de")("Dates", "Mon", None, -1) == "Mo."


def test_a_catalogue_sent_to_another_process_translates_there_too():
    sent = pickle.loads(pickle.dumps(Catalogue("de")))
    assert sent("Dates", "Mon", None, -1) == "Mo."


def test_a_text_no_catalogue_holds_comes_back_as_it_is():
    assert Catalogue("de")("Dates", "no such words", None, -1) == "no such words"


def test_a_counted_text_has_its_count_filled_in():
    assert Catalogue("de")("Backups", "%n bytes", None, 3) == "3 Byte"


def test_a_counted_text_no_catalogue_holds_is_written_by_the_english_rules():
    from journal.translation import install, translate

    install(Catalogue("de"))
    try:
        assert translate("Nowhere", "%n photo(s)", None, 2) == "2 photos"
        assert translate("Nowhere", "%n photo(s)", None, 1) == "1 photo"
    finally:
        install(None)
