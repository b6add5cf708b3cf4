"""Drawing a trend chart with matplotlib: stacked panels sharing the time axis.

No pyplot and no Qt: the window draws into its canvas's figure, the appointment summary
into a figure of its own size. Margins are fixed in pixels, so the width of the plot area
(and with it how many points a line may have) is known before anything is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from matplotlib import dates as mdates
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import FuncFormatter, MaxNLocator

from journal.charts.aggregation import fit_keeping, fit_points, fit_to_width
from journal.charts.chart import Panel, Role, TrendChart
from journal.charts.date_axis import set_date_ticks
from journal.charts.hover import HoverPoints
from journal.charts.references import draw_references
from journal.charts.series import DailySeries, day_count
from journal.charts.strip import course_rows, draw_strip
from journal.charts.style import (
    BAND_COLOUR,
    COLOURS,
    EVENT_COLOUR,
    FONT,
    HALF_DAY,
    MEAN_STYLE,
    QUIET_TEXT_COLOUR,
    ROLE_STYLE,
    day_number,
)
from journal.numbers import decimal_mark, written_short
from journal.translation import translate

# The bottom margin holds one line of dates ("26 Oct 2026"; the year is in the labels).
LEFT_PX, RIGHT_PX, TOP_PX, BOTTOM_PX = 62, 14, 4, 26
TITLE_PX, GAP_PX, STRIP_ROW_PX = 22, 4, 16


@dataclass(frozen=True, eq=False)
class ChartDrawing:
    """A drawn chart, for hovering and clicking.

    Attributes:
        figure: the figure drawn into.
        panel_axes: one axes per panel, top to bottom.
        strip: the axes above the panels with medicine courses, appointments and flags.
        points: the drawn lines' points.
    """

    figure: Figure
    panel_axes: tuple[Axes, ...]
    strip: Axes | None
    points: tuple[HoverPoints, ...]


def build_figure(chart: TrendChart, width_px: int, height_px: int, dpi: int = 100) -> Figure:
    """A new figure of ``width_px`` × ``height_px`` pixels showing ``chart``."""
    figure = Figure(figsize=(width_px / dpi, height_px / dpi), dpi=dpi)
    FigureCanvasAgg(figure)
    draw_chart(figure, chart)
    return figure


def draw_chart(
    figure: Figure, chart: TrendChart, top_px: float = TOP_PX, bottom_px: float = BOTTOM_PX
) -> ChartDrawing:
    """Clear ``figure`` and draw ``chart`` into it, fitted to the figure's size.

    Args:
        figure: the figure to draw into.
        chart: what to draw.
        top_px: pixels at 100 dpi left free above the chart (for an exported chart's title).
        bottom_px: pixels at 100 dpi below the panels, for the dates and anything under them.
    """
    if not hasattr(figure.canvas, "get_renderer"):
        # Threshold labels are measured before they are placed.
        FigureCanvasAgg(figure)
    figure.clear()
    figure.set_facecolor("white")
    width, height = figure.get_size_inches() * figure.dpi
    if not chart.panels:
        figure.text(
            0.5,
            0.5,
            translate("Charts", "Choose what to show under Metrics."),
            ha="center",
            va="center",
        )
        return ChartDrawing(figure, (), None, ())
    # Margins are pixels at 100 dpi; a screen at 150 % draws at 150 dpi, and the text
    # they hold grows with it.
    scale = figure.dpi / 100
    margin_left, title_px, gap_px = LEFT_PX * scale, TITLE_PX * scale, GAP_PX * scale
    rows = course_rows(chart)
    strip_rows = (max(rows, default=-1) + 1) + (1 if chart.flags or chart.events else 0)
    strip_px = strip_rows * STRIP_ROW_PX * scale
    count = len(chart.panels)
    free = height - (top_px + bottom_px) * scale - strip_px - (gap_px if strip_px else 0)
    panel_px = max(12.0, (free - count * title_px - (count - 1) * gap_px) / count)
    plot_px = max(1.0, width - margin_left - RIGHT_PX * scale)

    def box(top: float, size_px: float) -> list[float]:
        return [margin_left / width, (top - size_px) / height, plot_px / width, size_px / height]

    top = height - top_px * scale
    strip = None
    if strip_px:
        strip = figure.add_axes(box(top, strip_px))
        top -= strip_px + gap_px
    axes: list[Axes] = []
    for _ in chart.panels:
        top -= title_px
        axes.append(figure.add_axes(box(top, panel_px), sharex=axes[0] if axes else strip))
        top -= panel_px + gap_px
    left, right = day_number(chart.first) - HALF_DAY, day_number(chart.last) + HALF_DAY
    axes[0].set_xlim(left, right)
    pixels, days = int(plot_px), day_count(chart.first, chart.last)
    points: list[HoverPoints] = []
    for ax, panel in zip(axes, chart.panels, strict=True):
        points.extend(_draw_panel(ax, panel, chart, pixels, days))
        _shade(ax, chart)
        ax.tick_params(labelbottom=False, labelsize=FONT)
    if strip is not None:
        draw_strip(strip, chart, rows, strip_rows)
    # The axes share one time axis: its ticks, set once, mark every panel.
    set_date_ticks(axes[-1], chart.first, chart.last, plot_px)
    axes[-1].tick_params(labelbottom=True)
    return ChartDrawing(figure, tuple(axes), strip, tuple(points))


def _draw_panel(ax: Axes, panel: Panel, chart: TrendChart, pixels: int, days: int):
    # Placed at the top, as matplotlib would place it: given, so that matplotlib does not
    # measure every tick label of the panel to find out, which took a quarter of a chart.
    ax.set_title(panel.title, loc="left", fontsize=FONT + 1, pad=3, y=1.0)
    # Grid lines down from every date label, so a panel far below the dates still reads.
    ax.grid(axis="both", color="#e5e7e9", linewidth=0.6)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    drawn, shown = [], []
    thresholds = [reference.value for reference in panel.references]
    for index, line in enumerate(panel.lines):
        if isinstance(line.series, DailySeries) and line.role is Role.MEAN:
            plotted = fit_to_width(line.series, pixels, line.reduce)
        elif isinstance(line.series, DailySeries):
            # Combined into weeks, a line still shows each threshold crossed.
            plotted = fit_keeping(line.series, pixels, line.reduce, thresholds)
        else:
            plotted = fit_points(line.series, chart.first, pixels, days)
        x = mdates.date2num(plotted.x) if len(plotted) else np.array([])
        style = _style(line.key, line.role, index, len(plotted), panel.yes_no)
        ax.plot(x, plotted.y, label=line.label, gid=f"line:{line.key}", **style)
        shown.append((x, plotted.y))
        if line.role is not Role.MEAN:
            drawn.append(HoverPoints(ax, panel, line.label, plotted, line.reduce, x))
    _value_axis(ax, panel)
    draw_references(ax, panel, shown)
    if len(panel.lines) > 1:
        ax.legend(
            loc="lower right",
            bbox_to_anchor=(1.0, 1.0),
            ncols=len(panel.lines),
            frameon=False,
            fontsize=FONT,
            borderaxespad=0.1,
            handlelength=1.6,
            columnspacing=1.2,
        )
    if not any(np.isfinite(p.plotted.y).any() for p in drawn):
        ax.text(
            0.5,
            0.5,
            translate("Charts", "Nothing recorded in this period"),
            transform=ax.transAxes,
            ha="center",
            va="center",
            fontsize=FONT,
            color=QUIET_TEXT_COLOUR,
            # Over the threshold lines, which would otherwise strike the words through.
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 3},
            zorder=5,
        )
        # With no values the automatic scale is meaningless (-0.05 to 0.05 kg, say).
        ax.set_yticks([])
    return drawn


def _style(key: str, role: Role, index: int, count: int, yes_no: bool) -> dict:
    if role is Role.MEAN:
        return dict(MEAN_STYLE)
    style = dict(ROLE_STYLE.get(key, {"color": COLOURS[index % len(COLOURS)], "linewidth": 1.2}))
    if role is Role.MEASURE:
        return {**style, "marker": "o", "markersize": 4}
    if yes_no:
        style["drawstyle"] = "steps-mid"
    # Markers keep a day between two gaps visible; on long ranges they would only blur.
    style.update(marker="o", markersize=2.5 if count <= 120 else 1.2)
    return style


def _value_axis(ax: Axes, panel: Panel) -> None:
    if panel.normal_range is not None:
        low, high = panel.normal_range
        if high is not None:
            ax.axhspan(low or 0.0, high, color="#d5f5e3", linewidth=0, gid="normal_range")
        elif low is not None:
            ax.axhline(low, color="#27ae60", linewidth=0.8, linestyle=":", gid="normal_range")
    if panel.yes_no:
        ax.set_ylim(-0.15, 1.15)
        ax.set_yticks([0, 1], [translate("Charts", "no"), translate("Charts", "yes")])
    elif panel.limits is not None:
        bottom, top = panel.limits
        pad = (top - bottom) * 0.04
        ax.set_ylim(bottom - pad, top + pad)
        ax.set_yticks(np.linspace(bottom, top, 3))
    else:
        ax.margins(y=0.15)
        ax.yaxis.set_major_locator(MaxNLocator(nbins=3))
    if not panel.yes_no and decimal_mark() != ".":
        # matplotlib writes "37.6" whatever the language; the user's mark is written here.
        ax.yaxis.set_major_formatter(FuncFormatter(lambda value, _: written_short(value, 4)))


def _shade(ax: Axes, chart: TrendChart) -> None:
    for band in chart.bands:
        ax.axvspan(
            day_number(band.start) - HALF_DAY,
            day_number(band.end) + HALF_DAY,
            color=BAND_COLOUR,
            alpha=0.14,
            linewidth=0,
            gid=f"band:{band.label}",
        )
    for event in chart.events:
        ax.axvline(
            day_number(event.day),
            color=EVENT_COLOUR,
            linewidth=0.9,
            linestyle=":",
            gid=f"event:{event.label}",
        )
