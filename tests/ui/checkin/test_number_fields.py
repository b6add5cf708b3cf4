"""Typing nan, infinity or 1e400 in a number field: a message beside it, never a crash."""

import math
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QWidget
from ui.finders import by_name

from journal.flags import Thresholds
from journal.lesions.lesion import Lesion
from journal.metrics import BUILTIN_METRICS
from journal.pain import Region, Side
from journal.ui.care.lab_dialogs import LabDialog
from journal.ui.checkin.metric_fields import FieldProblem, MetricField
from journal.ui.flags.flags_settings import ThresholdsDialog
from journal.ui.lesions.lesion_dialogs import ObservationDialog
from journal.units import TemperatureUnit, UnitPreferences, WeightUnit

NOT_REAL_TEXT = ["nan", "inf", "1e400"]
BY_KEY = {m.key: m for m in BUILTIN_METRICS}
IMPERIAL = UnitPreferences(TemperatureUnit.FAHRENHEIT, WeightUnit.LB)


@pytest.fixture
def parent(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@settings(max_examples=200, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    text=st.one_of(st.text(), st.sampled_from([*NOT_REAL_TEXT, "1e308", "-1e308", "1_0"])),
    key=st.sampled_from(["pain_now", "temperature", "weight"]),
    units=st.sampled_from([UnitPreferences(), IMPERIAL]),
)
def test_a_number_field_reads_any_text_as_a_finite_number_or_a_field_problem(
    parent, text, key, units
):
    field = MetricField(BY_KEY[key], units, parent)
    field.widget.setText(text)
    try:
        value = field.value()
    except FieldProblem:
        return
    assert value is None or math.isfinite(value)


@pytest.mark.parametrize("text", NOT_REAL_TEXT)
@pytest.mark.parametrize("name", ["Pain now", "Temperature", "Weight"])
def test_saving_a_check_in_with_nan_or_infinity_shows_a_message_beside_the_field(
    window, name, text
):
    by_name(window, name).setText(text)
    assert window.form.save() is None
    field = next(f for f in window.form.fields.values() if f.metric.label == name)
    assert not field.error_label.isHidden()
    assert "must be a number" in field.error_label.text()
    assert window.facade.checkins() == []


@pytest.mark.parametrize("text", NOT_REAL_TEXT)
@pytest.mark.parametrize("key", ["value", "reference_low", "reference_high"])
def test_a_lab_number_of_nan_or_infinity_is_refused_beside_it(qtbot, key, text):
    dialog = LabDialog(today=date(2026, 11, 20))
    qtbot.addWidget(dialog)
    dialog.findChild(QWidget, "value").setText("12")
    dialog.findChild(QWidget, key).setText(text)
    assert not dialog.try_accept()
    assert "must be a number" in dialog.error_text(key)
    assert dialog.record is None


@pytest.mark.parametrize("text", NOT_REAL_TEXT)
@pytest.mark.parametrize("key", ["stiffness_minutes", "unrelenting_days"])
def test_a_threshold_of_nan_or_infinity_is_refused_beside_it(qtbot, key, text):
    dialog = ThresholdsDialog(Thresholds())
    qtbot.addWidget(dialog)
    dialog.edits[key].setText(text)
    assert not dialog.try_accept()
    assert "Type a number" in dialog.error_text(key)


@pytest.mark.parametrize("text", NOT_REAL_TEXT)
@pytest.mark.parametrize("key", ["size_mm", "bump_count", "redness"])
def test_a_lesion_measurement_of_nan_or_infinity_is_refused_beside_it(qtbot, key, text):
    lesion = Lesion("Boil", Region.LOWER_BACK, Side.LEFT, date(2026, 11, 1), id=1)
    dialog = ObservationDialog(None, lesion)
    qtbot.addWidget(dialog)
    dialog.numbers[key].setText(text)
    record, errors = dialog.build()
    assert record is None
    assert [e.field for e in errors] == [key]
