"""The red-flags worker's side: its copy of the check-ins, its answers, and its loop."""

from __future__ import annotations

import multiprocessing
import threading
from dataclasses import replace
from datetime import date

from flag_builders import antibiotics, checkin, snapshot
from hypothesis import given
from hypothesis import strategies as st

from journal.flags import Thresholds
from journal.services.flag_check import check_flags
from journal.services.flag_worker import (
    CheckInBook,
    FlagAnswer,
    FlagRequest,
    serve,
)
from journal.store import keyring, open_journal
from journal.store.encryption import turn_on, unlock
from journal.store.flag_reads import read_journal, read_message
from journal.store.summary_reads import whole_journal
from journal.units import UnitPreferences

TODAY = date(2026, 4, 30)


def _saved(n: int, checkin_id: int, hour: int = 9, **values: float):
    return replace(checkin(n, hour, **values), id=checkin_id)


def _fevers(count: int):
    return [_saved(i % 12, i + 1, 8 + i % 3, temperature=38.5, pain_now=6.0) for i in range(count)]


def _expected(checkins, today=TODAY):
    return check_flags(snapshot(checkins), Thresholds(), UnitPreferences(), {}, today)


def _oldest_first(checkins):
    return sorted(checkins, key=lambda c: (c.taken_at.timestamp(), c.id))


# Few moments and ids, so that ties on the time and replaced ids happen often.
_puts = st.tuples(st.just("put"), st.integers(0, 3), st.integers(1, 8), st.integers(0, 10))
_drops = st.tuples(st.just("drop"), st.integers(1, 8))


@given(st.lists(st.one_of(_puts, _drops), max_size=30))
def test_the_book_holds_the_check_ins_oldest_first_whatever_the_changes(changes):
    book, held = CheckInBook(), {}
    for change in changes:
        if change[0] == "put":
            _, n, checkin_id, pain = change
            one = _saved(n, checkin_id, pain_now=float(pain))
            book.put(one)
            held[checkin_id] = one
        else:
            book.drop(change[1])
            held.pop(change[1], None)
    assert book.checkins() == tuple(_oldest_first(held.values()))


@given(st.lists(_puts, max_size=20), st.lists(_puts, max_size=20))
def test_putting_many_at_once_is_putting_them_one_by_one(before, many):
    one_by_one, at_once = CheckInBook(), CheckInBook()
    for _, n, checkin_id, pain in before:
        one = _saved(n, checkin_id, pain_now=float(pain))
        one_by_one.put(one)
        at_once.put(one)
    batch = [_saved(n, checkin_id, pain_now=float(pain)) for _, n, checkin_id, pain in many]
    for one in batch:
        one_by_one.put(one)
    at_once.put_all(batch)
    assert at_once.checkins() == one_by_one.checkins()
    assert len(at_once) == len(one_by_one)
    for checkin_id in range(1, 9):  # and each can still be dropped where it lies
        at_once.drop(checkin_id)
    assert at_once.checkins() == ()


def test_an_answer_names_the_unchanged_flags_by_place_and_rebuilds_the_check():
    before = _expected(_fevers(3))
    after = _expected([*_fevers(3), _saved(30, 99, temperature=39.0, pain_now=7.0)])
    answer = FlagAnswer.of(after, before)
    assert answer.applied_to(before) == after
    assert 0 < sum(isinstance(r, int) for r in answer.reviews) < len(after.reviews)


def test_an_answer_told_against_another_check_is_refused():
    before = _expected(_fevers(3))
    answer = FlagAnswer.of(before, before)
    try:
        answer.applied_to(None)
    except ValueError:
        return
    raise AssertionError("an answer built on a check it was not given was accepted")


def _journal(path, checkins) -> list:
    """A journal file at ``path`` holding ``checkins``; they are returned saved, oldest first."""
    with open_journal(path) as store:
        store.checkins.add_many(checkins)
        return list(reversed(store.checkins.between()))


def _expected_of(path, checkins) -> object:
    """The flags of the journal at ``path`` were it to hold ``checkins``."""
    records = whole_journal(path, ())
    return check_flags(
        replace(records, checkins=tuple(checkins)), Thresholds(), UnitPreferences(), {}, TODAY
    )


class _Worker:
    """The worker's loop on a thread, over real pipes."""

    def __init__(self, start: bool = True) -> None:
        context = multiprocessing.get_context("spawn")
        inbox, self.outbox = context.Pipe(duplex=False)
        self.answers, outbox = context.Pipe(duplex=False)
        self._thread = threading.Thread(
            target=serve, args=(inbox, outbox, read_journal), daemon=True
        )
        if start:
            self.start()

    def start(self) -> None:
        self._thread.start()
        assert self.answers.recv() == ("ready",)

    def read(self, path) -> None:
        self.outbox.send(read_message(path))

    def check(self, generation: int, count: int, today: date = TODAY) -> None:
        request = FlagRequest(Thresholds(), UnitPreferences(), {}, today, count)
        self.outbox.send(("check", generation, request))

    def stop(self) -> None:
        self.outbox.send(("stop",))
        self._thread.join(5)
        assert not self._thread.is_alive()


