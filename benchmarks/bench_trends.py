"""The all-time trend chart of a journal, and the window's Trends page changing its range.

The chart: our trend chart of every check-in, built and drawn (Agg, 1200×800), against
matplotlib drawing every raw point of the same metrics on as many panels. Target: 2×.

The range change: the window shows Trends; its range goes from the last 30 days to all time
and back, and a timer probe measures the longest the window stopped answering until the
new chart was drawn. Target: no stall over 100 ms.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
from matplotlib import dates as mdates
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure as PlotFigure

from benchmarks.event_loop import StallProbe, application, idle, wait_until
from benchmarks.suite import Suite
from benchmarks.timing import Figure, Runs, Target, repeats, timed
from journal.charts.figure import build_figure
from journal.charts.panels import DEFAULT_PANELS, trend_chart
from journal.snapshot import JournalSnapshot
from journal.store import open_journal

WIDTH, HEIGHT, DPI = 1200, 800, 100
KEYS = ("pain_now", "pain_worst", "temperature", "stiffness_minutes", "fatigue", "weight")


def _raw_points(snapshot: JournalSnapshot) -> tuple[dict[str, np.ndarray], dict[str, np.ndarray]]:
    xs, ys = {}, {}
    for key in KEYS:
        having = [c for c in snapshot.checkins if key in c.values]
        xs[key] = mdates.date2num(np.array([c.taken_at.replace(tzinfo=None) for c in having]))
        ys[key] = np.array([c.values[key] for c in having])
    return xs, ys


def _raw_render(xs: dict, ys: dict) -> None:
    """The floor: every raw point, one panel per default panel, one figure, Agg."""
    figure = PlotFigure(figsize=(WIDTH / DPI, HEIGHT / DPI), dpi=DPI)
    canvas = FigureCanvasAgg(figure)
    axes = figure.subplots(len(DEFAULT_PANELS), 1, sharex=True)
    axes[0].plot(xs["pain_now"], ys["pain_now"])
    axes[0].plot(xs["pain_worst"], ys["pain_worst"])
    for ax, key in zip(axes[1:], KEYS[2:], strict=False):
        ax.plot(xs[key], ys[key])
    canvas.draw()


def _chart(snapshot: JournalSnapshot) -> tuple[Runs, Runs]:
    first, last = snapshot.first_day, snapshot.last_day

    def ours() -> None:
        chart = trend_chart(snapshot, DEFAULT_PANELS, first, last)
        build_figure(chart, WIDTH, HEIGHT, DPI).canvas.draw()

    xs, ys = _raw_points(snapshot)
    ours()  # first calls load fonts and caches for both
    _raw_render(xs, ys)
    return timed(ours), timed(lambda: _raw_render(xs, ys))


def _range_changes(path: Path) -> tuple[Runs, Runs]:
    """Longest stall and time to the drawn chart, of each change of the range to all time."""
    from journal.app import create_window

    application()
    window = create_window(path)
    window.resize(1280, 820)
    window.show()
    idle(0.3)
    trends = window.trends
    window.pages.setCurrentWidget(trends)
    box = trends.range_box
    short, whole = box.findData("30d"), box.findData("all")
    if short < 0:
        short = 0
    box.setCurrentIndex(short)
    wait_until(lambda: trends.drawing is not None)
    idle(0.5)
    probe = StallProbe()
    stalls, shown = [], []
    for _ in range(repeats()):
        for index in (whole, short):
            before = trends.drawing
            probe.start()
            start = time.perf_counter()
            box.setCurrentIndex(index)
            wait_until(lambda before=before: trends.drawing is not before)
            idle(0.1)  # the canvas paints on the next turn of the loop
            if index == whole:
                stalls.append(probe.stop())
                shown.append(time.perf_counter() - start - 0.1)
            else:
                probe.stop()
            idle(0.05)
    window.close()
    window.deleteLater()
    idle(0.1)
    return Runs.of(stalls), Runs.of(shown)


def run(suite: Suite) -> Iterator[Figure]:
    probe = StallProbe()
    application()
    floor_stalls = []
    for _ in range(repeats()):
        probe.start()
        idle(0.15)
        floor_stalls.append(probe.stop())
    quiet = Runs.of(floor_stalls)
    for journal in suite.journals:
        with open_journal(journal.path) as store:
            snapshot = store.snapshot()
        ours, floor = _chart(snapshot)
        yield Figure(
            "all-time trend chart, drawn",
            journal.label,
            ours,
            floor,
            "raw matplotlib render of every point",
            Target(ratio=2.0),
        )
        del snapshot
        stalls, shown = _range_changes(journal.copy_to(suite.folder("trends")))
        yield Figure(
            "Trends range → all time: longest UI stall",
            journal.label,
            stalls,
            quiet,
            "probe in an idle loop",
            Target(limit=0.100),
        )
        yield Figure(
            "Trends range → all time: chart redrawn",
            journal.label,
            shown,
            floor,
            "raw matplotlib render of every point",
        )
