import re
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QLabel, QScrollArea, QWidget
from ui.finders import by_name, unnamed_controls

from journal.checkin import CheckIn
from journal.flags import Rule, Thresholds
from journal.ui.flags.flags_settings import ThresholdsDialog
from journal.units import TemperatureUnit, UnitPreferences


@pytest.fixture
def dialog(qtbot):
    shown = ThresholdsDialog(Thresholds())
    qtbot.addWidget(shown)
    return shown


def _type(dialog, name: str, text: str) -> None:
    edit = by_name(dialog, name)
    edit.clear()
    edit.setText(text)


def _yesterday_at(hour: int) -> datetime:
    return datetime.combine(date.today() - timedelta(days=1), time(hour)).astimezone()


def test_every_threshold_is_shown_with_the_products_default(dialog):
    hints = [label.text() for label in dialog.findChildren(QLabel)]
    assert by_name(dialog, "Fever temperature").text() == "38.0"
    assert "°C   (default 38.0)" in hints
    assert "%   (default 5)" in hints
    assert "days   (default 183, 6 months)" in hints
    assert set(dialog.edits) == set(Thresholds().to_dict())


def test_each_field_tells_a_screen_reader_its_default(dialog):
    for key, default in Thresholds().to_dict().items():
        assert f"default {default:g}" in dialog.edits[key].accessibleDescription()


def test_a_fever_threshold_out_of_range_is_explained_beside_its_field(dialog):
    _type(dialog, "Fever temperature", "45")
    assert not dialog.try_accept()
    assert "between 37 and 41 °C" in dialog.error_text("fever_celsius")
    assert dialog.thresholds is None


def test_a_count_of_days_must_be_a_whole_number(dialog):
    _type(dialog, "Unrelenting pain days", "6.5")
    assert not dialog.try_accept()
    assert "whole number" in dialog.error_text("unrelenting_days")


def test_more_stiff_days_than_the_period_is_refused(dialog):
    _type(dialog, "Stiff days needed", "15")
    assert not dialog.try_accept()
    assert "cannot exceed" in dialog.error_text("stiffness_days")


def test_a_message_goes_away_once_the_field_is_fixed(dialog):
    _type(dialog, "Pain rise", "12")
    dialog.try_accept()
    _type(dialog, "Pain rise", "2.5")
    assert dialog.try_accept()
    assert dialog.error_text("worsening_points") == ""
    assert dialog.thresholds == Thresholds(worsening_points=2.5)


def test_restore_defaults_puts_the_defaults_back_in_every_field(qtbot):
    shown = ThresholdsDialog(Thresholds(fever_celsius=37.5, unrelenting_days=5))
    qtbot.addWidget(shown)
    by_name(shown, "Restore defaults").click()
    assert shown.try_accept()
    assert shown.thresholds == Thresholds()


def test_the_fever_threshold_is_typed_in_the_users_unit(qtbot):
    fahrenheit = UnitPreferences(temperature=TemperatureUnit.FAHRENHEIT)
    shown = ThresholdsDialog(Thresholds(), fahrenheit)
    qtbot.addWidget(shown)
    assert by_name(shown, "Fever temperature").text() == "100.4"
    _type(shown, "Fever temperature", "100.6")
    assert shown.try_accept()
    assert shown.thresholds.fever_celsius == pytest.approx(38.111, abs=0.001)


def test_the_settings_dialog_has_no_unnamed_controls(dialog):
    assert unnamed_controls(dialog) == []


def test_saved_settings_are_kept_in_the_journal_and_the_flags_found_again(monkeypatch, window):
    window.facade.save(CheckIn(_yesterday_at(9), {"temperature": 37.8, "pain_now": 5.0}))
    assert window.flags_page.model.rowCount() == 0
    chosen = Thresholds(fever_celsius=37.8)
    monkeypatch.setattr(ThresholdsDialog, "ask", classmethod(lambda cls, *a: chosen))
    by_name(window.flags_page, "Red flag settings").click()
    assert window.facade.store.settings.flag_thresholds() == chosen
    (row,) = window.flags_page.flags.reviews()
    assert row.flag.rule is Rule.FEVER_WITH_BACK_PAIN


def test_cancelling_the_settings_changes_nothing(monkeypatch, window):
    monkeypatch.setattr(ThresholdsDialog, "ask", classmethod(lambda cls, *a: None))
    by_name(window.flags_page, "Red flag settings").click()
    assert window.facade.store.settings.get("flag_thresholds") is None


def test_the_journal_menu_opens_the_red_flag_settings(monkeypatch, window):
    asked = []
    monkeypatch.setattr(
        ThresholdsDialog,
        "ask",
        classmethod(lambda cls, parent, current, units: asked.append(current)),
    )
    window.flag_settings_action.trigger()
    assert asked == [Thresholds()]


def test_the_settings_never_show_a_rule_number(dialog):
    shown = [label.text() for label in dialog.findChildren(QLabel)]
    shown += [box.title() for box in dialog.findChildren(QGroupBox)]
    shown += [w.accessibleDescription() for w in dialog.findChildren(QWidget)]
    assert not [text for text in shown if re.search(r"\brules? \d", text)]


def test_the_fever_threshold_names_the_red_flags_it_is_used_for(dialog):
    (fever,) = (box for box in dialog.findChildren(QGroupBox) if box.title() == "Fever")
    (note,) = (label.text() for label in fever.findChildren(QLabel, "used_by"))
    for rule in (
        Rule.FEVER_WITH_BACK_PAIN,
        Rule.WEAKNESS_WITH_FEVER_OR_PAIN,
        Rule.LESION_WITH_FEVER,
        Rule.COMING_BACK,
    ):
        assert f"“{rule.title}”" in note


@pytest.fixture
def large_type_dialog(qtbot, qapp):
    """The dialog in large type (as at 150 % scaling): taller than the groups can show."""
    font = qapp.font()
    large = QFont(font)
    large.setPointSizeF(font.pointSizeF() * 1.6)
    qapp.setFont(large)
    shown = ThresholdsDialog(Thresholds())
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    yield shown
    qapp.setFont(font)


def test_the_settings_fit_on_the_screen_in_large_type(large_type_dialog):
    height = large_type_dialog.frameGeometry().height()
    assert height <= large_type_dialog.screen().availableGeometry().height()


def test_a_message_on_a_field_out_of_view_scrolls_it_into_view(large_type_dialog, qtbot):
    last = by_name(large_type_dialog, "Days watched after antibiotics")
    _type(large_type_dialog, "Days watched after antibiotics", "x")
    large_type_dialog.findChild(QScrollArea).verticalScrollBar().setValue(0)  # scrolled up
    qtbot.waitUntil(lambda: last.visibleRegion().isEmpty())
    assert not large_type_dialog.try_accept()
    qtbot.waitUntil(lambda: not last.visibleRegion().isEmpty())
