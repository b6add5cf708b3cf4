"""Finding a journal's red flags in a process of its own, which reads the journal itself.

The rules over ten years of check-ins take long enough that, run on a thread of the window's
process, they starve the window: every paint and every slot needs the interpreter lock the
rules hold. A process has a lock of its own. It reads the journal's file itself, on a
read-only connection of its own and on the machine's other core, while the window reads the
same file for its own pages; then it keeps its copy of the check-ins up to date one row at a
time, so a save sends one check-in rather than the whole journal.

Messages to the worker (each a tuple, pickled by the pipe):

- ``("read", path, key)``: read every check-in and the other records (medicines, doses,
  lesions, labs…) from the journal at ``path``; ``key`` is its database key when it is
  encrypted (this process starts with no key unlocked), else None. Answered only when the
  file cannot be read: ``("unreadable", text)``;
- ``("put", checkin)``: a check-in saved, changed or restored, as the journal now holds it;
- ``("drop", checkin_id)``: a check-in deleted;
- ``("records",)``: the records besides the check-ins changed: read them again from the file;
- ``("wording", Wording)``: the window's language, decimal mark and day order, for the words
  of the flags (a fresh process starts in English); sent at the start and when they change;
- ``("check", generation, FlagRequest)``: find the flags; answered by
  ``("found", generation, FlagAnswer or the text of a fault)``, or by
  ``("out_of_step", generation)`` when the worker's check-ins are not the journal's;
- ``("stop",)``: end.

The window sends ``read`` first and every change after it, so the copy ends up as the journal
whatever a change's timing: a change the read already saw is put again (the same row) or
dropped again (nothing happens).

Most changes leave most flags as they were, so an answer names the flags of the worker's
previous answer by their place in it, and spells out only the new ones (:class:`FlagAnswer`):
a few hundred bytes for the window to read, where the whole check of ten years is a third of a
megabyte. The worker says ``("ready",)`` once it has started. When several checks wait, only
the last is made: a newer check supersedes the older ones.
"""

from __future__ import annotations

import bisect
import os
import signal
import traceback
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Protocol

from journal.checkin import CheckIn
from journal.flags import Acknowledgement, FlagReview, Thresholds
from journal.flags.days import DayFolds
from journal.recovery import RecoveryProgress
from journal.services.flag_check import FlagCheck, check_flags
from journal.snapshot import JournalSnapshot
from journal.units import UnitPreferences

JournalReader = Callable[[str, Any, bool], JournalSnapshot]
"""Reads the journal at a path, given its key (None for a plain file), with its check-ins or
without them: the store's read-only reading, handed in by the process that starts the worker
(this module reads no file itself)."""


class Connection(Protocol):
    """One end of a pipe (``multiprocessing.connection.Connection``)."""

    def send(self, obj: Any) -> None: ...

    def recv(self) -> Any: ...

    def poll(self, timeout: float | None = 0.0) -> bool: ...


@dataclass(frozen=True)
class FlagRequest:
    """What one check reads besides the journal's records, all small.

    Attributes:
        thresholds: where each rule draws its line.
        units: the user's units, for the flags' words.
        acknowledgements: the flags the user has seen, by flag key.
        today: the day the recovery progress is for.
        checkins: how many check-ins the journal holds: a worker holding another number
            has missed a change and must not answer.
    """

    thresholds: Thresholds
    units: UnitPreferences
    acknowledgements: Mapping[str, Acknowledgement]
    today: date
    checkins: int


@dataclass(frozen=True)
class FlagAnswer:
    """A :class:`FlagCheck` told as a change from the previous one.

    Attributes:
        reviews: each review, or the place (an int) of the equal review in the previous
            check's reviews.
        recovery: as in the check.
        checked_anything: as in the check.
    """

    reviews: tuple[FlagReview | int, ...]
    recovery: RecoveryProgress | None
    checked_anything: bool

    @classmethod
    def of(cls, found: FlagCheck, previous: FlagCheck | None) -> FlagAnswer:
        """``found``, naming by place the reviews that ``previous`` holds too."""
        places: dict[str, list[int]] = {}
        for i, review in enumerate(previous.reviews if previous else ()):
            places.setdefault(review.flag.key, []).append(i)
        told: list[FlagReview | int] = []
        for review in found.reviews:
            same = [i for i in places.get(review.flag.key, ()) if previous.reviews[i] == review]
            told.append(same[0] if same else review)
        return cls(tuple(told), found.recovery, found.checked_anything)

    def applied_to(self, previous: FlagCheck | None) -> FlagCheck:
        """The whole check, given the one this answer was told against.

        Raises:
            ValueError: ``previous`` is not that check (a place names no review in it).
        """
        before = previous.reviews if previous else []
        reviews = []
        for review in self.reviews:
            if isinstance(review, int):
                if not 0 <= review < len(before):
                    raise ValueError("the answer was told against another check")
                review = before[review]
            reviews.append(review)
        return FlagCheck(reviews, self.recovery, self.checked_anything)


def _oldest_first(checkin: CheckIn) -> tuple[float, int]:
    # The reverse of how the journal lists them (newest first, the later id first on a tie).
    return (checkin.taken_at.timestamp(), checkin.id or 0)


