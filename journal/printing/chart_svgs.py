"""The summary's trend charts drawn by matplotlib as SVG: no Qt, so a second process may too.

With ``svg.fonttype`` "none" matplotlib writes its labels as SVG text, so Qt draws them as
text in the PDF: sharp at any zoom, and read by search and screen readers.
"""

from __future__ import annotations

import io
from collections.abc import Iterator

import matplotlib
from matplotlib.artist import Artist
from matplotlib.axis import Axis
from matplotlib.collections import Collection
from matplotlib.colors import to_rgba
from matplotlib.figure import Figure
from matplotlib.patches import Patch

from journal.charts.figure import build_figure
from journal.printing.font_families import FAMILIES
from journal.printing.svg_repairs import ready_for_qt
from journal.summary.blocks import Chart

# matplotlib lays a chart out in pixels at 100 per inch; at that density a figure's inches
# are the paper's, so its 8-point labels print at 8 points.
CHART_DPI = 100
SVG_STYLE = {
    "svg.fonttype": "none",
    "font.family": "sans-serif",
    "font.sans-serif": [*FAMILIES, "sans-serif"],
    # No date or random ids: the same chart gives the same drawing.
    "svg.hashsalt": "summary",
}


def chart_svg(block: Chart, width_mm: float, height_mm: float) -> bytes:
    """``block``'s chart as SVG of ``width_mm`` × ``height_mm``, its text kept as text."""
    width_px = round(width_mm / 25.4 * CHART_DPI)
    height_px = round(height_mm / 25.4 * CHART_DPI)
    with matplotlib.rc_context(SVG_STYLE):
        figure = build_figure(block.chart, width_px, height_px, dpi=CHART_DPI)
        flatten_transparency(figure)
        out = io.BytesIO()
        figure.savefig(out, format="svg", metadata={"Date": None})
    return ready_for_qt(out.getvalue().decode("utf-8")).encode("utf-8")


def flatten_transparency(figure: Figure) -> None:
    """Blend see-through fills onto white.

    PDF/A-1 allows no transparency, so Qt's writer would print a pale band as a solid one;
    the same colour mixed with white looks as it does on screen.
    """
    for artist in _fills(figure):
        if isinstance(artist, Patch):
            face, edge = artist.get_facecolor(), artist.get_edgecolor()
            if _opaque(face) and _opaque(edge):
                continue
            artist.set_alpha(None)
            artist.set_facecolor(_on_white(face))
            artist.set_edgecolor(_on_white(edge))
        else:
            faces, edges = artist.get_facecolors(), artist.get_edgecolors()
            if all(_opaque(c) for c in faces) and all(_opaque(c) for c in edges):
                continue
            artist.set_alpha(None)
            artist.set_facecolors([_on_white(c) for c in faces])
            artist.set_edgecolors([_on_white(c) for c in edges])


def _fills(artist: Artist) -> Iterator[Patch | Collection]:
    """Every patch and collection under ``artist``, as ``findobj`` finds them, faster.

    An axis holds only lines and text (its ticks, labels and grid): the walk goes round it
    rather than through its thousand tick parts, and asking an axis for its children would
    make and place its ticks before the drawing does.
    """
    for child in artist.get_children():
        if isinstance(child, Axis):
            continue
        if isinstance(child, Patch | Collection):
            yield child
        yield from _fills(child)


def _opaque(colour) -> bool:
    alpha = to_rgba(colour)[3]
    # Nothing drawn (alpha 0) stays nothing.
    return alpha >= 1 or alpha == 0


def _on_white(colour) -> tuple[float, float, float, float]:
    red, green, blue, alpha = to_rgba(colour)
    if alpha == 0:
        return (red, green, blue, 0.0)
    return (1 - alpha + red * alpha, 1 - alpha + green * alpha, 1 - alpha + blue * alpha, 1.0)
