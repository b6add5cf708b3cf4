"""What the reminders read: the choices (per user) and what today's journal answers them with."""

from __future__ import annotations

import hashlib
from datetime import datetime

from PySide6.QtCore import QSettings

from journal.reminders.choices import SHOWN_KEY, ReminderChoices
from journal.reminders.due import JournalNow, ReminderLedger, shown_keys_of
from journal.ui.parts.facade import JournalFacade


class RemindersFacade:
    """Today's check-ins, medicines and doses, and the reminders shown, kept per user."""

    def __init__(self, journal: JournalFacade, settings: QSettings) -> None:
        self._journal = journal
        self._settings = settings

    @property
    def is_open(self) -> bool:
        """False once the journal is closed: nothing more to remind of from it."""
        return self._journal.is_open

    def choices(self) -> ReminderChoices:
        """The reminder choices made in Preferences."""
        keys = ReminderChoices().values()
        return ReminderChoices.from_values({k: self._settings.value(k) for k in keys})

    def today(self, now: datetime) -> JournalNow:
        """What the journal holds today that answers a reminder."""
        day = now.date()
        checkins = tuple(
            c.taken_at.replace(tzinfo=None)
            for c in self._journal.checkins()
            if c.taken_at.date() == day
        )
        medicines = self._journal.store.medicines
        return JournalNow(
            checkins=checkins,
            regimens=tuple(medicines.all()),
            doses=tuple(medicines.doses(first=day, last=day)),
        )

    def _shown_key(self) -> str:
        # The same medicine id means another medicine in another journal: kept apart.
        journal = hashlib.sha256(str(self._journal.path).encode("utf-8")).hexdigest()[:16]
        return f"{SHOWN_KEY}/{journal}"

    def ledger(self) -> ReminderLedger:
        """The reminders shown so far (also before the program last started)."""
        stored = self._settings.value(self._shown_key()) or ""
        return ReminderLedger(shown_keys_of(str(stored).split("\n")))

    def keep_ledger(self, ledger: ReminderLedger, now: datetime) -> None:
        """Keep today's shown reminders, so that a restart shows none of them again."""
        ledger.forget_before(now.date())
        self._settings.setValue(self._shown_key(), "\n".join(sorted(ledger.shown)))
