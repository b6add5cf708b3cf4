"""The language the window speaks: English, or German with its decimal comma.

Chosen, first to last: ``SYMPTOM_JOURNAL_LANGUAGE`` (``en`` or ``de``; tests and a user who
wants another language than the desktop's), the Preferences choice, the system's locale.
English is the source of every text, so it needs no translator; any other language loads
every ``*_<language>.qm`` shipped in the package (the window's words and the domain's) and
Qt's own, for the buttons of standard dialogs.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

import journal.numbers
import journal.translation
from journal.ui.parts.catalogue import Catalogue
from journal.ui.preferences.preferences_facade import LANGUAGE_KEY, LANGUAGES

ENVIRONMENT = "SYMPTOM_JOURNAL_LANGUAGE"
ENGLISH = "en"
# The translators installed now; kept so they live as long as the application and can go.
_installed: list[QTranslator] = []
_language = ENGLISH


def installed_language() -> str:
    """The language :func:`install_language` last installed (English before it ran)."""
    return _language


def chosen_language(settings: QSettings | None = None) -> str:
    """``"en"`` or ``"de"``: the environment's, else the Preferences choice, else the system's."""
    forced = os.environ.get(ENVIRONMENT, "").strip().lower()
    if forced in LANGUAGES:
        return forced
    kept = "" if settings is None else str(settings.value(LANGUAGE_KEY) or "")
    if kept in LANGUAGES:
        return kept
    spoken = QLocale.system().name().split("_")[0]
    return spoken if spoken in LANGUAGES else ENGLISH


def install_language(app: QCoreApplication, settings: QSettings | None = None) -> str:
    """Speak the chosen language from now on; returns it (``"en"`` or ``"de"``).

    Windows built after this call show their words in it; the domain's words and its
    numbers follow too (its decimal mark comes from the language's locale).
    """
    global _language
    language = _language = chosen_language(settings)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    locale = QLocale(language)
    catalogue = Catalogue(language) if language != ENGLISH else None
    if catalogue is not None:
        # The window's words come from the same loaded catalogues as the domain's, which
        # can be sent to the flags worker too; and Qt's own, for the standard dialogs.
        qt_words = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        qt_found = [qt_words] if qt_words.load(f"qtbase_{language}", qt_folder) else []
        for translator in [*catalogue.translators(), *qt_found]:
            if app.installTranslator(translator):
                _installed.append(translator)
    QLocale.setDefault(locale)
    journal.translation.install(catalogue)
    journal.numbers.set_decimal_mark(locale.decimalPoint())
    return language
