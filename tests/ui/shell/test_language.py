"""The window's language: chosen from the environment, Preferences or the system, and loaded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QDoubleSpinBox

import journal.numbers
import journal.translation
from journal.ui.parts.date_fields import DayEdit
from journal.ui.preferences.preferences_facade import LANGUAGE_KEY
from journal.ui.shell import language


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def system_locale(monkeypatch):
    """Pretend the system speaks the locale given (Qt reads it from the environment)."""

    def pretend(name: str) -> None:
        monkeypatch.setattr(language.QLocale, "system", staticmethod(lambda: QLocale(name)))

    return pretend


@pytest.fixture
def german(monkeypatch, qapp):
    """The window speaks German for the test; English again after it (tests/conftest.py)."""
    monkeypatch.setenv(language.ENVIRONMENT, "de")
    assert language.install_language(qapp) == "de"


def test_the_environment_chooses_german(monkeypatch, settings, system_locale):
    system_locale("en_GB")
    monkeypatch.setenv(language.ENVIRONMENT, "de")
    assert language.chosen_language(settings) == "de"


def test_the_environment_chooses_english_over_a_german_system(monkeypatch, settings, system_locale):
    system_locale("de_DE")
    monkeypatch.setenv(language.ENVIRONMENT, "en")
    assert language.chosen_language(settings) == "en"


def test_a_german_system_speaks_german(monkeypatch, settings, system_locale):
    system_locale("de_AT")
    monkeypatch.delenv(language.ENVIRONMENT)
    assert language.chosen_language(settings) == "de"


@pytest.mark.parametrize("system", ["en_US", "fr_FR", "C"])
def test_any_other_system_speaks_english(monkeypatch, settings, system_locale, system):
    system_locale(system)
    monkeypatch.delenv(language.ENVIRONMENT)
    assert language.chosen_language(settings) == "en"


def test_the_preferences_choice_comes_before_the_system(monkeypatch, settings, system_locale):
    system_locale("de_DE")
    monkeypatch.delenv(language.ENVIRONMENT)
    settings.setValue(LANGUAGE_KEY, "en")
    assert language.chosen_language(settings) == "en"
    settings.setValue(LANGUAGE_KEY, "system")
    assert language.chosen_language(settings) == "de"


def test_german_translates_the_window_the_domain_and_qt_itself(german):
    assert QCoreApplication.translate("MainWindow", "&Journal") == "&Tagebuch"
    # The domain's hook goes through Qt's translator now.
    assert journal.translation.translate("MainWindow", "&Journal") == "&Tagebuch"
    # Qt's own words, for the buttons of standard dialogs.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"


def test_english_needs_no_translator(qapp, monkeypatch):
    monkeypatch.setenv(language.ENVIRONMENT, "en")
    assert language.install_language(qapp) == "en"
    assert QCoreApplication.translate("MainWindow", "&Journal") == "&Journal"
    assert journal.translation.translate("MainWindow", "&Journal") == "&Journal"


def test_german_numbers_take_the_decimal_comma(german, qtbot):
    spin = QDoubleSpinBox()
    qtbot.addWidget(spin)
    spin.setDecimals(1)
    spin.setValue(38.3)
    assert spin.text() == "38,3"
    # The domain writes its numbers with the same mark.
    assert journal.numbers.written(38.25 + 0.05) == "38,3"


def test_english_numbers_keep_the_point(qapp, qtbot):
    spin = QDoubleSpinBox()
    qtbot.addWidget(spin)
    spin.setDecimals(1)
    spin.setValue(38.3)
    assert spin.text() == "38.3"
    assert journal.numbers.written(38.3) == "38.3"


def test_german_date_fields_name_the_days_in_german(german, qtbot):
    from PySide6.QtCore import QDate

    edit = DayEdit(QDate(2026, 11, 23))
    qtbot.addWidget(edit)
    assert edit.locale().language() == QLocale.Language.German
    assert "Mo" in edit.text()


def test_qt_fills_in_the_count_of_a_counted_source_without_a_translator(qapp):
    from PySide6.QtCore import QCoreApplication

    from journal.translation import english_plural

    said = QCoreApplication.translate("NoSuchContext", "%n check-in(s)", "", 2)
    assert english_plural(said, 2) == "2 check-ins"
