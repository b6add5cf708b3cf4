"""Red flags are found and shown even when the wake-up an answer sends across threads is lost.

The answer of a check made off the UI thread waits in a queue, and a queued signal wakes the
UI thread to take it. Should that one signal be lost, the flags must still arrive: a timer
looks for answers while a check is out.
"""

from __future__ import annotations

from builders import at, many_checkins

from journal.checkin import CheckIn
from journal.store import open_journal
from journal.ui.flags import flags_facade
from journal.ui.flags.flags_facade import FlagsFacade


def _lose_wake_ups(monkeypatch) -> None:
    """Answers are queued as usual; the signal that says so never comes."""
    monkeypatch.setattr(FlagsFacade, "_post", lambda self, answer: self._answers.put(answer))


def test_a_new_window_loads_its_flags_without_the_wake_up(monkeypatch, open_window, journal_path):
    _lose_wake_ups(monkeypatch)
    window = open_window(journal_path)  # waits for the flags to be checked
    assert not window.flags.is_checking()
    assert not window.flags.failed


def test_a_fever_saved_raises_its_flag_without_the_wake_up(
    monkeypatch, qtbot, open_window, journal_path
):
    window = open_window(journal_path)
    _lose_wake_ups(monkeypatch)
    window.facade.save(CheckIn(at(21, 9), {"temperature": 39.4, "pain_now": 8.0}))
    qtbot.waitUntil(lambda: not window.flags.is_checking(), timeout=5_000)
    assert window.flags.active(), "the fever raised no flag"


def test_the_worker_process_loads_and_answers_without_the_wake_up(
    monkeypatch, open_window, journal_path
):
    monkeypatch.setattr(flags_facade, "PROCESS_FROM", 5)
    with open_journal(journal_path) as store:
        store.checkins.add_many(many_checkins(30))
    _lose_wake_ups(monkeypatch)
    window = open_window(journal_path)
    assert window.flags.worker_process() is not None
    assert not window.flags.is_checking()
    assert not window.flags.failed
