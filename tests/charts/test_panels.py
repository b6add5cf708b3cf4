"""Choosing and gathering what a trend chart shows, from a snapshot."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, datetime, timedelta

from charts.chart_builders import FIRST, snapshot_of

from journal.care.records import Appointment, LabResult, Purpose, Regimen, Route
from journal.charts.chart import Band, EventLine
from journal.charts.markers import FlagMarker
from journal.charts.panels import DEFAULT_PANELS, panel_choices, trend_chart
from journal.charts.series import PointSeries
from journal.lesions.lesion import Lesion, LesionObservation
from journal.metrics import BUILTIN_METRICS, Group, Metric, MetricKind
from journal.pain import Region, Side
from journal.units import TemperatureUnit, UnitPreferences, WeightUnit

LAST = FIRST + timedelta(days=13)


def _panel(chart, key):
    return next(p for p in chart.panels if p.key == key)


def _line(panel, key):
    return next(line for line in panel.lines if line.key == key)


def test_pain_has_now_worst_and_a_7_day_mean():
    chart = trend_chart(snapshot_of({0: {"pain_now": 4, "pain_worst": 6}}), ["pain"], FIRST, LAST)
    assert [line.label for line in _panel(chart, "pain").lines] == [
        "Worst pain",
        "Pain now",
        "7-day mean",
    ]


def test_the_7_day_mean_on_the_first_day_uses_the_days_before_it():
    days = {-6 + i: {"pain_now": float(i)} for i in range(7)}
    chart = trend_chart(snapshot_of(days), ["pain"], FIRST, LAST)
    mean = _line(_panel(chart, "pain"), "pain_now:mean").series
    assert mean.values[0] == 3.0
    assert len(mean.values) == 14


def test_the_fever_line_is_38_degrees_in_celsius_and_100_4_in_fahrenheit():
    snapshot = snapshot_of({0: {"temperature": 37.0}})
    celsius = trend_chart(snapshot, ["temperature"], FIRST, LAST)
    fahrenheit = trend_chart(
        snapshot, ["temperature"], FIRST, LAST, UnitPreferences(TemperatureUnit.FAHRENHEIT)
    )
    assert _panel(celsius, "temperature").references[0].value == 38.0
    assert math.isclose(_panel(fahrenheit, "temperature").references[0].value, 100.4)
    assert _panel(fahrenheit, "temperature").references[0].label == "100.4 °F"
    assert math.isclose(_panel(fahrenheit, "temperature").lines[0].series.values[0], 98.6)


def test_weight_follows_the_users_unit():
    snapshot = snapshot_of({0: {"weight": 80.0}})
    chart = trend_chart(snapshot, ["weight"], FIRST, LAST, UnitPreferences(weight=WeightUnit.LB))
    assert math.isclose(_panel(chart, "weight").lines[0].series.values[0], 176.37, abs_tol=0.01)
    assert _panel(chart, "weight").unit == "lb"


def test_stiffness_has_the_30_minute_line():
    chart = trend_chart(snapshot_of({0: {"stiffness_minutes": 45}}), DEFAULT_PANELS, FIRST, LAST)
    assert [r.value for r in _panel(chart, "stiffness_minutes").references] == [30.0]


def test_a_custom_symptom_is_a_panel_like_a_built_in():
    itch = Metric("itch", "Itch", MetricKind.SCALE, Group.CUSTOM, builtin=False)
    snapshot = replace(snapshot_of({2: {"itch": 6}}), metrics=(*BUILTIN_METRICS, itch))
    assert "itch" in [c.key for c in panel_choices(snapshot)]
    panel = _panel(trend_chart(snapshot, ["itch"], FIRST, LAST), "itch")
    assert panel.lines[0].series.values[2] == 6
    assert panel.limits == (0, 10)


def test_panels_stack_in_catalogue_order_whatever_the_order_chosen():
    chart = trend_chart(snapshot_of({}), ["weight", "pain", "temperature"], FIRST, LAST)
    assert [p.key for p in chart.panels] == ["pain", "temperature", "weight"]


def test_a_medicine_course_is_a_named_band_cut_to_the_range():
    course = Regimen.course(
        FIRST + timedelta(days=10),
        6,
        name="Flucloxacillin",
        dose=2,
        dose_unit="g",
        route=Route.IV,
        purpose=Purpose.ANTIBIOTIC,
        times_per_day=4,
    )
    chart = trend_chart(snapshot_of({}, regimens=(course,)), ["pain"], FIRST, LAST)
    assert chart.bands == (Band(FIRST + timedelta(days=10), LAST, "Flucloxacillin"),)


def test_an_as_needed_medicine_is_not_shaded():
    ibuprofen = Regimen(
        "Ibuprofen", 400, "mg", Route.ORAL, Purpose.PAIN_RELIEF, FIRST, FIRST + timedelta(days=5)
    )
    chart = trend_chart(snapshot_of({}, regimens=(ibuprofen,)), ["pain"], FIRST, LAST)
    assert chart.bands == ()


def test_appointments_and_flags_in_the_range_are_marked():
    visit = Appointment(datetime(2026, 3, 4, 10).astimezone(), clinician="Dr Okafor")
    later = Appointment(datetime(2026, 5, 4, 10).astimezone())
    flag = FlagMarker(date(2026, 3, 3), "Fever with back pain", "warning")
    chart = trend_chart(
        snapshot_of({}, appointments=(visit, later)), ["pain"], FIRST, LAST, flags=[flag]
    )
    assert chart.events == (EventLine(date(2026, 3, 4), "Dr Okafor"),)
    assert chart.flags == (flag,)


def test_each_lab_test_with_numbers_is_a_panel_of_its_own():
    labs = (
        LabResult("CRP", FIRST + timedelta(days=1), 120.0, "mg/L", reference_high=5.0),
        LabResult("CRP", FIRST + timedelta(days=8), 40.0, "mg/L", reference_high=5.0),
        LabResult("ESR", FIRST + timedelta(days=1), 60.0, "mm/h"),
        LabResult("Blood culture", FIRST + timedelta(days=1), text="negative"),
    )
    snapshot = snapshot_of({}, labs=labs)
    assert [c.key for c in panel_choices(snapshot) if c.key.startswith("lab:")] == [
        "lab:CRP",
        "lab:ESR",
    ]
    crp = _panel(trend_chart(snapshot, ["lab:CRP"], FIRST, LAST), "lab:CRP")
    assert crp.lines[0].series.values.tolist() == [120.0, 40.0]
    assert crp.normal_range == (None, 5.0)
    assert crp.title == "CRP (mg/L)"


def test_each_observed_lesion_gives_a_size_and_a_count_panel():
    boil = Lesion("Left shoulder boil", Region.UPPER_BACK, Side.LEFT, FIRST, id=7)
    seen = (
        LesionObservation(7, FIRST + timedelta(days=1), size_mm=12.0, bump_count=3),
        LesionObservation(7, FIRST + timedelta(days=4), size_mm=18.0, bump_count=4),
        LesionObservation(7, FIRST + timedelta(days=9), size_mm=9.0),
    )
    snapshot = snapshot_of({}, lesions=(boil,), lesion_observations=seen)
    chart = trend_chart(snapshot, ["lesion:7"], FIRST, LAST)
    size, count = chart.panels
    assert size.lines[0].series.values.tolist() == [12.0, 18.0, 9.0]
    assert count.lines[0].series.values.tolist() == [3.0, 4.0]
    assert size.unit == "mm"


def test_basdai_is_offered_and_drawn_only_when_given():
    scores = PointSeries.of([(FIRST + timedelta(days=2), 4.5)])
    snapshot = snapshot_of({})
    assert "basdai" not in [c.key for c in panel_choices(snapshot)]
    chart = trend_chart(snapshot, ["basdai"], FIRST, LAST, basdai=scores)
    assert _panel(chart, "basdai").lines[0].series.values.tolist() == [4.5]
    assert trend_chart(snapshot, ["basdai"], FIRST, LAST).panels == ()


def test_did_it_help_answers_are_not_offered_as_charts():
    keys = [c.key for c in panel_choices(snapshot_of({}))]
    assert "medicine_helped" not in keys and "pain_now" not in keys
