"""No thread opens a journal connection while another opens or closes one.

SQLite 3.51.1, inside sqlcipher3-binary, can deadlock two threads when one opens a file while
another closes the process's last connection to it. The store serialises both, and opening a
journal waits for the integrity check begun ahead to end first.
"""

from __future__ import annotations

import threading
import time

from journal.store import connection, engine, integrity_ahead, open_journal

WAIT_S = 0.3


def _finishes_only_after_release(work) -> None:
    done = threading.Event()
    worker = threading.Thread(target=lambda: (work(), done.set()))
    with engine.OPENING_OR_CLOSING:
        worker.start()
        assert not done.wait(WAIT_S), "it went ahead while another thread held the guard"
    worker.join(5)
    assert done.is_set()


def test_opening_a_connection_waits_for_another_thread_opening_or_closing(journal_path):
    open_journal(journal_path).close()
    opened = []
    _finishes_only_after_release(
        lambda: opened.append(engine.connect(journal_path, check_same_thread=False))
    )
    opened[0].close()


def test_closing_a_connection_waits_for_another_thread_opening_or_closing(journal_path):
    open_journal(journal_path).close()
    conn = engine.connect(journal_path, read_only=True, check_same_thread=False)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    _finishes_only_after_release(conn.close)


def test_a_journal_is_opened_only_once_the_check_begun_ahead_has_ended(journal_path, monkeypatch):
    open_journal(journal_path).close()
    checking = threading.Event()
    check = integrity_ahead._check

    def slow_check(path, answer):
        checking.set()
        time.sleep(WAIT_S)
        check(path, answer)

    monkeypatch.setattr(integrity_ahead, "_check", slow_check)
    ahead_alive_at_open = []
    connect = engine.connect

    def watched_connect(path, **options):
        if threading.current_thread() is threading.main_thread():  # not the check's own
            ahead = integrity_ahead._ahead.get(str(path.resolve()))
            ahead_alive_at_open.append(ahead is not None and ahead[1].is_alive())
        return connect(path, **options)

    monkeypatch.setattr(engine, "connect", watched_connect)
    monkeypatch.setattr(connection, "engine_connect", watched_connect)
    integrity_ahead.check_ahead(journal_path)
    assert checking.wait(5)
    with open_journal(journal_path) as store:
        assert store.checkins.count() == 0
    assert len(ahead_alive_at_open) >= 2  # the look before opening, and the writing one
    assert not any(ahead_alive_at_open)
