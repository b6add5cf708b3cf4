"""The Qt side of red flags: finds them again whenever the journal changes."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import QObject, Signal

from journal.charts.markers import FlagMarker
from journal.checkin import local_now
from journal.flags import (
    Acknowledgement,
    Flag,
    FlagReview,
    Thresholds,
    active,
    to_look_at_first,
)
from journal.flags.review import flag_markers
from journal.services.flag_check import check_flags
from journal.snapshot import JournalSnapshot
from journal.ui.parts.facade import JournalFacade
from journal.units import UnitPreferences


class FlagsFacade(QObject):
    """Red flags of one open journal, as the widgets see them.

    Signals:
        changed: the flags, their acknowledgements or the recovery progress changed.

    Attributes:
        failed: the last check could not be made (a fault in the program); the flags shown
            are those of the last check that worked.
        checked_anything: the journal holds records the rules read (check-ins or lesion
            observations); without them "no red flags" would mean nothing.
    """

    changed = Signal()

    def __init__(
        self,
        journal: JournalFacade,
        today: Callable[[], date] = date.today,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._store = journal.store
        self._today = today
        self._reviews: list[FlagReview] = []
        self._recovery: list[str] | None = None
        self.failed = False
        self.checked_anything = False
        journal.checkins_changed.connect(self.refresh)
        journal.units_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Find the flags again from the whole journal."""
        try:
            found = check_flags(
                self._journal.snapshot(),
                self._store.settings.flag_thresholds(),
                self._journal.units(),
                self._store.flags.acknowledgements(),
                self._today(),
            )
        except Exception:
            # A fault in a rule must not keep the journal from opening or saving; the user is
            # told that the flags could not be checked, never shown a silent all-clear.
            traceback.print_exc()
            self.failed = True
        else:
            self.failed = False
            self.checked_anything = found.checked_anything
            self._reviews = found.reviews
            progress = found.recovery
            self._recovery = progress.sentences(self._journal.units()) if progress else None
        self.changed.emit()

    def reviews(self) -> list[FlagReview]:
        """Every flag with its acknowledgement: first those of :meth:`active`, then the rest.

        Each part is most pressing first, then the newest (:func:`journal.flags.to_look_at_first`).
        """
        return to_look_at_first(self._reviews, self._today())

    def active(self) -> list[FlagReview]:
        """The flags for the banner, and the top rows of the page: recent, not acknowledged."""
        return active(self._reviews, self._today())

    def chart_markers(self, snapshot: JournalSnapshot) -> list[FlagMarker]:
        """The flags raised within the snapshot's days, as marks for the trend charts."""
        first, last = snapshot.first_day, snapshot.last_day
        if first is None or last is None:
            return []
        flags = [r.flag for r in self._reviews if first <= r.flag.first_day <= last]
        return [FlagMarker(day, label, level) for day, label, level in flag_markers(flags)]

    def recovery(self) -> list[str] | None:
        """The running antibiotic course beside the typical one, or None when none runs."""
        return self._recovery

    def acknowledge(self, flag: Flag) -> Acknowledgement | None:
        """Record that the user has seen ``flag``; it stays on record as acknowledged.

        Returns:
            the acknowledgement it replaces (an earlier one, for fewer days), if any, so that
            an undo can put it back.
        """
        earlier = self._store.flags.acknowledgements().get(flag.key)
        self._store.flags.acknowledge(flag, local_now())
        self.refresh()
        return earlier

    def withdraw(self, flag: Flag, earlier: Acknowledgement | None = None) -> None:
        """Take back the acknowledgement of ``flag``, putting back ``earlier`` if given."""
        if earlier is None:
            self._store.flags.withdraw(flag)
        else:
            # One statement puts the earlier acknowledgement back in place of the later one,
            # so a crash cannot leave the flag with neither.
            self._store.flags.acknowledge(replace(flag, last_day=earlier.last_day), earlier.at)
        self.refresh()

    def thresholds(self) -> Thresholds:
        """The red-flag thresholds in use."""
        return self._store.settings.flag_thresholds()

    def set_thresholds(self, thresholds: Thresholds) -> None:
        """Keep the user's thresholds in the journal and find the flags again with them."""
        self._store.settings.set_flag_thresholds(thresholds)
        self.refresh()

    def units(self) -> UnitPreferences:
        """The units the user reads temperatures and weights in."""
        return self._journal.units()
