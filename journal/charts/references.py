"""Threshold lines (38.0 °C, 30 minutes) and their labels, kept off the data.

A label goes beside its line where no point is; failing that, above the plot at the right.
"""

from __future__ import annotations

from collections.abc import Sequence

from matplotlib.axes import Axes
from matplotlib.text import Text

from journal.charts.chart import Panel
from journal.charts.placement import Points, label_box
from journal.charts.style import FONT, REFERENCE_COLOUR
from journal.translation import translate

# Clear space around a label's words, in pixels at 100 dpi: room for its background and
# for the markers of points beside it.
LABEL_CLEARANCE_PX = 4


def draw_references(ax: Axes, panel: Panel, lines: Sequence[Points]) -> list[Text]:
    """Draw ``panel``'s threshold lines, each label where no point of ``lines`` is.

    Call once the panel's value axis is final: the label's place depends on its limits.
    """
    labels = []
    for reference in panel.references:
        ax.axhline(
            reference.value,
            color=REFERENCE_COLOUR,
            linewidth=0.9,
            linestyle="--",
            gid=f"reference:{panel.key}",
        )
        label = ax.text(
            0.0,
            reference.value,
            reference.label,
            ha="center",
            va="center",
            fontsize=FONT - 1,
            color=REFERENCE_COLOUR,
            # Readable if a line must cross it after all.
            bbox={"facecolor": "white", "edgecolor": "none", "alpha": 0.8, "pad": 1},
            gid=f"reference_label:{panel.key}",
            zorder=4,
        )
        _place(ax, label, reference.value, lines)
        labels.append(label)
    return labels


def _place(ax: Axes, label: Text, value: float, lines: Sequence[Points]) -> None:
    renderer = ax.figure.canvas.get_renderer()
    words = label.get_window_extent(renderer)
    clearance = LABEL_CLEARANCE_PX * ax.figure.dpi / 100
    (left, right), (bottom, top) = ax.get_xlim(), ax.get_ylim()
    box_px = ax.bbox
    size = (
        (words.width + 2 * clearance) * (right - left) / max(box_px.width, 1.0),
        (words.height + 2 * clearance) * (top - bottom) / max(box_px.height, 1.0),
    )
    box = label_box(value, size, lines, (left, right), (bottom, top))
    if box is not None:
        label.set_position(box.centre)
        return
    # Readings everywhere beside the line: above the plot at the right, in the title's row,
    # which panels with a threshold leave free (they have one line and so no legend).
    label.set_text(translate("Charts", "{label} (dashed line)").format(label=label.get_text()))
    label.set_transform(ax.transAxes)
    label.set_position((1.0, 1.0 + clearance / max(box_px.height, 1.0)))
    label.set_horizontalalignment("right")
    label.set_verticalalignment("bottom")
