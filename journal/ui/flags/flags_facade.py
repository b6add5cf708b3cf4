"""The Qt side of red flags: finds them again whenever the journal changes.

After a check-in is saved the rules run off the UI thread, on a snapshot read on it (the
store's SQLite connection belongs to the UI thread and is never touched by the worker): ten
years of check-ins take long enough to freeze the window otherwise.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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
from journal.flags.days import DayFolds
from journal.flags.review import flag_markers
from journal.services.flag_check import FlagCheck, check_flags
from journal.snapshot import JournalSnapshot
from journal.ui.parts.facade import JournalFacade
from journal.units import UnitPreferences


@dataclass(frozen=True)
class _Inputs:
    """Everything one check reads, taken on the UI thread: immutable domain data."""

    snapshot: JournalSnapshot
    thresholds: Thresholds
    units: UnitPreferences
    acknowledgements: Mapping[str, Acknowledgement]
    today: date
    folds: DayFolds


def _check(inputs: _Inputs) -> FlagCheck:
    return check_flags(
        inputs.snapshot,
        inputs.thresholds,
        inputs.units,
        inputs.acknowledgements,
        inputs.today,
        folds=inputs.folds,
    )


class _Found(QObject):
    """Carries a worker's result back to the UI thread (a queued signal).

    Signals:
        done: (generation, the FlagCheck, or the traceback text of a fault).
    """

    done = Signal(int, object)


class _FlagWorker(QRunnable):
    """Finds the flags of one snapshot on a pool thread."""

    def __init__(self, generation: int, inputs: _Inputs) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the facade holds it until its answer is in
        self.generation = generation
        self.found = _Found()
        self._inputs = inputs

    def run(self) -> None:
        try:
            result: object = _check(self._inputs)
        except Exception:
            result = traceback.format_exc()
        self.found.done.emit(self.generation, result)


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
        # A newer check makes older ones moot: each has a generation, and only the answer of
        # the latest is shown.
        self._generation = 0
        self._workers: dict[int, _FlagWorker] = {}
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        # The days folded by the last check: the next folds only the days that changed.
        self._folds = DayFolds()
        journal.checkin_changed.connect(self.refresh_soon)
        journal.units_changed.connect(self.refresh)
        self.refresh()

    def _inputs(self) -> _Inputs:
        return _Inputs(
            self._journal.snapshot(),
            self._store.settings.flag_thresholds(),
            self._journal.units(),
            self._store.flags.acknowledgements(),
            self._today(),
            self._folds,
        )

    def refresh(self) -> None:
        """Find the flags again from the whole journal, now (on this thread)."""
        self._generation += 1
        try:
            found: FlagCheck | str = _check(self._inputs())
        except Exception:
            found = traceback.format_exc()
        self._show(found)

    def refresh_soon(self, *_change: object) -> None:
        """Find the flags again off the UI thread; :attr:`changed` tells when they are in.

        Any check still waiting or running is superseded: its answer is dropped.
        """
        self._generation += 1
        self._pool.clear()  # checks not started yet will never be wanted
        worker = _FlagWorker(self._generation, self._inputs())
        worker.found.done.connect(self._on_found)
        self._workers[worker.generation] = worker
        self._pool.start(worker)

    def is_checking(self) -> bool:
        """True while a check started by :meth:`refresh_soon` has not answered."""
        return self._generation in self._workers

    def wait_until_checked(self, msecs: int = -1) -> bool:
        """Block until the running check is done and its answer shown (for the command line
        and tests); False when ``msecs`` passed first."""
        if not self._pool.waitForDone(msecs):
            return False
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.sendPostedEvents(None, 0)  # deliver the queued answer
        return not self.is_checking()

    def _on_found(self, generation: int, found: object) -> None:
        for done in [g for g in self._workers if g <= generation]:
            del self._workers[done]
        if generation == self._generation:
            self._show(found)

    def _show(self, found: FlagCheck | str) -> None:
        if isinstance(found, str):
            # A fault in a rule must not keep the journal from opening or saving; the user is
            # told that the flags could not be checked, never shown a silent all-clear.
            print(found, file=sys.stderr, end="")
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
