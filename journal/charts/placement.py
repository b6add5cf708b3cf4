"""Where a threshold's label goes: beside its line, where no data is.

The words "38.0 °C" written over a fever reading would hide the very point they explain, so
the label tries the right end of its line, then the left, above and then below, and then
places in between, and takes the first place that covers no point and crosses no line. When
every place beside the line covers a point (years of dense readings), there is none: the
caller puts the label outside the plot. All in data coordinates, so it is tested as data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Box:
    """A rectangle in data coordinates."""

    left: float
    bottom: float
    right: float
    top: float

    def contains(self, x: np.ndarray, y: np.ndarray) -> np.ndarray:
        """Which of the points (x, y) lie inside the box, edges included."""
        return (x >= self.left) & (x <= self.right) & (y >= self.bottom) & (y <= self.top)

    @property
    def centre(self) -> tuple[float, float]:
        """The middle of the box."""
        return (self.left + self.right) / 2, (self.bottom + self.top) / 2


Points = tuple[np.ndarray, np.ndarray]


def label_box(
    value: float,
    size: tuple[float, float],
    lines: Sequence[Points],
    xlim: tuple[float, float],
    ylim: tuple[float, float],
) -> Box | None:
    """Where the label of a threshold line at ``value`` covers no data.

    Args:
        value: the threshold, where the line is drawn.
        size: the label's (width, height) in data units, with the clearance it needs.
        lines: the drawn lines as (x, y) arrays; NaN marks a gap, where no line is drawn.
        xlim: the shown x range (left, right).
        ylim: the shown y range (bottom, top); the label stays inside it when it can.

    Returns:
        The first of the candidate places with no point in it and no line through it, else
        the first with no point in it (its background keeps it readable over the line), or
        None when every place covers a point.
    """
    width, height = size
    crossed = None
    for box in _candidates(value, width, height, xlim, ylim):
        if _points_in(box, lines):
            continue
        if not _lines_through(box, lines):
            return box
        crossed = crossed or box
    return crossed


def _candidates(value, width, height, xlim, ylim):
    left, right = xlim
    bottom, top = ylim
    # Above the line, then below it; on the line itself only when neither fits the panel.
    fits = [s for s in (value, value - height) if bottom <= s and s + height <= top]
    sides = fits or [value - height / 2]
    ends = [right - width, left]
    slide = max(width / 2, (right - left) / 200)
    between = np.arange(right - width - slide, left, -slide)
    for x in [*ends, *between]:
        for y in sides:
            yield Box(x, y, x + width, y + height)


def _points_in(box: Box, lines: Sequence[Points]) -> int:
    return sum(int(np.count_nonzero(box.contains(x, y))) for x, y in lines)


def _lines_through(box: Box, lines: Sequence[Points]) -> int:
    """How many drawn segments cross the box (Liang–Barsky clipping, all at once)."""
    count = 0
    for x, y in lines:
        if len(x) < 2:
            continue
        x0, y0, x1, y1 = x[:-1], y[:-1], x[1:], y[1:]
        drawn = np.isfinite(x0) & np.isfinite(y0) & np.isfinite(x1) & np.isfinite(y1)
        x0, y0, dx, dy = x0[drawn], y0[drawn], (x1 - x0)[drawn], (y1 - y0)[drawn]
        enter, leave = np.zeros(len(x0)), np.ones(len(x0))
        inside = np.ones(len(x0), dtype=bool)
        for p, q in (
            (-dx, x0 - box.left),
            (dx, box.right - x0),
            (-dy, y0 - box.bottom),
            (dy, box.top - y0),
        ):
            parallel = p == 0
            inside &= ~(parallel & (q < 0))
            with np.errstate(divide="ignore", invalid="ignore"):
                t = np.where(parallel, 0.0, q / np.where(parallel, 1.0, p))
            enter = np.where(p < 0, np.maximum(enter, t), enter)
            leave = np.where(p > 0, np.minimum(leave, t), leave)
        count += int(np.count_nonzero(inside & (enter <= leave)))
    return count
