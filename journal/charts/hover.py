"""Points a pointer can rest on or click, and the words that describe them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np
from matplotlib.axes import Axes

from journal.charts.aggregation import Plotted
from journal.charts.chart import Panel
from journal.charts.series import NO_CHECKIN, Reduce
from journal.dates import day_text
from journal.numbers import written
from journal.translation import translate


def _as_date(day: np.datetime64) -> date:
    return day.astype("datetime64[D]").astype(date)


@dataclass(frozen=True, eq=False)
class HoverPoints:
    """The points of one drawn line.

    Attributes:
        axes: the panel they are drawn in.
        panel: the panel's data.
        label: the line's name ("Pain now").
        plotted: what was drawn: days, values, the check-in behind each point.
        reduce: how a point's days were combined, when it covers several.
        x: the points' positions as matplotlib date numbers.
    """

    axes: Axes
    panel: Panel
    label: str
    plotted: Plotted
    reduce: Reduce
    x: np.ndarray

    def checkin_id(self, index: int) -> int | None:
        """The check-in a point opens, or None for measurements and empty points."""
        found = int(self.plotted.checkin_ids[index])
        return None if found == NO_CHECKIN else found

    def describe(self, index: int) -> str:
        """Date and value of a point: "Tue 3 Nov 2026 — Pain now: 6"."""
        plotted = self.plotted
        start, end = _as_date(plotted.starts[index]), _as_date(plotted.ends[index])
        if start == end:
            when = day_text(start)
        else:
            when = translate("Charts", "{first} to {last}").format(
                first=day_text(start), last=day_text(end)
            )
        combined = end > start
        return f"{when} — {self.label}: {self._value(float(plotted.y[index]), combined)}"

    def _value(self, value: float, combined: bool) -> str:
        if self.panel.yes_no:
            return translate("Charts", "yes") if value >= 0.5 else translate("Charts", "no")
        shown = written(value).removesuffix(written(0.0)[1:])  # no ".0" (",0") on a whole value
        text = f"{shown} {self.panel.unit}".strip()
        if combined:
            if self.reduce is Reduce.MEAN:
                text += translate("Charts", " (mean)")
            else:
                text += translate("Charts", " (highest)")
        return text


def point_near(
    targets: tuple[HoverPoints, ...], x_px: float, y_px: float, radius: float = 10.0
) -> tuple[HoverPoints, int] | None:
    """The drawn point nearest to a pointer position in pixels, within ``radius``."""
    best: tuple[HoverPoints, int] | None = None
    best_distance = radius
    for target in targets:
        if not target.axes.bbox.contains(x_px, y_px) or len(target.x) == 0:
            continue
        y = target.plotted.y
        shown = ~np.isnan(y)
        if not shown.any():
            continue
        xy = target.axes.transData.transform(np.column_stack([target.x[shown], y[shown]]))
        distances = np.hypot(xy[:, 0] - x_px, xy[:, 1] - y_px)
        nearest = int(np.argmin(distances))
        if distances[nearest] <= best_distance:
            best_distance = float(distances[nearest])
            best = (target, int(np.flatnonzero(shown)[nearest]))
    return best
