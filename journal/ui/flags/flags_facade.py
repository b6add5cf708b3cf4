"""The Qt side of red flags: finds them again whenever the journal changes.

After a change the rules run off the UI thread, on data read on it (the store's SQLite
connection belongs to the UI thread and is never touched elsewhere). On a journal of a
thousand check-ins or more they run in a worker process (:mod:`journal.ui.flags.flag_process`)
that reads the journal's file itself, on the other core while the window reads it, and is
then sent each changed row: run on a thread, ten
years of check-ins hold the interpreter lock long enough to stall every paint and slot of the
window. A smaller journal is checked on a pool thread in a few milliseconds; so is any journal
when no process can be started, or after the worker died too often.
"""

from __future__ import annotations

import contextlib
import queue
import sys
import time
import traceback
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRunnable, QThreadPool, QTimer, Signal

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
from journal.services.flag_worker import FlagAnswer, FlagRequest
from journal.snapshot import JournalSnapshot
from journal.store.flag_reads import read_message
from journal.translation import installed
from journal.ui.flags.flag_process import FlagProcess
from journal.ui.parts.facade import Change, CheckInChange, JournalFacade
from journal.units import UnitPreferences
from journal.wording import current_wording

PROCESS_FROM = 1_000
"""Journals with this many check-ins are checked in a worker process: below it the rules take
a few milliseconds, less than starting a process costs."""
START_AFTER_MS = 300
"""The worker starts this long after the facade, once the window is up and painted."""
MOST_STARTS = 4
"""A worker that died this many times is not started again: the pool thread takes over."""
LOOK_EVERY_MS = 500
"""While a check is out, its answers are also looked for this often, besides the wake-up
each brings (:meth:`FlagsFacade._take_answers`)."""


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


class _Arrived(QObject):
    """Wakes the UI thread when an answer was posted from another thread (a queued signal)."""

    arrived = Signal()


