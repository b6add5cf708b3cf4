"""Reading a trend chart off the UI thread: the journal's values, fitted into a chart.

On ten years of check-ins reading and preparing a chart takes long enough to be felt, so a
pool thread does it, on its own read-only connection (:mod:`journal.store.trend_reads`),
and the UI thread only draws what it answers. A newer reading supersedes an older one: the
older stops at its next step, and its answer, should it come, is dropped.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from journal.charts.chart import TrendChart
from journal.charts.ranges import ALL, period
from journal.charts.series import PointSeries
from journal.snapshot import JournalSnapshot
from journal.units import UnitPreferences

MEAN_WARM_UP_DAYS = 6


@dataclass(frozen=True)
class TrendRequest:
    """What one reading needs, taken on the UI thread: plain, immutable values.

    Attributes:
        generation: counts the requests; only the latest one's answer is drawn.
        path: the journal file.
        range_key: the chosen range ("30d", "all", "custom"...).
        today: the last day of the relative ranges.
        custom: the chosen dates, for "custom".
        panels: the chosen panels.
        units: the user's display units.
        basdai: gives BASDAI scores for a snapshot, if the journal has them.
    """

    generation: int
    path: Path
    range_key: str
    today: date
    custom: tuple[date, date]
    panels: tuple[str, ...]
    units: UnitPreferences
    basdai: Callable[[JournalSnapshot], Sequence[tuple[date, float]]] | None = None


@dataclass(frozen=True, eq=False)
class TrendAnswer:
    """A chart read from the journal, flags not yet marked (the UI thread holds them).

    Attributes:
        generation: the request's.
        chart: what to draw.
        records: the period's records besides check-ins (the Metrics menu lists them).
    """

    generation: int
    chart: TrendChart
    records: JournalSnapshot


class Cancelled(Exception):
    """A reading stopped because a newer one superseded it."""


def read_trend(request: TrendRequest, stop: threading.Event | None = None) -> TrendAnswer:
    """Read and prepare the chart ``request`` asks for (on any thread).

    Raises:
        Cancelled: ``stop`` was set before it was done.
    """
    from datetime import timedelta

    from journal.charts.panels import metric_keys, trend_chart
    from journal.store.trend_reads import TrendReader

    stop = stop or threading.Event()
    with TrendReader(request.path) as reader:
        if stop.is_set():
            raise Cancelled
        earliest = reader.first_day() if request.range_key == ALL else None
        first, last = period(request.range_key, request.today, earliest, request.custom)
        since = first - timedelta(days=MEAN_WARM_UP_DAYS)
        records = reader.records(since, last)
        if stop.is_set():
            raise Cancelled
        readings = {}
        for key in metric_keys(request.panels, records.metrics):
            readings.update(reader.readings([key], since, last))
            if stop.is_set():
                raise Cancelled
    basdai = None if request.basdai is None else PointSeries.of(request.basdai(records))
    chart = trend_chart(
        records, request.panels, first, last, request.units, (), basdai, readings=readings
    )
    return TrendAnswer(request.generation, chart, records)


class _Answered(QObject):
    """Carries an answer from the pool thread to the UI thread (a queued signal)."""

    answered = Signal(object)


class _Reading(QRunnable):
    def __init__(self, request: TrendRequest, post: Callable[[object], None]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the reader holds it until its answer is in
        self.request = request
        self.stop = threading.Event()
        self._post = post

    def run(self) -> None:
        try:
            answer: object = read_trend(self.request, self.stop)
        except Cancelled:
            return
        except Exception:
            answer = (self.request.generation, traceback.format_exc())
        with contextlib.suppress(RuntimeError):  # the view, and this reader, already gone
            self._post(answer)


class TrendReading(QObject):
    """Reads charts on a pool thread, one at a time, the latest request winning.

    Signals:
        answered: a :class:`TrendAnswer` for the latest request, or (generation, the
            traceback's text) when reading it failed.
    """

    answered = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._current: _Reading | None = None
        self._carrier = _Answered(self)
        self._carrier.answered.connect(self._arrived)
        self.generation = 0

    def next_generation(self) -> int:
        """A new request's generation; every earlier reading is from now on superseded."""
        self.generation += 1
        self._pool.clear()  # not started: never wanted
        if self._current is not None:
            self._current.stop.set()
        return self.generation

    def start(self, request: TrendRequest) -> None:
        """Read ``request`` (of the latest generation) on the pool thread."""
        self._current = _Reading(request, self._carrier.answered.emit)
        self._pool.start(self._current)

    def read_now(self, request: TrendRequest) -> None:
        """Read ``request`` on this thread; :attr:`answered` is emitted before it returns."""
        self._current = None
        try:
            answer: object = read_trend(request)
        except Exception:
            answer = (request.generation, traceback.format_exc())
        self.answered.emit(answer)

    def is_reading(self) -> bool:
        """True while the latest request has not answered."""
        return self._current is not None

    def wait(self, msecs: int = -1) -> bool:
        """Block until the pool thread is idle (for tests and closing)."""
        return self._pool.waitForDone(msecs)

    def _arrived(self, answer: object) -> None:
        generation = answer.generation if isinstance(answer, TrendAnswer) else answer[0]
        if generation != self.generation:
            return  # superseded while it was read
        self._current = None
        self.answered.emit(answer)
