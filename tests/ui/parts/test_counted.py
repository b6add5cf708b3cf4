"""English plurals chosen from a counted source text, and numbers with the locale's mark."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale

from journal.ui.parts.counted import english_plural
from journal.ui.parts.number_text import number_text


def test_one_drops_the_optional_ending_and_any_other_count_keeps_it():
    assert english_plural("1 check-in(s)", 1) == "1 check-in"
    assert english_plural("0 check-in(s)", 0) == "0 check-ins"
    assert english_plural("3 dose(s) and 3 photo(s)", 3) == "3 doses and 3 photos"


def test_a_translated_text_comes_back_as_it_is():
    assert english_plural("3 Einträge", 3) == "3 Einträge"


def test_qt_fills_in_the_count_of_a_counted_source_without_a_translator(qapp):
    said = QCoreApplication.translate("NoSuchContext", "%n check-in(s)", "", 2)
    assert english_plural(said, 2) == "2 check-ins"


def test_numbers_take_the_default_locales_mark(qapp):
    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
        assert number_text(38.5) == "38,5"
        assert number_text(1500.0) == "1500"
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        assert number_text(38.5) == "38.5"
    finally:
        QLocale.setDefault(before)
