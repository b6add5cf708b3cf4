"""The drawn figure: each line's data, threshold lines and bands, checked against the journal."""

from __future__ import annotations

import math
from datetime import date, datetime, timedelta

import numpy as np
from charts.chart_builders import FIRST, artist, artists, day_num, snapshot_of
from matplotlib.figure import Figure

from journal.care.records import Appointment, LabResult, Purpose, Regimen, Route
from journal.charts.figure import build_figure, draw_chart
from journal.charts.hover import point_near
from journal.charts.markers import FlagMarker
from journal.charts.panels import DEFAULT_PANELS, trend_chart
from journal.units import TemperatureUnit, UnitPreferences

LAST = FIRST + timedelta(days=9)


def _figure(snapshot, keys=DEFAULT_PANELS, first=FIRST, last=LAST, width=900, **kwargs):
    return build_figure(trend_chart(snapshot, keys, first, last, **kwargs), width, 700)


def test_pain_now_is_drawn_day_by_day_with_gaps_for_missing_days():
    snapshot = snapshot_of({0: {"pain_now": 3}, 1: {"pain_now": 5}, 4: {"pain_now": 8}})
    line = artist(_figure(snapshot), "line:pain_now")
    assert line.get_xdata().tolist() == [day_num(FIRST + timedelta(days=i)) for i in range(10)]
    y = line.get_ydata()
    assert y[0] == 3 and y[1] == 5 and y[4] == 8
    assert np.isnan(y[[2, 3, 5, 6, 7, 8, 9]]).all()


def test_the_7_day_mean_line_is_drawn_from_the_recorded_days():
    snapshot = snapshot_of({i: {"pain_now": float(i)} for i in range(10)})
    mean = artist(_figure(snapshot), "line:pain_now:mean").get_ydata()
    assert np.isnan(mean[:3]).all()  # fewer than four days recorded yet
    assert mean[3] == 1.5 and mean[9] == 6.0


def test_the_fever_line_sits_at_100_4_when_the_user_reads_fahrenheit():
    snapshot = snapshot_of({0: {"temperature": 38.5}})
    figure = _figure(snapshot, ["temperature"], units=UnitPreferences(TemperatureUnit.FAHRENHEIT))
    fever = artist(figure, "reference:temperature")
    assert math.isclose(fever.get_ydata()[0], 100.4)
    assert math.isclose(artist(figure, "line:temperature").get_ydata()[0], 101.3)


def test_the_stiffness_line_sits_at_30_minutes():
    figure = _figure(snapshot_of({0: {"stiffness_minutes": 50}}), ["stiffness_minutes"])
    assert artist(figure, "reference:stiffness_minutes").get_ydata()[0] == 30


def test_a_medicine_course_shades_every_panel_over_its_days():
    course = Regimen.course(
        FIRST + timedelta(days=2),
        1,
        name="Ceftriaxone",
        dose=2,
        dose_unit="g",
        route=Route.IV,
        purpose=Purpose.ANTIBIOTIC,
        times_per_day=1,
    )
    figure = _figure(snapshot_of({0: {"pain_now": 4}}, regimens=(course,)), ["pain", "fatigue"])
    spans = artists(figure, "band:Ceftriaxone")
    assert len(spans) == 2
    for span in spans:
        assert span.get_x() == day_num(course.start) - 0.5
        assert span.get_x() + span.get_width() == day_num(course.end) + 0.5


def test_an_appointment_is_a_vertical_line_on_its_day():
    visit = Appointment(datetime(2026, 3, 6, 10).astimezone(), clinician="Dr Okafor")
    figure = _figure(snapshot_of({0: {"pain_now": 4}}, appointments=(visit,)), ["pain"])
    assert artist(figure, "event:Dr Okafor").get_xdata()[0] == day_num(date(2026, 3, 6))


def test_a_red_flag_is_marked_on_its_day():
    flag = FlagMarker(FIRST + timedelta(days=3), "Night sweats", "warning")
    figure = _figure(snapshot_of({0: {"pain_now": 4}}), ["pain"], flags=[flag])
    assert artist(figure, "flag:Night sweats").get_xdata()[0] == day_num(flag.day)


def test_flags_of_one_kind_are_marked_each_on_its_day_as_marks_alone():
    days = [FIRST + timedelta(days=d) for d in (1, 4, 8)]
    flags = [FlagMarker(day, "Fever with back pain", "urgent") for day in days]
    flags.append(FlagMarker(FIRST + timedelta(days=2), "Night sweats", "soon"))
    figure = _figure(snapshot_of({0: {"pain_now": 4}}), ["pain"], flags=flags)
    fever = artists(figure, "flag:Fever with back pain")
    assert len(fever) == 1  # one artist, however many days
    assert list(fever[0].get_xdata()) == [day_num(d) for d in days]
    assert fever[0].get_linestyle() == "None"  # marks, not a line joining them
    assert list(artist(figure, "flag:Night sweats").get_xdata()) == [day_num(FIRST + timedelta(2))]