class _FlagWorker(QRunnable):
    """Finds the flags of one snapshot on a pool thread."""

    def __init__(self, generation: int, inputs: _Inputs, post: Callable[[tuple], None]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the facade holds it until its answer is in
        self.generation = generation
        self._inputs = inputs
        self._post = post

    def run(self) -> None:
        try:
            result: object = _check(self._inputs)
        except Exception:
            result = traceback.format_exc()
        self._post(("found", self.generation, result))


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
        check_now: bool = True,
    ) -> None:
        """The red flags of ``journal``.

        Args:
            check_now: find them now, on this thread; with False the first check waits for
                :meth:`refresh_soon` (the window's, after its first paint), and
                :meth:`is_checking` is True until it answers.
        """
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
        self._answered = 0
        self._workers: dict[int, _FlagWorker] = {}
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        # Answers from the pool thread and the worker process wait here for the UI thread.
        self._answers: queue.SimpleQueue[tuple] = queue.SimpleQueue()
        self._wake = _Arrived(self)
        self._wake.arrived.connect(self._take_answers)
        # A red flag must never wait on one wake-up signal crossing threads: while a check
        # is out, a timer looks for its answer too, so that a wake-up lost (a fault of the
        # binding, or of a thread) costs half a second, never the flags.
        self._look = QTimer(self)
        self._look.setInterval(LOOK_EVERY_MS)
        self._look.timeout.connect(self._take_answers)
        self._process: FlagProcess | None = None
        self._process_asked = 0  # the latest generation the worker was asked for
        self._told: FlagCheck | None = None  # the worker's last answer, which the next builds on
        self._starts = 0
        self._closed = False
        self._records_sent = False  # whether the worker holds the records as they are now
        # The days folded by the last check: the next folds only the days that changed.
        self._folds = DayFolds()
        journal.checkin_changed.connect(self.refresh_soon)
        journal.units_changed.connect(self.refresh)
        if check_now:
            self.refresh()
        else:
            self._generation = 1  # asked for, not answered: the first refresh_soon answers
        # The worker goes with the window; and it starts once the window is up, not before.
        if parent is not None:
            parent.installEventFilter(self)
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.close)
        if check_now and journal.checkin_count() >= PROCESS_FROM:
            QTimer.singleShot(START_AFTER_MS, self, self._start_early)

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
        self.records_changed()
        self._generation += 1
        try:
            found: FlagCheck | str = _check(self._inputs())
        except Exception:
            found = traceback.format_exc()
        self._answered = self._generation
        self._show(found)

    def refresh_soon(self, *change: object, first: bool = False) -> None:
        """Find the flags again off the UI thread; :attr:`changed` tells when they are in.

        Any check still waiting or running is superseded: its answer is dropped. When the
        argument is the :class:`CheckInChange` that prompted it, the worker process is sent
        that row alone.

        Args:
            first: the first check of a facade made with ``check_now=False``: nothing has
                changed; a worker started early (:meth:`start_process_early`) was asked for
                it already.
        """
        if first and self._process is not None and self._process_asked == self._generation:
            return
        self._generation += 1
        self._look.start()
        if not first and not any(isinstance(one, CheckInChange) for one in change):
            self.records_changed()  # a medicine or a lesion, say
        if self._process is not None:
            for one in change:
                if isinstance(one, CheckInChange):
                    self._tell_process(_message_for(one))
        # Counted, not read: the worker reads the check-ins itself, and the window may still
        # be reading them.
        count = self._journal.checkin_count()
        if self._wants_process(count):
            if self._process is None:
                self._start_process()
            if self._process is not None:
                self._ask_process(count)
                return
        self._ask_thread()

    # --- the pool thread ------------------------------------------------------------------

    def _post(self, answer: tuple) -> None:
        # Called from the pool thread or the worker's reader thread.
        self._answers.put(answer)
        with contextlib.suppress(RuntimeError):  # the window, and this facade, already gone
            self._wake.arrived.emit()

    def _ask_thread(self) -> None:
        self._pool.clear()  # checks not started yet will never be wanted
        worker = _FlagWorker(self._generation, self._inputs(), self._post)
        self._workers[worker.generation] = worker
        self._pool.start(worker)

    # --- the worker process ---------------------------------------------------------------

    def _wants_process(self, checkins: int) -> bool:
        if self._closed or self._starts >= MOST_STARTS:
            return False
        return self._process is not None or checkins >= PROCESS_FROM

    def _start_early(self) -> None:
        if self._process is None and self._wants_process(self._journal.checkin_count()):
            self._start_process()

    def start_process_early(self) -> None:
        """Start the worker process now if this journal will want one, and ask it for the
        first check: it reads the journal on the other core while the window reads it."""
        count = self._journal.checkin_count()
        if self._process is not None or not self._wants_process(count):
            return
        self._start_process()
        if self._process is not None:
            self._look.start()
            self._ask_process(count)

    def _start_process(self) -> None:
        self._starts += 1
        try:
            self._process = FlagProcess(self._post)
        except Exception:  # no processes here (a sandbox, a frozen build): the thread will do
            print(traceback.format_exc(), file=sys.stderr, end="")
            self._starts = MOST_STARTS
            self._process = None
            return
        self._told = None
        # The worker starts in English: it is told the window's words before any check.
        self._tell_process(("wording", current_wording(installed())))
        # It reads the check-ins and the records from the file: nothing of ten years crosses
        # the pipe, and the window's thread neither reads nor pickles it for the worker.
        self._tell_process(read_message(self._store.path))
        self._records_sent = True

    def records_changed(self) -> None:
        """The records besides the check-ins changed (a lab, a visit…): the next check
        reads them again."""
        self._records_sent = False

    def _ask_process(self, checkins: int) -> None:
        if not self._records_sent:
            # The worker reads them again from the file, off this thread: ten years of doses
            # take longer to read than the whole check.
            self._tell_process(("records",))
            self._records_sent = True
        request = FlagRequest(
            self._store.settings.flag_thresholds(),
            self._journal.units(),
            self._store.flags.acknowledgements(),
            self._today(),
            checkins,
        )
        self._process_asked = self._generation
        self._tell_process(("check", self._generation, request))

    def _tell_process(self, message: tuple) -> None:
        if self._process is not None and not self._process.send(message):
            self._lose_process(self._process)

    def _lose_process(self, process: FlagProcess) -> None:
        """The worker died or fell out of step: the pool thread answers what it was asked,
        and the next change starts a new worker."""
        if process is not self._process:
            return  # one stopped earlier, heard of late
        self._process = None
        process.stop()
        if self.is_checking() and self._process_asked == self._generation:
            self._ask_thread()

    def worker_process(self) -> FlagProcess | None:
        """The running worker process, if any (for tests and benchmarks)."""
        return self._process

    def close(self) -> None:
        """Stop the worker process; checks from now on run on the pool thread."""
        self._closed = True
        self._look.stop()
        process, self._process = self._process, None
        if process is not None:
            process.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Close and watched is self.parent():
            self.close()
        return False

    # --- answers --------------------------------------------------------------------------

    def is_checking(self) -> bool:
        """True while a check started by :meth:`refresh_soon` has not answered."""
        return self._answered < self._generation

    def wait_until_checked(self, msecs: int = -1) -> bool:
        """Block until the running check is done and its answer shown (for the command line
        and tests); False when ``msecs`` passed first."""
        give_up = None if msecs < 0 else time.monotonic() + msecs / 1000
        self._take_answers()
        while self.is_checking():
            left = 0.1 if give_up is None else give_up - time.monotonic()
            if left <= 0:
                return False
            try:
                answer = self._answers.get(timeout=min(left, 0.1))
            except queue.Empty:
                continue
            self._take(answer)
            self._take_answers()
        return True

    def _take_answers(self) -> None:
        while True:
            try:
                answer = self._answers.get_nowait()
            except queue.Empty:
                break
            self._take(answer)
        if not self.is_checking():
            self._look.stop()

    def _take(self, answer: tuple) -> None:
        if answer[0] == "found":  # from the pool thread
            self._on_found(answer[1], answer[2])
            return
        _, process, message = answer
        if process is not self._process:
            return  # from a worker stopped since: its answers no longer count
        kind = message[0]
        if kind == "ready":
            return
        if kind == "found":
            found = message[2]
            if isinstance(found, FlagAnswer):
                # Every answer of the worker is read, shown or not: the next builds on it.
                try:
                    found = self._told = found.applied_to(self._told)
                except ValueError:
                    self._lose_process(process)
                    return
            self._on_found(message[1], found)
        elif kind == "out_of_step" and message[1] < self._generation:
            # A check asked before a change the worker had already read from the file: the
            # newer check, on its way, is asked with the count of the journal as it is now.
            return
        else:
            if kind == "unreadable":  # its own connection fails where the window's works
                print(message[1], file=sys.stderr, end="")
                self._starts = MOST_STARTS  # from now on the pool thread checks this journal
            # "gone"; "out_of_step": it missed a change, and must not answer for this journal
            self._lose_process(process)

    def _on_found(self, generation: int, found: object) -> None:
        for done in [g for g in self._workers if g <= generation]:
            del self._workers[done]
        if generation == self._generation:
            self._answered = generation
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
        return self.markers_between(first, last)

    def markers_between(self, first: date, last: date) -> list[FlagMarker]:
        """The flags raised from ``first`` to ``last``, as marks for the trend charts."""
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


def _message_for(change: CheckInChange) -> tuple:
    """What the worker process is told of one changed check-in."""
    if change.kind is Change.REMOVED:
        return ("drop", change.checkin.id)
    return ("put", change.checkin)
