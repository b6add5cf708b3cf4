"""Drawing ten years of trends, against matplotlib drawing every raw point itself."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import numpy as np
from matplotlib import dates as mdates
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from benchmarks.timing import Result, best_of
from journal.charts.figure import build_figure
from journal.charts.panels import DEFAULT_PANELS, trend_chart
from journal.checkin import CheckIn
from journal.snapshot import JournalSnapshot

DAYS = 3650
PER_DAY = 4
WIDTH, HEIGHT, DPI = 1200, 800, 100
FIRST = date(2016, 1, 1)
KEYS = ("pain_now", "pain_worst", "temperature", "stiffness_minutes", "fatigue", "weight")


def _snapshot() -> JournalSnapshot:
    checkins = []
    for day in range(DAYS):
        on = FIRST + timedelta(days=day)
        for slot in range(PER_DAY):
            i = day * PER_DAY + slot
            checkins.append(
                CheckIn(
                    datetime.combine(on, time(7 + 4 * slot)).astimezone(),
                    {
                        "pain_now": float(i % 11),
                        "pain_worst": float((i + 3) % 11),
                        "temperature": 36.5 + (i % 15) / 10,
                        "stiffness_minutes": float(i % 90),
                        "fatigue": float(i % 7),
                        "weight": 70 + (i % 50) / 10,
                    },
                    id=i + 1,
                )
            )
    return JournalSnapshot(checkins=tuple(checkins))


def _raw_points(snapshot: JournalSnapshot) -> tuple[np.ndarray, dict[str, np.ndarray]]:
    x = mdates.date2num(np.array([c.taken_at.replace(tzinfo=None) for c in snapshot.checkins]))
    return x, {key: np.array([c.values[key] for c in snapshot.checkins]) for key in KEYS}


def _raw_render(x: np.ndarray, values: dict[str, np.ndarray]) -> None:
    """The floor: every raw point, the same five panels, one figure, Agg."""
    figure = Figure(figsize=(WIDTH / DPI, HEIGHT / DPI), dpi=DPI)
    canvas = FigureCanvasAgg(figure)
    axes = figure.subplots(len(DEFAULT_PANELS), 1, sharex=True)
    axes[0].plot(x, values["pain_now"])
    axes[0].plot(x, values["pain_worst"])
    for ax, key in zip(axes[1:], KEYS[2:], strict=True):
        ax.plot(x, values[key])
    canvas.draw()


def run() -> list[Result]:
    snapshot = _snapshot()
    last = FIRST + timedelta(days=DAYS - 1)

    def ours() -> None:
        chart = trend_chart(snapshot, DEFAULT_PANELS, FIRST, last)
        build_figure(chart, WIDTH, HEIGHT, DPI).canvas.draw()

    x, values = _raw_points(snapshot)
    ours()  # first calls load fonts and caches for both
    _raw_render(x, values)
    return [
        Result(
            "draw 10 years of trends (3,650 days × 4 check-ins), all-time view",
            best_of(ours, 5),
            best_of(lambda: _raw_render(x, values), 5),
            "raw matplotlib render of every point",
            2.0,
        )
    ]


if __name__ == "__main__":
    for result in run():
        print(result.line())
