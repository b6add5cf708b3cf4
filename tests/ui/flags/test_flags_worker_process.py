"""Red flags of a large journal are found in a worker process: the same flags, no child left."""

from __future__ import annotations

import multiprocessing
import os
import signal
from dataclasses import replace

import pytest
from builders import at, many_checkins
from ui.flag_waits import wait_for_flags

from journal.checkin import CheckIn
from journal.services.flag_check import check_flags
from journal.store import open_journal
from journal.ui.flags import flags_facade


@pytest.fixture(autouse=True)
def _no_child_left():
    """Every test here ends (its windows closed) with no worker process left running."""
    yield
    assert multiprocessing.active_children() == []


@pytest.fixture
def small_counts_as_large(monkeypatch):
    """Journals of a few check-ins go to the worker, which starts at once."""
    monkeypatch.setattr(flags_facade, "PROCESS_FROM", 5)
    monkeypatch.setattr(flags_facade, "START_AFTER_MS", 0)


def _window(open_window, journal_path, count: int = 30):
    with open_journal(journal_path) as store:
        store.checkins.add_many(many_checkins(count))
    return open_window(journal_path)


def _expected(window):
    store = window.facade.store
    return check_flags(
        store.snapshot(),
        store.settings.flag_thresholds(),
        window.facade.units(),
        store.flags.acknowledgements(),
        window.flags_page.flags._today(),
    ).reviews


def _worker_pid(window) -> int:
    worker = window.flags_page.flags.worker_process()
    assert worker is not None, "no worker process finds the flags"
    assert worker.is_alive()
    assert worker.pid != os.getpid()
    return worker.pid


def _pid_gone(pid: int) -> bool:
    return all(child.pid != pid for child in multiprocessing.active_children())


def test_the_worker_finds_the_flags_of_the_whole_journal_through_every_kind_of_change(
    small_counts_as_large, open_window, journal_path
):
    window = _window(open_window, journal_path)
    flags = window.flags_page.flags
    fever = window.facade.save(CheckIn(at(21, 9), {"temperature": 38.7, "pain_now": 7.0}))
    wait_for_flags(window)
    _worker_pid(window)
    assert flags._reviews == _expected(window)
    assert flags._reviews  # the fever raised something to compare
    window.facade.save(replace(fever, values={"temperature": 39.4, "pain_now": 9.0}))
    wait_for_flags(window)
    assert flags._reviews == _expected(window)
    deleted = window.facade.delete(fever.id)
    wait_for_flags(window)
    assert flags._reviews == _expected(window)
    window.facade.restore(deleted)
    wait_for_flags(window)
    assert flags._reviews == _expected(window)
    assert flags._reviews


def test_the_worker_stops_when_the_window_closes(small_counts_as_large, open_window, journal_path):
    window = _window(open_window, journal_path)
    window.facade.save(CheckIn(at(21, 9), {"temperature": 38.7, "pain_now": 7.0}))
    wait_for_flags(window)
    worker = window.flags_page.flags.worker_process()
    pid = _worker_pid(window)
    window.close()
    assert not worker.is_alive()
    assert _pid_gone(pid)
    assert window.flags_page.flags.worker_process() is None


def test_a_worker_that_died_is_replaced_and_the_flags_stay_right(
    small_counts_as_large, open_window, journal_path
):
    window = _window(open_window, journal_path)
    flags = window.flags_page.flags
    window.facade.save(CheckIn(at(21, 9), {"pain_now": 2.0}))
    wait_for_flags(window)
    first = _worker_pid(window)
    os.kill(first, signal.SIGKILL)
    flags.worker_process()._process.join(5)
    window.facade.save(CheckIn(at(21, 10), {"temperature": 38.7, "pain_now": 7.0}))
    wait_for_flags(window)
    assert flags._reviews == _expected(window)
    assert flags._reviews
    # The next change is checked by a new worker.
    window.facade.save(CheckIn(at(21, 11), {"temperature": 38.9, "pain_now": 7.0}))
    wait_for_flags(window)
    assert _worker_pid(window) != first
    assert flags._reviews == _expected(window)
    assert _pid_gone(first)


