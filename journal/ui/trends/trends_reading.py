"""Reading a trend chart off the UI thread: the journal's values, fitted into a chart.

On ten years of check-ins reading and preparing a chart takes long enough to be felt, so a
pool thread does it, on its own read-only connection (:mod:`journal.store.trend_reads`).
It draws the chart too, into a figure of its own at the size the canvas will have: drawing
six panels with matplotlib takes longer than a window may stop answering, and the UI thread
only shows the pixels it answers. A newer reading supersedes an older one: the
older stops at its next step, and its answer, should it come, is dropped.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from journal.charts.markers import FlagMarker
from journal.charts.ranges import ALL, period
from journal.snapshot import JournalSnapshot
from journal.units import UnitPreferences

if TYPE_CHECKING:  # numpy and matplotlib load with the first chart, not with the window
    from journal.charts.chart import TrendChart

MEAN_WARM_UP_DAYS = 6
PANEL_PX = 110  # height of one panel: five fit a usual window, more scroll, none squash


def chart_height(panels: int) -> int:
    """The least height of a chart of ``panels`` panels, in logical pixels."""
    return max(200, PANEL_PX * panels + 60)


@dataclass(frozen=True)
class CanvasSize:
    """Where the chart will be shown, in logical pixels, for drawing it ahead.

    Attributes:
        width: the scrolled area's width.
        height: its height.
        scrollbar: the width its scroll bar takes when the chart is taller than it.
        bar_width: the date bar's width.
        dpi: the canvases' dots per inch (100 times the screen's pixel ratio).
        ratio: the screen's pixel ratio.
    """

    width: int
    height: int
    scrollbar: int
    bar_width: int
    dpi: float
    ratio: float

    def chart(self, panels: int) -> tuple[int, int]:
        """The chart canvas's size once it holds ``panels`` panels."""
        least = chart_height(panels)
        if least > self.height:
            return self.width - self.scrollbar, least
        return self.width, self.height


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
        flags: the red flags to mark (those outside the period are left out).
        canvas: where the chart will be shown, to draw it there; None to leave the
            drawing to the caller.
    """

    generation: int
    path: Path
    range_key: str
    today: date
    custom: tuple[date, date]
    panels: tuple[str, ...]
    units: UnitPreferences
    basdai: Callable[[JournalSnapshot], Sequence[tuple[date, float]]] | None = None
    flags: tuple[FlagMarker, ...] = ()
    canvas: CanvasSize | None = None


@dataclass(frozen=True, eq=False)
class TrendAnswer:
    """A chart read from the journal, and drawn when the request said where.

    Attributes:
        generation: the request's.
        chart: what to draw.
        records: the period's records besides check-ins (the Metrics menu lists them).
        drawn: the chart drawn for the canvas, or None.
        dates: the date bar drawn above it, or None.
    """

    generation: int
    chart: TrendChart
    records: JournalSnapshot
    drawn: Drawn | None = None
    dates: Drawn | None = None


@dataclass(frozen=True, eq=False)
class Drawn:
    """A figure drawn on an Agg canvas, for a canvas of ``size`` logical pixels.

    Attributes:
        figure: the drawn figure.
        size: (width, height) of the canvas it was drawn for.
        drawing: the chart's axes and points (for the chart; None for the date bar).
        shown: what the date bar shows: (first, last, plot left, plot width), or None.
    """

    figure: object
    size: tuple[int, int]
    drawing: object = None
    shown: tuple | None = None


class Cancelled(Exception):
    """A reading stopped because a newer one superseded it."""


def read_trend(request: TrendRequest, stop: threading.Event | None = None) -> TrendAnswer:
    """Read and prepare the chart ``request`` asks for (on any thread).

    Raises:
        Cancelled: ``stop`` was set before it was done.
    """
    from journal.charts.panels import metric_keys, trend_chart
    from journal.charts.series import PointSeries
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
        records, request.panels, first, last, request.units, request.flags, basdai, readings
    )
    if request.canvas is None or stop.is_set():
        return TrendAnswer(request.generation, chart, records)
    drawn = draw_for(chart, request.canvas)
    dates = None
    if drawn.drawing.panel_axes:
        plot = drawn.drawing.panel_axes[0].bbox
        dates = draw_dates_for(chart, request.canvas, plot.x0, plot.width)
    return TrendAnswer(request.generation, chart, records, drawn, dates)


def _figure(size: tuple[int, int], canvas: CanvasSize):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    # As the Qt canvas sizes its figure: the base dpi, raised by the pixel ratio.
    figure = Figure(dpi=canvas.dpi / canvas.ratio)
    FigureCanvasAgg(figure)
    figure.set_dpi(canvas.dpi)
    width, height = (side * canvas.ratio for side in size)
    figure.set_size_inches(width / canvas.dpi, height / canvas.dpi, forward=False)
    return figure


def draw_for(chart: TrendChart, canvas: CanvasSize) -> Drawn:
    """``chart`` drawn (with Agg, on any thread) for the chart canvas ``canvas`` describes."""
    from journal.charts.figure import draw_chart

    size = canvas.chart(len(chart.panels))
    figure = _figure(size, canvas)
    drawing = draw_chart(figure, chart)
    figure.canvas.draw()
    return Drawn(figure, size, drawing)


def draw_dates_for(chart: TrendChart, canvas: CanvasSize, left: float, width: float) -> Drawn:
    """The date bar over ``chart``, whose plot area is ``left`` and ``width`` pixels."""
    from journal.charts.date_axis import BAR_PX, draw_date_bar

    size = (canvas.bar_width, BAR_PX)
    figure = _figure(size, canvas)
    shown = (chart.first, chart.last, left, width)
    draw_date_bar(figure, *shown)
    figure.canvas.draw()
    return Drawn(figure, size, shown=shown)


def take_apart(figures: Sequence[object]) -> None:
    """Empty figures no longer shown (on any thread), so that little of them is left for the
    cyclic collector.

    A drawn chart is some twenty thousand objects bound in cycles (each artist knows its
    figure and axes), which only a full collection frees, and a full collection holds the
    interpreter lock, the UI thread's included, for as long as it walks every object there
    is and frees the garbage it found: emptied, a figure leaves less than half as much to
    free, and what is emptied is freed here, off the UI thread.
    """
    for figure in figures:
        figure.clear()
        figure.canvas.figure = None  # the canvas it was parked on, and it, hold each other


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

    def retire(self, figures: Sequence[object]) -> None:
        """Take apart ``figures``, shown no more, on the pool thread (:func:`take_apart`)."""
        self._pool.start(lambda: take_apart(figures))

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
