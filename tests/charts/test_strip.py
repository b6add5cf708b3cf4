"""The strip above the panels: a course's name where it can be read."""

from __future__ import annotations

from datetime import timedelta

from charts.chart_builders import FIRST, day_num, snapshot_of

from journal.charts.chart import Band
from journal.charts.figure import build_figure
from journal.charts.panels import trend_chart

LAST = FIRST + timedelta(days=59)


def _label(bands: tuple[Band, ...], name: str):
    snapshot = snapshot_of({d: {"pain_now": 3} for d in range(60)})
    chart = trend_chart(snapshot, ["pain"], FIRST, LAST)
    chart = type(chart)(**{**chart.__dict__, "bands": bands})
    figure = build_figure(chart, 700, 300)
    strip = figure.axes[0]
    (text,) = [t for t in strip.texts if t.get_text().replace("\n", " ").strip() == name]
    return text


def _band(start: int, end: int, name: str) -> Band:
    return Band(FIRST + timedelta(days=start), FIRST + timedelta(days=end), name)


def test_a_name_that_fits_its_band_is_written_on_it():
    text = _label((_band(10, 40, "Flucloxacillin"),), "Flucloxacillin")
    assert day_num(FIRST + timedelta(days=10)) <= text.get_position()[0]
    assert text.get_position()[0] < day_num(FIRST + timedelta(days=40))
    assert text.get_horizontalalignment() == "left"


def test_a_name_too_long_for_its_band_is_written_after_it():
    text = _label((_band(0, 1, "Flucloxacillin"),), "Flucloxacillin")
    assert text.get_position()[0] >= day_num(FIRST + timedelta(days=1))
    assert text.get_horizontalalignment() == "left"


def test_a_short_band_at_the_right_edge_has_its_name_before_it():
    text = _label((_band(58, 59, "Paracetamol"),), "Paracetamol")
    assert text.get_position()[0] <= day_num(FIRST + timedelta(days=58))
    assert text.get_horizontalalignment() == "right"


def test_a_long_word_for_medicines_is_made_small_enough_to_fit_left_of_the_strip():
    from journal.translation import install

    install(lambda context, text, *_: "Medikamente und mehr" if text == "Medicines" else text)
    try:
        text = _label((_band(10, 40, "Flucloxacillin"),), "Medikamente und mehr")
        figure = text.figure
        renderer = figure.canvas.get_renderer()
        assert text.get_window_extent(renderer).x0 >= 0  # not cut at the figure's edge
        assert text.get_text() == "Medikamente\nund mehr"
    finally:
        install(None)
