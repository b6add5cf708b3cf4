"""The Help menu: shortcuts made from the window's actions, the rules, the appointment, About."""

from __future__ import annotations

import tomllib
from importlib.metadata import version
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication
from ui.finders import unnamed_controls

from journal.flags import Rule, Thresholds
from journal.flags.explained import Source
from journal.ui.help.about import AboutDialog, installed_version
from journal.ui.help.appointment_help import AppointmentHelpDialog
from journal.ui.help.flags_help import FlagsHelpDialog
from journal.ui.help.shortcuts import ShortcutsDialog, shortcut_rows
from journal.units import TemperatureUnit, UnitPreferences

PYPROJECT = tomllib.loads((Path(__file__).parents[3] / "pyproject.toml").read_text("utf-8"))


def _menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_help_is_the_last_menu_with_its_four_entries(window):
    assert _menu_titles(window)[-1] == "&Help"
    entries = [a.text() for a in window.help_menu.menu.actions() if not a.isSeparator()]
    assert entries == [
        "&Keyboard shortcuts",
        "What the red &flags mean",
        "Bringing the &summary to an appointment",
        "&About Symptom Journal",
    ]


def test_the_shortcuts_list_the_window_s_actions_with_their_keys(window, qtbot):
    dialog = window.help_menu.show_shortcuts()
    qtbot.addWidget(dialog)
    rows = dialog.texts()
    assert ("New check-in", "Ctrl+N", "Journal menu") in rows
    assert ("Prepare summary", "Ctrl+P", "Journal menu") in rows
    assert ("Keyboard shortcuts", "F1", "Help menu") in rows
    assert any(what == "Undo" and keys.startswith("Ctrl+Z") for what, keys, _ in rows)


def test_an_action_added_to_the_window_is_listed_without_touching_the_help(window, qtbot):
    added = QAction("&Frobnicate the journal…", window)
    added.setShortcut(QKeySequence("Ctrl+Alt+F"))
    window.menuBar().actions()[0].menu().addAction(added)
    rows = ShortcutsDialog(window).texts()
    assert ("Frobnicate the journal", "Ctrl+Alt+F", "Journal menu") in rows


def test_an_action_without_keys_is_not_listed(window):
    assert all(row.keys for row in shortcut_rows(window))
    assert "Export" not in [row.what for row in shortcut_rows(window)]


def test_the_delete_key_of_the_timeline_is_listed_where_it_works(window):
    rows = [(r.what, r.keys, r.where) for r in shortcut_rows(window)]
    assert ("Delete the check-in chosen", "Del", "In Check-ins") in rows


def test_f1_opens_the_keyboard_shortcuts(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), ShortcutsDialog))
    QApplication.activeModalWidget().close()


def test_the_red_flags_help_has_each_rule_its_source_and_never_a_diagnosis(qtbot):
    dialog = FlagsHelpDialog()
    qtbot.addWidget(dialog)
    text = dialog.body.toPlainText()
    assert "never a diagnosis" in text
    for number in range(1, 10):
        assert f"{number}. " in text
    for rule in Rule:
        assert rule.title in text
        assert rule.level.label in text
    for source in Source:
        assert source.words in text


def test_the_red_flags_help_uses_the_journal_s_thresholds_and_units(window, qtbot):
    window.flags_page.flags.set_thresholds(Thresholds(fever_celsius=38.5))
    window.facade.set_units(UnitPreferences(temperature=TemperatureUnit.FAHRENHEIT))
    dialog = window.help_menu.show_flags()
    qtbot.addWidget(dialog)
    assert "101.3 °F or more" in dialog.body.toPlainText()


def test_the_appointment_help_says_how_to_make_the_summary_and_what_it_is(qtbot):
    dialog = AppointmentHelpDialog()
    qtbot.addWidget(dialog)
    text = dialog.body.toPlainText()
    assert "Prepare summary" in text and "Ctrl+P" in text
    assert "not a diagnosis" in text


def test_about_gives_the_installed_version_and_the_licence_of_the_project(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    text = dialog.body.toPlainText()
    assert f"Version: {version('symptom-journal')}" in text
    assert f"Licence: {PYPROJECT['project']['license']['text']}" in text


def test_about_promises_no_network_connection(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert "never opens a network connection" in dialog.body.toPlainText()


def test_about_says_so_when_the_program_was_never_installed(monkeypatch):
    monkeypatch.setattr("journal.ui.help.about.DISTRIBUTION", "no-such-distribution-here")
    assert installed_version() == ("unknown (not installed)", "unknown (not installed)")


@pytest.mark.parametrize(
    "opens", ["show_shortcuts", "show_flags", "show_appointment", "show_about"]
)
def test_each_help_window_is_named_fits_the_screen_and_closes_with_esc(window, qtbot, opens):
    dialog = getattr(window.help_menu, opens)()
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    assert unnamed_controls(dialog) == []
    area = window.screen().availableGeometry()
    assert dialog.width() <= area.width() and dialog.height() <= area.height()
    # The keyboard starts in the text, then Tab goes to Close.
    assert dialog.focusWidget() is dialog.body
    qtbot.keyClick(dialog.body, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.close_button
    qtbot.keyClick(dialog.close_button, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
