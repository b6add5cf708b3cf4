"""The summary's sections and paper as kept per user, read back."""

from journal.summary.defaults import paper_from_text, sections_from_text, sections_text
from journal.summary.request import Paper, Section


def test_every_section_is_in_before_anything_was_kept():
    assert sections_from_text(None) == frozenset(Section)


def test_no_section_kept_reads_back_as_none_rather_than_all():
    assert sections_from_text(sections_text(frozenset())) == frozenset()


def test_sections_kept_read_back_as_they_were_and_unknown_words_are_ignored():
    kept = sections_text(frozenset({Section.LABS, Section.TRENDS}))
    assert sections_from_text(kept + ",photos") == {Section.LABS, Section.TRENDS}


def test_the_paper_kept_wins_over_the_locale():
    assert paper_from_text("letter", Paper.A4) is Paper.LETTER


def test_an_unknown_or_missing_paper_is_the_locale_paper():
    assert paper_from_text("tabloid", Paper.LETTER) is Paper.LETTER
    assert paper_from_text(None, Paper.A4) is Paper.A4
