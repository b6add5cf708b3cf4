"""The drawn date axis: month names under the chart, the same dates in the bar above it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from charts.chart_builders import day_num, snapshot_of
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from journal.charts.date_axis import draw_date_bar
from journal.charts.figure import build_figure, draw_chart
from journal.charts.markers import FlagMarker
from journal.charts.panels import DEFAULT_PANELS, trend_chart

LAST = date(2026, 11, 21)


def _chart(days: int):
    return trend_chart(snapshot_of({}), DEFAULT_PANELS, LAST - timedelta(days=days - 1), LAST)


def _dates(ax) -> list[str]:
    return [t.get_text() for t in ax.get_xticklabels()]


def test_a_30_day_chart_that_is_mostly_november_says_nov_under_it():
    figure = build_figure(_chart(30), 1366, 700)
    bottom = figure.axes[-1]
    assert _dates(bottom) == ["26 Oct 2026", "2 Nov", "9 Nov", "16 Nov"]
    assert list(bottom.get_xticks()) == [
        day_num(date(2026, 10, 26) + timedelta(weeks=w)) for w in range(4)
    ]


@pytest.mark.parametrize(
    ("days", "first_label"), [(7, "15 Nov 2026"), (365, "Dec 2025"), (3650, "Jan 2017")]
)
def test_other_ranges_are_labelled_with_months_too(days, first_label):
    figure = build_figure(_chart(days), 1366, 700)
    assert _dates(figure.axes[-1])[0] == first_label


def test_only_the_bottom_panel_writes_the_dates_and_every_panel_has_their_grid_lines():
    figure = build_figure(_chart(30), 1366, 700)
    *upper, bottom = figure.axes
    assert bottom.xaxis.get_tick_params()["labelbottom"]
    for ax in upper:
        assert not ax.xaxis.get_tick_params()["labelbottom"]
        assert [line.get_visible() for line in ax.get_xgridlines()] == [True] * 4


def test_the_date_bar_names_the_same_days_at_the_same_places_as_the_chart():
    chart = _chart(90)
    figure = build_figure(chart, 1366, 700)
    plot = figure.axes[-1].bbox
    bar = Figure(figsize=(13.66, 0.22), dpi=100)
    FigureCanvasAgg(bar)
    ax = draw_date_bar(bar, chart.first, chart.last, plot.x0, plot.width)
    assert _dates(ax) == _dates(figure.axes[-1])
    assert (ax.bbox.x0, ax.bbox.x1) == pytest.approx((plot.x0, plot.x1))
    assert ax.get_xlim() == figure.axes[-1].get_xlim()
    assert ax.xaxis.get_tick_params()["labeltop"]


def test_a_screen_at_150_percent_draws_the_same_layout_and_dates_only_larger():
    chart = _chart(30)
    at_100 = Figure(figsize=(13.66, 7), dpi=100)
    at_150 = Figure(figsize=(13.66, 7), dpi=150)
    plain, scaled = draw_chart(at_100, chart), draw_chart(at_150, chart)
    for small, large in zip(plain.panel_axes, scaled.panel_axes, strict=True):
        assert tuple(large.get_position().bounds) == pytest.approx(small.get_position().bounds)
    assert _dates(scaled.panel_axes[-1]) == _dates(plain.panel_axes[-1])


def test_the_strip_above_the_panels_has_no_day_marks_among_its_names():
    flag = FlagMarker(LAST - timedelta(days=3), "Night sweats", "next appointment")
    chart = trend_chart(snapshot_of({}), ["pain"], LAST - timedelta(days=29), LAST, flags=[flag])
    strip = draw_chart(Figure(figsize=(13.66, 4)), chart).strip
    assert not strip.xaxis.get_tick_params(which="minor")["bottom"]
    assert not strip.xaxis.get_tick_params(which="major")["bottom"]
