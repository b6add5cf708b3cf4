"""Where each preference is kept, and why: the user's settings or the journal.

Per user (``QSettings``), because they belong to the person and their computer rather than
to a record:

- the colour scheme: it follows the eyes and the desktop, whatever journal is open;
- how days are written and the week's first day: how the person reads dates (and the
  locale they follow unless set), the same in any journal;
- the reminders (check-in time, doses on or off, staying in the tray): the person's day, and
  one tray for the login; the dose times themselves are each medicine's, in the journal;
- the language: the person's, whatever journal is open (``SYMPTOM_JOURNAL_LANGUAGE`` comes
  first, see :mod:`journal.ui.shell.language`);
- the summary's sections and paper: the clinician's wishes and the printer on the desk,
  the very keys Prepare summary… remembers.

Per journal, because they say what the journal's numbers mean and must travel with it:

- the units (°C/°F, kg/lb): the journal's own setting, the one the Units menu changes; a
  copy of the journal opened elsewhere shows its numbers as its owner reads them.

The backups are neither: where they go (beside the journal) and how many are kept (a
thinning rotation) are fixed, and the dialog says so rather than offer a choice it could not
honour.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Signal

from journal.reminders.choices import ReminderChoices
from journal.store import autostart
from journal.store.backup_files import backups_folder
from journal.summary.defaults import (
    PAPER_KEY,
    SECTIONS_KEY,
    paper_from_text,
    sections_from_text,
    sections_text,
)
from journal.summary.request import Paper, Section
from journal.ui.parts.facade import JournalFacade
from journal.ui.theme.theme import THEME_KEY
from journal.units import UnitPreferences

__all__ = [
    "DAY_ORDER_KEY",
    "FIRST_DAY_KEY",
    "LANGUAGES",
    "LANGUAGE_KEY",
    "SYSTEM_LANGUAGE",
    "THEME_KEY",
    "PreferencesFacade",
]

DAY_ORDER_KEY = "dates/order"
FIRST_DAY_KEY = "dates/first_day"
LOCALE = ""  # kept for "follow the locale"
LANGUAGE_KEY = "language"
# The languages the window speaks; kept under LANGUAGE_KEY, or SYSTEM_LANGUAGE (or nothing)
# for the system's language when it is one of them, else English.
LANGUAGES = ("en", "de")
SYSTEM_LANGUAGE = "system"


class PreferencesFacade(QObject):
    """The preferences, read and kept where each belongs.

    Signals:
        reminders_changed: the reminder choices changed (the tray reads them again).
        appearance_changed: the scheme, the order of days or the week's first day changed.
    """

    reminders_changed = Signal()
    appearance_changed = Signal()

    def __init__(
        self, journal: JournalFacade, settings: QSettings, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._settings = settings

    @property
    def settings(self) -> QSettings:
        """The per-user settings (the program applies the appearance from them)."""
        return self._settings

    # --- per user --------------------------------------------------------------------------

    def text(self, key: str) -> str:
        """A per-user setting as text; empty when not set."""
        value = self._settings.value(key)
        return "" if value is None else str(value)

    def set_text(self, key: str, value: str) -> None:
        """Keep a per-user appearance setting and say it changed."""
        self._settings.setValue(key, value)
        self._settings.sync()
        self.appearance_changed.emit()

    def reminders(self) -> ReminderChoices:
        """The reminder choices kept."""
        keys = ReminderChoices().values()
        return ReminderChoices.from_values({k: self._settings.value(k) for k in keys})

    def set_reminders(self, choices: ReminderChoices) -> None:
        """Keep the reminder choices; the tray follows them at once."""
        for key, value in choices.values().items():
            self._settings.setValue(key, value)
        self._settings.sync()
        self.reminders_changed.emit()

    def summary_sections(self) -> frozenset[Section]:
        """The sections Prepare summary… starts with."""
        return sections_from_text(self._settings.value(SECTIONS_KEY))

    def set_summary_sections(self, sections: frozenset[Section]) -> None:
        """Keep the sections Prepare summary… starts with."""
        self._settings.setValue(SECTIONS_KEY, sections_text(sections))

    def paper(self, locale_paper: Paper) -> Paper:
        """The paper Prepare summary… starts with."""
        return paper_from_text(self._settings.value(PAPER_KEY), locale_paper)

    def set_paper(self, paper: Paper) -> None:
        """Keep the paper Prepare summary… starts with."""
        self._settings.setValue(PAPER_KEY, paper.value)

    # --- per journal -----------------------------------------------------------------------

    def units(self) -> UnitPreferences:
        """The journal's units."""
        return self._journal.units()

    def set_units(self, units: UnitPreferences) -> None:
        """Change the journal's units; every view (and the Units menu) follows."""
        self._journal.set_units(units)

    # --- fixed, said plainly ---------------------------------------------------------------

    def backups_folder(self) -> Path:
        """Where the journal's backups are kept."""
        return backups_folder(self._journal.path)

    # --- the login -------------------------------------------------------------------------

    @staticmethod
    def can_start_at_login() -> bool:
        """True where an autostart entry is how a program starts at login (Linux)."""
        return autostart.autostart_supported()

    @staticmethod
    def starts_at_login() -> bool:
        """True when the autostart entry is there."""
        return autostart.starts_at_login()

    @staticmethod
    def set_start_at_login(on: bool) -> str | None:
        """Write or remove the autostart entry; a message in words when that failed."""
        try:
            autostart.set_start_at_login(on)
        except OSError as exc:
            said = (
                QCoreApplication.translate(
                    "PreferencesFacade", "The login entry could not be written: {reason}"
                )
                if on
                else QCoreApplication.translate(
                    "PreferencesFacade", "The login entry could not be removed: {reason}"
                )
            )
            return said.format(reason=exc.strerror or str(exc))
        return None