def _saved_id(checkin: CheckIn) -> int:
    if checkin.id is None:
        raise ValueError("only saved check-ins belong in the book")
    return checkin.id


class CheckInBook:
    """A journal's check-ins, oldest first, kept up to date one row at a time.

    Unchanged check-ins stay the same objects, so the day folds of the last check are kept
    for every day but the one that changed.
    """

    def __init__(self) -> None:
        self._ordered: list[CheckIn] = []
        self._by_id: dict[int, CheckIn] = {}

    def __len__(self) -> int:
        return len(self._ordered)

    def put(self, checkin: CheckIn) -> None:
        """Add ``checkin``, or put it in place of the one with its id."""
        self.drop(_saved_id(checkin))
        bisect.insort(self._ordered, checkin, key=_oldest_first)
        self._by_id[checkin.id] = checkin

    def put_all(self, checkins: Iterable[CheckIn]) -> None:
        """:meth:`put` each of ``checkins``, in one sort: a whole journal read, one by one,
        cost a tenth of a second of ordering on ten years."""
        for checkin in checkins:
            self._by_id[_saved_id(checkin)] = checkin
        self._ordered = sorted(self._by_id.values(), key=_oldest_first)

    def drop(self, checkin_id: int) -> None:
        """Remove the check-in with this id; nothing happens when there is none."""
        gone = self._by_id.pop(checkin_id, None)
        if gone is None:
            return
        at = bisect.bisect_left(self._ordered, _oldest_first(gone), key=_oldest_first)
        while self._ordered[at].id != checkin_id:  # ties on the time are told apart by id
            at += 1
        del self._ordered[at]

    def checkins(self) -> tuple[CheckIn, ...]:
        """Every check-in, oldest first, as a snapshot holds them."""
        return tuple(self._ordered)


class FlagDesk:
    """The worker's state: the check-ins, the day folds, and how to answer each message."""

    def __init__(self, read: JournalReader) -> None:
        self.book = CheckInBook()
        self._folds = DayFolds()
        self._told: FlagCheck | None = None  # the last check answered, which answers build on
        self._read_journal = read
        self._journal: tuple[str, Any] | None = None  # the journal read: its path and key
        self._records: JournalSnapshot | None = None  # its records besides the check-ins

    def take(self, message: tuple) -> tuple | None:
        """Apply a message that changes what the worker holds; the answer to send, if any."""
        kind = message[0]
        if kind == "read":
            self._journal = (message[1], message[2])
            return self._read(with_checkins=True)
        if kind == "records":
            return self._read(with_checkins=False)
        if kind == "put":
            self.book.put(message[1])
        elif kind == "drop":
            self.book.drop(message[1])
        elif kind == "wording":
            message[1].apply()
            self._told = None  # the flags told so far are in the old words
        else:
            raise ValueError(f"not a message for the flags worker: {kind!r}")
        return None

    def _read(self, with_checkins: bool) -> tuple | None:
        """Read the journal's records (and its check-ins too) from its file."""
        self._records = None  # until read: a check meanwhile is out of step, never stale
        if self._journal is None:
            return ("unreadable", "records asked for before any journal was read")
        try:
            found = self._read_journal(*self._journal, with_checkins)
        except Exception:  # locked, damaged, gone: whatever it is, the window checks instead
            return ("unreadable", traceback.format_exc())
        if with_checkins:
            self.book.put_all(found.checkins)
        self._records = replace(found, checkins=())
        return None

    def check(self, generation: int, request: FlagRequest) -> tuple:
        """The answer to one check: the flags found, or the text of a fault in a rule."""
        if len(self.book) != request.checkins or self._records is None:
            return ("out_of_step", generation)
        snapshot = replace(self._records, checkins=self.book.checkins())
        try:
            found = check_flags(
                snapshot,
                request.thresholds,
                request.units,
                request.acknowledgements,
                request.today,
                folds=self._folds,
            )
        except Exception:
            return ("found", generation, traceback.format_exc())
        answer = FlagAnswer.of(found, self._told)
        self._told = found
        return ("found", generation, answer)


def work(inbox: Connection, outbox: Connection, read: JournalReader) -> None:
    """The worker process's whole life: :func:`serve`, as a background process."""
    # Ctrl+C in a terminal is for the window, which stops this worker itself.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(os, "nice"):
        # Background work: on a busy machine the window gets the processor first.
        os.nice(10)
    serve(inbox, outbox, read)


def serve(inbox: Connection, outbox: Connection, read: JournalReader) -> None:
    """The worker's loop: answer messages from ``inbox`` on ``outbox`` until told to stop or
    the window's end of the pipe closes; ``read`` reads the journal it is told of."""
    desk = FlagDesk(read)
    outbox.send(("ready",))
    try:
        while True:
            waiting: tuple | None = None
            message = inbox.recv()
            while True:
                if message[0] == "stop":
                    return
                if message[0] == "check":
                    waiting = message  # a later check in the pipe supersedes this one
                else:
                    answer = desk.take(message)
                    if answer is not None:
                        outbox.send(answer)
                if not inbox.poll():
                    break
                message = inbox.recv()
            if waiting is not None:
                outbox.send(desk.check(waiting[1], waiting[2]))
    except (EOFError, BrokenPipeError):
        return  # the window is gone