def test_after_dying_too_often_the_worker_gives_way_to_the_pool_thread(
    small_counts_as_large, monkeypatch, open_window, journal_path
):
    monkeypatch.setattr(flags_facade, "MOST_STARTS", 2)
    window = _window(open_window, journal_path)
    flags = window.flags_page.flags
    for hour in (9, 10):
        window.facade.save(CheckIn(at(21, hour), {"pain_now": 2.0}))
        wait_for_flags(window)
        worker = flags.worker_process()
        os.kill(_worker_pid(window), signal.SIGKILL)
        worker._process.join(5)
    window.facade.save(CheckIn(at(21, 11), {"temperature": 38.7, "pain_now": 7.0}))
    wait_for_flags(window)
    assert flags.worker_process() is None
    assert flags._reviews == _expected(window)
    assert flags._reviews


def test_where_no_process_can_start_the_pool_thread_finds_the_flags(
    small_counts_as_large, monkeypatch, open_window, journal_path
):
    def no_processes(post):
        raise OSError("processes are not allowed here")

    monkeypatch.setattr(flags_facade, "FlagProcess", no_processes)
    window = _window(open_window, journal_path)
    flags = window.flags_page.flags
    window.facade.save(CheckIn(at(21, 9), {"temperature": 38.7, "pain_now": 7.0}))
    assert flags.is_checking()
    wait_for_flags(window)
    assert flags.worker_process() is None
    assert flags._reviews == _expected(window)
    assert flags._reviews


def test_a_small_journal_is_checked_without_a_process(open_window, journal_path):
    window = _window(open_window, journal_path, count=10)
    window.facade.save(CheckIn(at(21, 9), {"temperature": 38.7, "pain_now": 7.0}))
    wait_for_flags(window)
    assert window.flags_page.flags.worker_process() is None
    assert window.flags_page.flags._reviews == _expected(window)


def test_the_worker_reads_the_records_again_only_when_they_changed(
    small_counts_as_large, open_window, journal_path, monkeypatch
):
    from care_builders import iv_course

    from journal.care.records import LabResult
    from journal.ui.flags.flag_process import FlagProcess

    sent: list[str] = []
    send = FlagProcess.send
    monkeypatch.setattr(
        FlagProcess, "send", lambda self, message: sent.append(message[0]) or send(self, message)
    )
    window = _window(open_window, journal_path)
    flags = window.flags_page.flags

    def save_one(hour):
        window.facade.save(CheckIn(at(21, hour), {"temperature": 38.7, "pain_now": 7.0}))
        wait_for_flags(window)

    save_one(9)
    save_one(10)
    # The worker read the journal once, and was sent the two check-ins saved since.
    assert (sent.count("read"), sent.count("records"), sent.count("put")) == (1, 0, 2)
    assert flags._reviews == _expected(window)
    window.care_page.care.add_regimen(iv_course(at(21, 9).date()))
    wait_for_flags(window)
    assert sent.count("records") == 1  # a medicine feeds the flags: read again
    assert flags._reviews == _expected(window)
    window.care_page.care.add_lab(LabResult("crp", at(21, 8).date(), 80.0, "mg/L"))
    save_one(11)
    assert sent.count("records") == 2  # a lab result changed them too
    assert sent.count("read") == 1  # never the whole journal again
    assert flags._reviews == _expected(window)


