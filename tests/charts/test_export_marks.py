"""An exported chart says when its points are weeks rather than days."""

from __future__ import annotations

from datetime import timedelta

from charts.chart_builders import FIRST, artists, snapshot_of

from journal.charts.export import COMBINED_NOTE, export_figure
from journal.charts.panels import trend_chart


def _exported(days: int):
    values = {d: {"pain_now": float(d % 10), "stiffness_minutes": 20.0} for d in range(days)}
    chart = trend_chart(
        snapshot_of(values), ["pain", "stiffness_minutes"], FIRST, FIRST + timedelta(days - 1)
    )
    return export_figure(chart)


def test_a_chart_of_weeks_says_so_and_a_chart_of_days_does_not():
    weeks = artists(_exported(1500), "export:combined")
    assert [t.get_text() for t in weeks] == [COMBINED_NOTE]
    assert artists(_exported(365), "export:combined") == []


def test_a_chart_of_days_still_carries_every_day():
    figure = _exported(365)
    line = artists(figure, "line:pain_now")[0]
    assert len(line.get_ydata()) == 365
