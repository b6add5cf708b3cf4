"""The strip above the panels: medicine courses by name, appointments and red flags."""

from __future__ import annotations

from datetime import date

from matplotlib.axes import Axes
from matplotlib.text import Text

from journal.charts.chart import TrendChart
from journal.charts.style import (
    BAND_COLOUR,
    EVENT_COLOUR,
    FLAG_COLOURS,
    FLAG_DEFAULT_COLOUR,
    FONT,
    HALF_DAY,
    QUIET_TEXT_COLOUR,
    day_number,
)
from journal.translation import translate


def course_rows(chart: TrendChart) -> list[int]:
    """A row for each band so that overlapping courses do not hide each other."""
    ends: list[date] = []
    rows = []
    for band in chart.bands:
        row = next((i for i, end in enumerate(ends) if end < band.start), len(ends))
        if row == len(ends):
            ends.append(band.end)
        else:
            ends[row] = band.end
        rows.append(row)
    return rows


def draw_strip(ax: Axes, chart: TrendChart, rows: list[int], row_count: int) -> None:
    """Draw the courses in their ``rows`` and, on the last row, appointments and flags."""
    ax.set_ylim(row_count, 0)
    ax.set_yticks([])
    # No tick marks here, the days' small ones included: the courses' names need the room.
    ax.tick_params(which="both", labelbottom=False, bottom=False)
    for spine in ax.spines.values():
        spine.set_visible(False)
    left = ax.get_xlim()[0]
    for band, row in zip(chart.bands, rows, strict=True):
        start, end = day_number(band.start) - HALF_DAY, day_number(band.end) + HALF_DAY
        ax.fill_between(
            [start, end], row + 0.1, row + 0.9, color=BAND_COLOUR, alpha=0.55, linewidth=0
        )
        label = ax.text(
            max(start, left) + 0.5,
            row + 0.5,
            f" {band.label}",
            va="center",
            fontsize=FONT - 0.5,
            clip_on=True,
        )
        _beside_when_narrow(ax, label, max(start, left), end)
    marks = row_count - 1
    if rows:
        _strip_label(ax, translate("Charts", "Medicines"), 1 - (max(rows) + 1) / 2 / row_count)
    for event in chart.events:
        ax.axvline(day_number(event.day), color=EVENT_COLOUR, linewidth=0.9, linestyle=":")
        ax.text(
            day_number(event.day) + HALF_DAY,
            marks + 0.5,
            event.label,
            va="center",
            fontsize=FONT - 1.5,
            color=EVENT_COLOUR,
            clip_on=True,
        )
    # One line of marks per kind of flag, not one per flag: ten years raise hundreds, and
    # each line costs more to make and draw than all of its marks.
    days: dict[tuple[str, str], list[float]] = {}
    for flag in chart.flags:
        days.setdefault((flag.label, flag.level), []).append(day_number(flag.day))
    for (label, level), numbers in days.items():
        ax.plot(
            numbers,
            [marks + 0.55] * len(numbers),
            marker="v",
            markersize=7,
            linestyle="none",
            color=FLAG_COLOURS.get(level, FLAG_DEFAULT_COLOUR),
            gid=f"flag:{label}",
        )
    if chart.flags or chart.events:
        words = translate("Charts", "Flags") if chart.flags else translate("Charts", "Visits")
        _strip_label(ax, words, 1 - (marks + 0.5) / row_count)


def _beside_when_narrow(ax: Axes, label: Text, start: float, end: float) -> None:
    """Move a course's name out beside its band when the band is too short to hold it.

    A name running out of a short band is half on the band and half off, hard to read;
    beside it, on the plain strip, it reads whole: after the band, or before it when the
    band ends at the right edge.
    """
    renderer = ax.figure.canvas.get_renderer()
    to_pixels = ax.transData.transform
    band_left, band_right = to_pixels((start, 0))[0], to_pixels((end, 0))[0]
    if label.get_window_extent(renderer).width <= band_right - band_left:
        return
    axes_left, axes_right = ax.get_window_extent(renderer).x0, ax.get_window_extent(renderer).x1
    width = label.get_window_extent(renderer).width
    if band_right + width <= axes_right or band_left - width < axes_left:
        label.set_x(end)
        label.set_horizontalalignment("left")
    else:
        label.set_x(start)
        label.set_horizontalalignment("right")
        label.set_text(f"{label.get_text().strip()} ")


def _strip_label(ax: Axes, text: str, height: float) -> None:
    label = ax.text(
        -0.01,
        height,
        text,
        transform=ax.transAxes,
        ha="right",
        va="center",
        fontsize=FONT - 1,
        color=QUIET_TEXT_COLOUR,
    )
    _fit_left_margin(ax, label)


# The smallest a strip's name is made to fit the margin; below it, it would not be read.
_SMALLEST_LABEL = FONT - 3


def _fit_left_margin(ax: Axes, label: Text) -> None:
    """Make ``label`` smaller until it fits the margin left of the axes: a longer word than
    the English one ("Warnzeichen" for "Flags") would otherwise be cut at the figure's edge."""
    renderer = ax.figure.canvas.get_renderer()
    room = ax.get_window_extent(renderer).x0 - 2
    size = label.get_fontsize()
    while size > _SMALLEST_LABEL and label.get_window_extent(renderer).width > room:
        size -= 0.5
        label.set_fontsize(size)
    words = label.get_text()
    if label.get_window_extent(renderer).width > room and " " in words:
        label.set_text(_two_lines(words))


def _two_lines(words: str) -> str:
    """``words`` broken at the space that makes the longer of two lines shortest."""
    spaces = [i for i, c in enumerate(words) if c == " "]
    best = min(spaces, key=lambda i: max(i, len(words) - i - 1))
    return f"{words[:best]}\n{words[best + 1 :]}"
