"""The date axis drawn with matplotlib: under the chart, and as a bar that stays in view.

Both place their ticks with :func:`journal.charts.date_ticks.date_ticks` for the same plot
width, so the bar above a scrolled chart names the very days the chart's grid lines mark.
"""

from __future__ import annotations

from datetime import date

from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.ticker import NullLocator

from journal.charts.date_ticks import DateTick, date_ticks, max_ticks_for
from journal.charts.series import day_count, days_between
from journal.charts.style import FONT, HALF_DAY, day_number

# Up to about three months a small mark for every day helps count days between the labels.
DAY_MARKS_UP_TO = 92
BAR_PX = 22  # height of the date bar at 100 dpi


def set_date_ticks(ax: Axes, first: date, last: date, plot_px: float) -> list[DateTick]:
    """Tick and label ``ax``'s time axis for ``first`` to ``last`` on ``plot_px`` pixels."""
    # Labels grow with the dpi (150 on a screen at 150 %): count the room at 100 dpi.
    ticks = date_ticks(first, last, max_ticks_for(plot_px * 100 / ax.figure.dpi))
    ax.set_xticks([day_number(t.day) for t in ticks], [t.label for t in ticks])
    if day_count(first, last) <= DAY_MARKS_UP_TO:
        ax.set_xticks([day_number(d) for d in days_between(first, last)], minor=True)
        ax.tick_params(axis="x", which="minor", length=2)
    else:
        ax.xaxis.set_minor_locator(NullLocator())
    return ticks


def draw_date_bar(figure: Figure, first: date, last: date, left_px: float, plot_px: float) -> Axes:
    """Clear ``figure`` and draw only the date labels, over a plot area ``plot_px`` wide.

    Args:
        figure: the bar's figure, as wide as the chart's.
        first: the first day shown.
        last: the last day shown.
        left_px: where the chart's plot area begins, in the figure's pixels.
        plot_px: the width of the chart's plot area, in pixels.
    """
    figure.clear()
    figure.set_facecolor("white")
    width, height = figure.get_size_inches() * figure.dpi
    # A flat axes along the bottom edge; its labels stand above it, over the chart below.
    ax = figure.add_axes([left_px / width, 0.0, max(1.0, plot_px) / width, 1 / max(height, 1)])
    ax.set_xlim(day_number(first) - HALF_DAY, day_number(last) + HALF_DAY)
    ax.set_yticks([])
    for side in ("left", "right", "bottom"):
        ax.spines[side].set_visible(False)
    ax.spines["top"].set_color("#bdc3c7")
    ax.xaxis.set_ticks_position("top")
    ax.tick_params(axis="x", labelsize=FONT, labeltop=True, labelbottom=False, pad=2)
    set_date_ticks(ax, first, last, plot_px)
    ax.patch.set_visible(False)
    return ax
