"""A second process that draws the summary's charts beside this one, on the machine's other core.

Building each chart's matplotlib figure and writing it as SVG is Python holding the
interpreter lock: two thirds of a summary's time, which a thread could not share. A process
can. It is started (by "spawn": a fresh interpreter, never a fork of one that holds Qt's
threads) as the summary begins, so that its imports run while this process reads the journal
and finds its flags; once the charts are known, this process and the helper each take the
next chart not yet taken until none is left. A chart the helper could not draw (it failed,
died or never started) is drawn here: the helper can make a summary sooner, never stop it or
change it (it writes with this process's language, decimal mark and day order).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from contextvars import ContextVar

from journal.child_process import start_child
from journal.collector import collect_young, collector_paused
from journal.printing.chart_svgs import chart_svg
from journal.summary.blocks import Chart
from journal.translation import installed
from journal.wording import current_wording

# A chart to draw: the block, its width and its height in millimetres.
ChartJob = tuple[Chart, float, float]
# The idle part of a core (by the load average) that a helper needs to be worth starting.
IDLE_CORE = 0.5
# How long to wait for a chart the helper took before drawing it here instead.
ANSWER_WAIT_S = 60.0

_helper: ContextVar[ChartHelper | None] = ContextVar("chart_helper", default=None)


def _take(counter, count: int) -> int | None:
    """The index of the next chart no one has taken, or None when all are."""
    with counter.get_lock():
        index = counter.value
        if index >= count:
            return None
        counter.value = index + 1
    return index


def _serve(inbox, outbox, counter) -> None:
    """The helper process: wait for the charts, then draw those not yet taken."""
    try:
        message = inbox.recv()
    except EOFError:
        return
    if message[0] != "draw":
        return
    _, wording, jobs = message
    wording.apply()
    with collector_paused():
        while (index := _take(counter, len(jobs))) is not None:
            try:
                svg = chart_svg(*jobs[index])
            except Exception:  # drawn again by the summary's process, which says why
                outbox.send(("failed", index))
            else:
                outbox.send(("drawn", index, svg))
            collect_young()
    outbox.send(("done",))


class ChartHelper:
    """One helper process, for the charts of one summary."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")
        self._counter = context.Value("i", 0)
        self._process, self._outbox, self._answers = start_child(
            _serve, "summary-charts", self._counter
        )
        self._asked = False
        self._reading_done = True

    @property
    def pid(self) -> int | None:
        """The helper's process id."""
        return self._process.pid

    def draw(
        self,
        jobs: Sequence[ChartJob],
        draw_here: Callable[[ChartJob], bytes],
        meanwhile: Callable[[], None] = lambda: None,
    ) -> list:
        """Each chart's SVG, in order: drawn here (by ``draw_here``) or by the helper.

        ``meanwhile`` is called once the helper has the charts, before any is drawn here.
        """
        results: list[bytes | None] = [None] * len(jobs)
        answered = threading.Condition()
        # The helper's answers are read as they come, by a thread waiting on the pipe (which
        # lets go of the interpreter lock): a chart's SVG is larger than a pipe holds, so a
        # helper not read from would wait, drawing nothing, until this process was done.
        self._reading_done = True
        if not self._asked:
            self._asked = True
            # Gone, or a translator that does not pickle: then every chart is drawn here.
            with suppress(Exception):
                self._outbox.send(("draw", current_wording(installed()), list(jobs)))
                self._reading_done = False
                threading.Thread(
                    target=self._read,
                    args=(results, answered),
                    name="summary-charts-answers",
                    daemon=True,
                ).start()
        meanwhile()
        while (index := _take(self._counter, len(jobs))) is not None:
            results[index] = draw_here(jobs[index])
        # What the helper took is drawn by now or soon, unless it stopped answering; when it
        # took nothing (it was still starting) there is nothing to wait for.
        with answered:
            answered.wait_for(
                lambda: all(r is not None for r in results) or self._reading_done,
                ANSWER_WAIT_S,
            )
        return [
            r if r is not None else draw_here(job) for r, job in zip(results, jobs, strict=True)
        ]

    def _read(self, results: list, answered: threading.Condition) -> None:
        try:
            while True:
                message = self._answers.recv()
                if message[0] == "done":
                    break
                with answered:
                    if message[0] == "drawn":
                        results[message[1]] = message[2]
                    answered.notify()
        except (EOFError, OSError):
            pass
        finally:
            with answered:
                self._reading_done = True
                answered.notify()

    def close(self) -> None:
        """Stop the helper (at once when it was never asked to draw)."""
        try:
            if not self._asked:
                self._outbox.send(("stop",))
        except OSError:
            pass
        # Told, or left with nothing to read, it ends at once; one still starting (its
        # imports, when every chart was drawn here first) is not waited for.
        self._outbox.close()
        self._process.join(0.2)
        if self._process.is_alive():
            self._process.terminate()
            self._process.join(2.0)
        self._answers.close()


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every system
        return os.cpu_count() or 1


def _idle_cores() -> float:
    """About how many of this process's cores nothing else is using (this process counts)."""
    try:
        busy = os.getloadavg()[0]
    except (AttributeError, OSError):  # no load average here: this process alone, then
        busy = 1.0
    return _cores() - max(busy, 1.0)


@contextmanager
def charts_beside() -> Iterator[ChartHelper | None]:
    """A helper process for the charts drawn inside the block, on this thread.

    None unless a core stands idle beside this process's: on one core, or with every core
    busy with other work, a second process would only add its start (its imports cost half
    a second of a core) to the same work. Nor does a helper that could not start stop the
    summary.
    """
    helper = None
    if _idle_cores() >= IDLE_CORE:
        try:
            helper = ChartHelper()
        except Exception:  # no processes allowed here: drawn in this one
            helper = None
    token = _helper.set(helper)
    try:
        yield helper
    finally:
        _helper.reset(token)
        if helper is not None:
            helper.close()


def draw_charts(
    jobs: Sequence[ChartJob], meanwhile: Callable[[], None] = lambda: None
) -> list[bytes]:
    """Each chart's SVG, in order: with the helper of :func:`charts_beside` when there is one
    and more than one chart, else here one after the other.

    ``meanwhile`` is called first: other work of this process, done while the helper (which
    may still be starting) takes its first charts.
    """

    def draw_here(job: ChartJob) -> bytes:
        svg = chart_svg(*job)
        collect_young()  # the figure just drawn, while it is all the young generation holds
        return svg

    helper = _helper.get()
    if helper is None or len(jobs) < 2:
        meanwhile()
        return [draw_here(job) for job in jobs]
    return helper.draw(jobs, draw_here, meanwhile)
