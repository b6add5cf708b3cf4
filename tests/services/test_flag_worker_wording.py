"""The red-flags worker writes its flags in the window's words once it is told them."""

from __future__ import annotations

import multiprocessing
import pickle
import threading
from collections.abc import Iterator
from datetime import date

import pytest
from flag_builders import checkin

from journal.dates import DayOrder
from journal.flags import Thresholds
from journal.services.flag_worker import FlagRequest, serve
from journal.store import open_journal
from journal.store.flag_reads import read_journal, read_message
from journal.units import UnitPreferences
from journal.wording import Wording, current_wording

TODAY = date(2026, 4, 30)


class Marking:
    """A translator that pickles, as the window's must: it marks each text it translates."""

    def __call__(self, context: str, text: str, disambiguation: str | None, n: int) -> str:
        return "«" + (text.replace("%n", str(n)) if n >= 0 else text) + "»"


@pytest.fixture(autouse=True)
def _english_again() -> Iterator[None]:
    yield
    Wording().apply()


def _found_flags(journal_path, *messages: tuple) -> list:
    fevers = [checkin(i, temperature=38.5, pain_now=6.0) for i in range(3)]
    with open_journal(journal_path) as store:
        store.checkins.add_many(fevers)
    context = multiprocessing.get_context("spawn")
    inbox, outbox = context.Pipe(duplex=False)
    answers, worker_outbox = context.Pipe(duplex=False)
    worker = threading.Thread(target=serve, args=(inbox, worker_outbox, read_journal), daemon=True)
    worker.start()
    assert answers.recv() == ("ready",)
    for message in (*messages, read_message(journal_path)):
        outbox.send(message)
    request = FlagRequest(Thresholds(), UnitPreferences(), {}, TODAY, 3)
    outbox.send(("check", 1, request))
    kind, _, answer = answers.recv()
    outbox.send(("stop",))
    worker.join(5)
    assert kind == "found"
    return [review.flag for review in answer.applied_to(None).reviews]


def test_the_worker_writes_english_until_told_the_windows_words(journal_path) -> None:
    (flag,) = _found_flags(journal_path)
    assert flag.title == "Fever with back pain"
    assert "38.5 °C" in flag.message and "Mon 2 Mar 2026" in flag.message


def test_the_worker_writes_its_flags_in_the_words_it_is_sent(journal_path) -> None:
    wording = Wording(Marking(), ",", DayOrder.ISO)
    (flag,) = _found_flags(journal_path, ("wording", wording))
    assert flag.title == "«Fever with back pain»"
    assert "38,5 °C" in flag.message
    assert "2026-03-02" in flag.message


def test_a_wording_is_this_process_s_own_and_pickles() -> None:
    Wording(Marking(), ",", DayOrder.MONTH_DAY).apply()
    now = current_wording(Marking())
    assert (now.decimal_mark, now.day_order) == (",", DayOrder.MONTH_DAY)
    back = pickle.loads(pickle.dumps(now))
    assert back.translator("Flags", "Pain", None, -1) == "«Pain»"