def test_a_journal_the_worker_cannot_read_is_checked_on_the_pool_thread(
    small_counts_as_large, open_window, journal_path, monkeypatch
):
    from journal.ui.flags.flag_process import FlagProcess

    send = FlagProcess.send
    reads = []

    def elsewhere(self, message):
        if message[0] == "read":  # as if its own connection failed where the window's works
            reads.append(message)
            message = ("read", str(journal_path.parent / "not-there.sqlite"), None)
        return send(self, message)

    monkeypatch.setattr(FlagProcess, "send", elsewhere)
    window = _window(open_window, journal_path)
    flags = window.flags_page.flags
    window.facade.save(CheckIn(at(21, 9), {"temperature": 38.7, "pain_now": 7.0}))
    wait_for_flags(window)
    assert flags.worker_process() is None
    assert flags._reviews == _expected(window)
    assert flags._reviews
    window.facade.save(CheckIn(at(21, 10), {"temperature": 38.9, "pain_now": 7.0}))
    wait_for_flags(window)
    assert flags.worker_process() is None
    assert len(reads) == 1  # not started again for this journal
    assert flags._reviews == _expected(window)


def test_the_worker_writes_its_flags_in_the_windows_language(
    small_counts_as_large, open_window, journal_path, monkeypatch, qapp
):
    from journal.ui.shell import language

    monkeypatch.setenv("SYMPTOM_JOURNAL_LANGUAGE", "de")
    language.install_language(qapp)
    window = _window(open_window, journal_path)
    window.facade.save(CheckIn(at(21, 9), {"temperature": 38.7, "pain_now": 7.0}))
    wait_for_flags(window)
    _worker_pid(window)
    found = window.flags_page.flags._reviews
    assert found  # the fever raised something to read
    # The same flags worked out here, in German, read word for word as the worker's.
    assert [r.flag.message for r in found] == [r.flag.message for r in _expected(window)]
    monkeypatch.setenv("SYMPTOM_JOURNAL_LANGUAGE", "en")
    language.install_language(qapp)
    english = [r.flag.message for r in _expected(window)]
    assert [r.flag.message for r in found] != english


def test_a_worker_started_early_reads_the_journal_and_finds_its_first_flags(
    qtbot, journal_path, small_counts_as_large
):
    from journal.ui.flags.flags_facade import FlagsFacade
    from journal.ui.parts.facade import JournalFacade

    with open_journal(journal_path) as store:
        store.checkins.add_many(many_checkins(30))
        journal = JournalFacade(store)
        flags = FlagsFacade(journal, check_now=False)
        try:
            flags.start_process_early()
            early = flags.worker_process()
            assert early is not None  # before any check-in was read
            assert flags.is_checking()
            flags.refresh_soon(first=True)
            assert flags.wait_until_checked(10_000)
            assert flags.worker_process() is early  # the one started early, not another
            expected = check_flags(
                store.snapshot(),
                store.settings.flag_thresholds(),
                journal.units(),
                store.flags.acknowledgements(),
                flags._today(),
            ).reviews
            assert flags.reviews() == flags_facade.to_look_at_first(expected, flags._today())
        finally:
            flags.close()


def test_a_check_overtaken_by_a_change_the_worker_read_already_keeps_the_worker(
    small_counts_as_large, open_window, journal_path
):
    # Asked with the count before a save, answered after the worker read that save from the
    # file: out of step, but the check asked after the save is on its way and will answer.
    window = _window(open_window, journal_path)
    flags = window.flags_page.flags
    window.facade.save(CheckIn(at(21, 9), {"temperature": 38.7, "pain_now": 7.0}))
    wait_for_flags(window)
    worker = flags.worker_process()
    window.facade.save(CheckIn(at(21, 10), {"temperature": 38.9, "pain_now": 7.0}))
    flags._take(("process", worker, ("out_of_step", flags._generation - 1)))
    assert flags.worker_process() is worker
    wait_for_flags(window)
    assert flags.worker_process() is worker
    assert flags._reviews == _expected(window)
    # Out of step for the newest check is another matter: that worker is let go.
    flags._take(("process", worker, ("out_of_step", flags._generation)))
    assert flags.worker_process() is None
