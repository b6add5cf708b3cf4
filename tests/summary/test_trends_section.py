"""The trend charts section: which panels, in which charts, with what captions."""

from __future__ import annotations

import math
from datetime import date

from builders import at
from care_builders import iv_course
from summary.section_builders import FIRST, LAST, blocks_of, inputs_of

from journal.care.records import LabResult
from journal.checkin import CheckIn
from journal.flags import FlagReview, Rule, Thresholds
from journal.flags.model import Flag
from journal.lesions.lesion import Lesion, LesionObservation
from journal.metrics import BUILTIN_METRICS, Group, Metric, MetricKind
from journal.pain import Region, Side
from journal.snapshot import JournalSnapshot
from journal.summary.blocks import Chart, Heading, Paragraph
from journal.summary.trends import MAX_CHART_MM, PANELS_PER_CHART, split_panels, trend_blocks
from journal.units import TemperatureUnit, UnitPreferences


def _checkins(days=range(2, 30), **values):
    return tuple(CheckIn(at(day), dict(values)) for day in days)


def _panel_titles(blocks) -> list[str]:
    return [p.title for chart in blocks_of(blocks, Chart) for p in chart.chart.panels]


def test_only_measures_recorded_in_the_period_get_a_panel():
    snapshot = JournalSnapshot(checkins=_checkins(pain_now=4.0, temperature=37.2))
    blocks = trend_blocks(inputs_of(snapshot))
    assert _panel_titles(blocks) == ["Pain (0–10)", "Temperature (°C)"]
    missing = [b for b in blocks if isinstance(b, Paragraph) and b.text.startswith("Not charted")]
    assert "weight" in missing[0].text and "fatigue" in missing[0].text


def test_values_recorded_only_before_the_period_are_not_charted():
    before = CheckIn(at(1), {"weight": 70.0})
    snapshot = JournalSnapshot(checkins=(before, *_checkins(pain_now=3.0)))
    assert "Weight (kg)" not in _panel_titles(trend_blocks(inputs_of(snapshot)))


def test_the_section_starts_with_its_heading_and_pain_has_its_7_day_mean():
    blocks = trend_blocks(inputs_of(JournalSnapshot(checkins=_checkins(pain_now=5.0))))
    assert blocks[0] == Heading("Trend charts")
    pain = blocks_of(blocks, Chart)[0].chart.panels[0]
    assert [line.label for line in pain.lines] == ["Worst pain", "Pain now", "7-day mean"]
    assert "7-day mean" in blocks_of(blocks, Chart)[0].caption


def test_the_fever_line_is_the_users_own_threshold_in_their_unit():
    snapshot = JournalSnapshot(checkins=_checkins(temperature=37.0))
    inputs = inputs_of(
        snapshot,
        thresholds=Thresholds(fever_celsius=37.8),
        units=UnitPreferences(TemperatureUnit.FAHRENHEIT),
    )
    chart = blocks_of(trend_blocks(inputs), Chart)[0]
    (reference,) = chart.chart.panels[0].references
    assert math.isclose(reference.value, 100.04)
    assert "100.0 °F" in chart.caption


def test_no_chart_has_more_panels_or_height_than_a_page_holds():
    values = {
        "pain_now": 4.0,
        "temperature": 37.0,
        "stiffness_minutes": 40.0,
        "fatigue": 5.0,
        "weight": 70.0,
    }
    blocks = trend_blocks(inputs_of(JournalSnapshot(checkins=_checkins(**values))))
    charts = blocks_of(blocks, Chart)
    assert [len(c.chart.panels) for c in charts] == [3, 2]
    assert all(c.height_mm <= MAX_CHART_MM for c in charts)


def test_panels_are_split_into_charts_of_even_sizes():
    assert [len(part) for part in split_panels(list(range(4)))] == [2, 2]
    assert [len(part) for part in split_panels(list(range(7)))] == [3, 2, 2]
    assert all(len(part) <= PANELS_PER_CHART for part in split_panels(list(range(11))))
    assert split_panels([]) == []


def test_the_users_own_symptoms_have_their_own_charts():
    itch = Metric("custom_itch", "Itch", MetricKind.SCALE, Group.CUSTOM, builtin=False)
    snapshot = JournalSnapshot(
        checkins=_checkins(custom_itch=6.0), metrics=(*BUILTIN_METRICS, itch)
    )
    blocks = trend_blocks(inputs_of(snapshot))
    assert Heading("My own symptoms", level=2) in blocks
    assert _panel_titles(blocks) == ["Itch (0–10)"]


def test_a_lesion_observed_in_the_period_and_its_labs_are_charted():
    boil = Lesion("Shoulder boil", Region.UPPER_BACK, Side.LEFT, date(2026, 10, 1), id=1)
    old = Lesion("Old spot", Region.NECK, Side.MIDDLE, date(2026, 9, 1), id=2)
    snapshot = JournalSnapshot(
        lesions=(boil, old),
        lesion_observations=(
            LesionObservation(1, date(2026, 11, 5), size_mm=20),
            LesionObservation(1, date(2026, 11, 12), size_mm=14),
            LesionObservation(2, date(2026, 10, 5), size_mm=8),
        ),
        labs=(
            LabResult("CRP", date(2026, 11, 3), 80, "mg/L", reference_high=5),
            LabResult("ESR", date(2026, 10, 3), 50, "mm/h"),
        ),
    )
    titles = _panel_titles(trend_blocks(inputs_of(snapshot)))
    assert titles == ["Shoulder boil: size (mm)", "CRP (mg/L)"]


def test_a_lesion_measured_on_one_day_of_the_period_has_no_chart():
    # One point shows no change; the lesion's photo pair tells its one day.
    boil = Lesion("Shoulder boil", Region.UPPER_BACK, Side.LEFT, date(2026, 10, 1), id=1)
    snapshot = JournalSnapshot(
        lesions=(boil,),
        lesion_observations=(
            LesionObservation(1, date(2026, 11, 5), size_mm=20),
            LesionObservation(1, date(2026, 11, 5), size_mm=19),
        ),
    )
    assert "Shoulder boil: size (mm)" not in _panel_titles(trend_blocks(inputs_of(snapshot)))


def test_courses_are_shaded_and_flags_marked_and_the_caption_says_so():
    course = iv_course(date(2026, 11, 10), id=1)
    flag = Flag(Rule.FEVER_WITH_BACK_PAIN, date(2026, 11, 8), date(2026, 11, 9), (), "Fever.")
    snapshot = JournalSnapshot(checkins=_checkins(pain_now=4.0), regimens=(course,))
    chart = blocks_of(trend_blocks(inputs_of(snapshot, reviews=[FlagReview(flag)])), Chart)[0]
    assert [band.label for band in chart.chart.bands] == ["Flucloxacillin"]
    assert [(m.day, m.label) for m in chart.chart.flags] == [
        (date(2026, 11, 8), "Fever with back pain")
    ]
    assert "Shaded: medicine courses" in chart.caption
    assert "red flags" in chart.caption


def test_a_period_with_nothing_to_chart_says_so():
    blocks = trend_blocks(inputs_of(JournalSnapshot(), FIRST, LAST))
    assert blocks == [
        Heading("Trend charts"),
        Paragraph("Nothing was recorded in this period that could be charted."),
    ]