def test_the_worker_answers_as_the_pipeline_does_after_reading_the_journal_and_changes(
    journal_path,
):
    checkins = _journal(journal_path, _fevers(6))
    worker = _Worker()
    worker.read(journal_path)
    worker.check(1, 6)
    kind, generation, first = worker.answers.recv()
    assert (kind, generation) == ("found", 1)
    first = first.applied_to(None)
    assert first == _expected_of(journal_path, checkins)
    assert first.reviews  # the fevers raised something to compare
    changed = replace(checkins[2], values={"temperature": 39.2, "pain_now": 8.0})
    worker.outbox.send(("put", changed))
    worker.outbox.send(("drop", checkins[4].id))
    worker.check(2, 5)
    _, _, second = worker.answers.recv()
    now = [changed if c.id == changed.id else c for c in checkins if c.id != checkins[4].id]
    assert second.applied_to(first) == _expected_of(journal_path, now)
    worker.stop()


def test_changes_the_read_already_saw_leave_the_copy_as_the_journal(journal_path):
    # The window tells the worker of every change after it asked for the read, even of one
    # saved before the worker got to it: put again, or dropped again, it changes nothing.
    checkins = _journal(journal_path, _fevers(4))
    worker = _Worker(start=False)
    worker.read(journal_path)
    worker.outbox.send(("put", checkins[1]))
    worker.outbox.send(("drop", 999))
    worker.check(1, 4)
    worker.start()
    kind, _, answer = worker.answers.recv()
    assert kind == "found"
    assert answer.applied_to(None) == _expected_of(journal_path, checkins)
    worker.stop()


def test_a_newer_check_waiting_in_the_pipe_supersedes_the_older(journal_path):
    _journal(journal_path, _fevers(4))
    worker = _Worker(start=False)
    worker.read(journal_path)
    # Both are in the pipe before the worker looks: only the second is answered.
    worker.check(1, 4)
    worker.check(2, 4)
    worker.start()
    kind, generation, _ = worker.answers.recv()
    assert (kind, generation) == ("found", 2)
    assert not worker.answers.poll(0.2)
    worker.stop()


def test_a_worker_that_missed_a_change_says_so_rather_than_answer(journal_path):
    _journal(journal_path, _fevers(4))
    worker = _Worker()
    worker.read(journal_path)
    worker.check(1, 5)
    assert worker.answers.recv() == ("out_of_step", 1)
    worker.stop()


def test_the_worker_ends_when_the_window_end_of_the_pipe_closes():
    worker = _Worker()
    worker.outbox.close()
    worker._thread.join(5)
    assert not worker._thread.is_alive()


def test_the_records_are_read_again_from_the_file_when_told_they_changed(journal_path):
    checkins = _journal(journal_path, _fevers(4))
    worker = _Worker()
    worker.read(journal_path)
    worker.check(1, 4)
    _, _, first = worker.answers.recv()
    first = first.applied_to(None)
    with open_journal(journal_path) as store:
        store.medicines.add(antibiotics(40, 6))  # running on TODAY
    worker.check(2, 4)  # not told yet: the records it read
    _, _, same = worker.answers.recv()
    assert same.applied_to(first) == first
    worker.outbox.send(("records",))
    worker.check(3, 4)
    _, _, after = worker.answers.recv()
    after = after.applied_to(first)
    assert after == _expected_of(journal_path, checkins)
    assert after.recovery is not None and first.recovery is None  # the course is read
    worker.stop()


def test_a_journal_the_worker_cannot_read_is_said_and_never_checked(journal_path, tmp_path):
    _journal(journal_path, _fevers(4))
    worker = _Worker()
    worker.outbox.send(("read", str(tmp_path / "gone.sqlite"), None))
    kind, text = worker.answers.recv()
    assert kind == "unreadable" and text
    worker.check(1, 0)
    assert worker.answers.recv() == ("out_of_step", 1)  # no records: no guessing
    worker.stop()


def test_an_encrypted_journal_is_read_with_the_key_sent(journal_path):
    # The worker is a fresh process with no key unlocked: the message carries it.
    checkins = _journal(journal_path, _fevers(4))
    turn_on(journal_path, "correct horse")
    unlock(journal_path, "correct horse")
    message = read_message(journal_path)
    assert message[2] is not None
    expected = _expected_of(journal_path, checkins)
    keyring.forget_all()
    worker = _Worker()
    worker.outbox.send(message)
    worker.check(1, 4)
    kind, _, answer = worker.answers.recv()
    assert kind == "found"
    assert answer.applied_to(None) == expected
    worker.stop()