def test_lab_values_are_drawn_on_their_days_with_the_normal_range():
    labs = (
        LabResult("CRP", FIRST + timedelta(days=1), 120.0, "mg/L", reference_high=5.0),
        LabResult("CRP", FIRST + timedelta(days=6), 30.0, "mg/L", reference_high=5.0),
    )
    figure = _figure(snapshot_of({}, labs=labs), ["lab:CRP"])
    line = artist(figure, "line:lab:CRP")
    assert line.get_xdata().tolist() == [day_num(r.taken_on) for r in labs]
    assert line.get_ydata().tolist() == [120.0, 30.0]
    normal = artist(figure, "normal_range")
    assert (normal.get_y(), normal.get_y() + normal.get_height()) == (0.0, 5.0)


def test_ten_years_are_drawn_as_weekly_means_with_no_more_points_than_pixels():
    first = date(2016, 1, 4)  # a Monday
    days = {i: {"pain_now": float(i % 10)} for i in range(3650)}
    snapshot = snapshot_of({(first - FIRST).days + i: v for i, v in days.items()})
    last = first + timedelta(days=3649)
    figure = _figure(snapshot, ["pain"], first, last, width=600)
    line = artist(figure, "line:pain_now")
    assert len(line.get_ydata()) <= line.axes.get_window_extent().width
    assert np.diff(line.get_xdata())[0] == 7
    assert line.get_ydata()[0] == np.mean([i % 10 for i in range(7)])


def test_a_weekly_mean_is_the_mean_of_its_days():
    first = date(2026, 1, 5)  # a Monday
    values = {i: {"fatigue": float(i % 7)} for i in range(70)}
    snapshot = snapshot_of({(first - FIRST).days + i: v for i, v in values.items()})
    figure = _figure(snapshot, ["fatigue"], first, first + timedelta(days=69), width=100)
    y = artist(figure, "line:fatigue").get_ydata()
    assert y.tolist() == [3.0] * 10


def test_the_pointer_near_a_point_names_its_date_and_value():
    snapshot = snapshot_of({2: {"pain_now": 6}})
    figure = Figure(figsize=(9, 4), dpi=100)
    drawing = draw_chart(figure, trend_chart(snapshot, ["pain"], FIRST, LAST))
    figure.canvas.draw()
    ax = drawing.panel_axes[0]
    x_px, y_px = ax.transData.transform((day_num(FIRST + timedelta(days=2)), 6))
    target, index = point_near(drawing.points, x_px + 2, y_px - 2)
    assert target.describe(index) == "Tue 3 Mar 2026 — Pain now: 6"
    assert target.checkin_id(index) == 102


def test_no_chosen_panel_says_what_to_do():
    figure = _figure(snapshot_of({}), [])
    assert "Metrics" in figure.texts[0].get_text()


def test_the_pointer_on_a_weekly_point_names_its_week_and_says_mean():
    first = date(2026, 1, 5)  # a Monday
    values = {i: {"fatigue": float(i % 7)} for i in range(70)}
    snapshot = snapshot_of({(first - FIRST).days + i: v for i, v in values.items()})
    chart = trend_chart(snapshot, ["fatigue"], first, first + timedelta(days=69))
    figure = Figure(figsize=(1, 3), dpi=100)
    drawing = draw_chart(figure, chart)
    figure.canvas.draw()
    target = drawing.points[0]
    assert target.describe(1) == "Mon 12 Jan 2026 to Sun 18 Jan 2026 — Fatigue: 3 (mean)"


def test_a_yes_no_symptom_is_drawn_as_yes_or_no_per_day():
    snapshot = snapshot_of({0: {"night_sweats": 1.0}, 1: {"night_sweats": 0.0}})
    figure = _figure(snapshot, ["night_sweats"])
    line = artist(figure, "line:night_sweats")
    assert line.get_ydata()[:2].tolist() == [1.0, 0.0]
    assert [t.get_text() for t in line.axes.get_yticklabels()] == ["no", "yes"]


def test_a_value_axis_is_written_with_the_users_decimal_mark():
    from charts.chart_builders import FIRST, snapshot_of

    from journal.charts.panels import trend_chart
    from journal.numbers import set_decimal_mark

    set_decimal_mark(",")
    try:
        days = {d: {"temperature": 36.5 + (d % 5) * 0.3} for d in range(30)}
        chart = trend_chart(snapshot_of(days), ["temperature"], FIRST, FIRST + timedelta(days=29))
        figure = build_figure(chart, 700, 300)
        figure.canvas.draw()
        ticks = [t.get_text() for ax in figure.axes for t in ax.get_yticklabels() if t.get_text()]
        assert any("," in t for t in ticks), ticks
        assert not any("." in t for t in ticks), ticks
    finally:
        set_decimal_mark(".")
