"""Threshold labels ("38.0 °C", "30 min") sit where no point of their panel is."""

from __future__ import annotations

from datetime import timedelta

import numpy as np
from charts.chart_builders import FIRST, artist, snapshot_of

from journal.charts.figure import build_figure
from journal.charts.panels import trend_chart

LAST = FIRST + timedelta(days=29)


def _figure(days, keys, width=1366, height=500):
    figure = build_figure(trend_chart(snapshot_of(days), keys, FIRST, LAST), width, height)
    figure.canvas.draw()
    return figure


def _covered(figure, gid: str) -> list[tuple[float, float]]:
    """The plotted points of the label's panel that lie under the label and its background."""
    label = artist(figure, gid)
    ax = label.axes
    box = label.get_bbox_patch().get_window_extent().transformed(ax.transData.inverted())
    covered = []
    for line in ax.get_lines():
        x, y = np.asarray(line.get_xdata(), float), np.asarray(line.get_ydata(), float)
        inside = (x >= box.x0) & (x <= box.x1) & (y >= box.y0) & (y <= box.y1)
        covered.extend(zip(x[inside], y[inside], strict=True))
    return covered


def test_the_fever_label_moves_off_fevers_at_the_right_end_of_the_line():
    days = {i: {"temperature": 37.0} for i in range(27)}
    days.update({i: {"temperature": 38.02} for i in range(27, 30)})
    figure = _figure(days, ["temperature"])
    assert _covered(figure, "reference_label:temperature") == []


def test_the_stiffness_label_finds_room_among_mornings_close_to_30_minutes():
    values = [31, 29, 33, 28, 30, 32, 27, 34, 29, 31] * 3
    values[0] = values[-1] = 30.2
    figure = _figure(
        {i: {"stiffness_minutes": v} for i, v in enumerate(values)}, ["stiffness_minutes"]
    )
    assert _covered(figure, "reference_label:stiffness_minutes") == []


def test_the_labels_stay_off_the_points_in_a_short_panel_and_a_narrow_chart():
    days = {
        i: {"temperature": 38.0 + 0.1 * (i % 3), "stiffness_minutes": 30 + (i % 4)}
        for i in range(30)
    }
    figure = _figure(days, ["temperature", "stiffness_minutes"], width=500, height=260)
    assert _covered(figure, "reference_label:temperature") == []
    assert _covered(figure, "reference_label:stiffness_minutes") == []


def test_the_label_sits_on_its_line_beside_the_data():
    figure = _figure({0: {"temperature": 36.8}}, ["temperature"])
    label = artist(figure, "reference_label:temperature")
    box = label.get_window_extent().transformed(label.axes.transData.inverted())
    # Just above the line at the right end, where this panel has nothing.
    assert 38.0 < box.y0 < 38.2
    assert box.x1 > label.axes.get_xlim()[1] - 2


def test_among_years_of_readings_around_it_the_label_goes_above_the_plot():
    first = FIRST
    # Weekly means close to 30 minutes all along: no room beside the line anywhere.
    days = {i: {"stiffness_minutes": float(i * 37 % 61)} for i in range(3650)}
    chart = trend_chart(
        snapshot_of(days), ["stiffness_minutes"], first, first + timedelta(days=3649)
    )
    figure = build_figure(chart, 600, 300)
    figure.canvas.draw()
    label = artist(figure, "reference_label:stiffness_minutes")
    assert label.get_text() == "30 min (dashed line)"
    assert label.get_window_extent().y0 >= label.axes.bbox.y1
    assert _covered(figure, "reference_label:stiffness_minutes") == []
