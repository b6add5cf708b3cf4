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
