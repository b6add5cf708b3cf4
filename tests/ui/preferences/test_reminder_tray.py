"""The reminders' timer and tray: a thin layer over what is due, shown once."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtWidgets import QApplication

from journal.care.records import DoseEvent, DoseStatus, Purpose, Regimen, Route
from journal.checkin import CheckIn
from journal.reminders.choices import ReminderChoices
from journal.ui.reminders.reminder_tray import ReminderTray
from journal.ui.reminders.reminders_facade import RemindersFacade

TODAY = date.today()


class Clock:
    def __init__(self, hour: int) -> None:
        self.now = datetime.combine(TODAY, time(hour))

    def __call__(self) -> datetime:
        return self.now


def _choose(window, **choices) -> None:
    for key, value in ReminderChoices(**choices).values().items():
        window._settings.setValue(key, value)


@pytest.fixture
def tray_for(window):
    made = []

    def _make(clock, available=False):
        shown = []
        tray = ReminderTray(
            RemindersFacade(window.facade, window._settings),
            window,
            shown.append,
            clock=clock,
            tray_available=available,
        )
        made.append(tray)
        return tray, shown

    yield _make
    for tray in made:
        tray.timer.stop()
    QApplication.setQuitOnLastWindowClosed(True)


def _medicine(window) -> Regimen:
    return window.facade.store.medicines.add(
        Regimen(
            "Flucloxacillin",
            500,
            "mg",
            Route.ORAL,
            Purpose.ANTIBIOTIC,
            TODAY - timedelta(days=2),
            times_per_day=2,
            dose_times=(time(8), time(20)),
        )
    )


def test_without_a_tray_a_due_check_in_goes_to_the_status_bar_once(window, tray_for):
    _choose(window, checkin=True, checkin_at=time(9))
    clock = Clock(9)
    tray, shown = tray_for(clock)
    clock.now += timedelta(minutes=1)
    tray.tick()
    assert shown == ["Time for today's check-in: how are you?"]


def test_a_check_in_saved_stops_the_reminder(window, tray_for):
    # Just after midnight: a check-in at a later hour of today is refused as in the future
    # when the tests run before that hour.
    _choose(window, checkin=True, checkin_at=time(0))
    window.facade.save(CheckIn(datetime.combine(TODAY, time(0, 1)).astimezone(), {"pain_now": 3}))
    _tray, shown = tray_for(Clock(10))
    assert shown == []


def test_a_dose_logged_is_not_reminded_of(window, tray_for):
    _choose(window, doses=True)
    regimen = _medicine(window)
    at = datetime.combine(TODAY, time(8, 10)).astimezone()
    window.facade.store.medicines.add_dose(DoseEvent(regimen.id, at, DoseStatus.TAKEN), now=at)
    clock = Clock(21)
    _tray, shown = tray_for(clock)
    assert shown == ["The 20:00 dose of Flucloxacillin is not logged yet."]


def test_a_reminder_shown_is_not_shown_again_after_a_restart(window, tray_for):
    _choose(window, doses=True)
    _medicine(window)
    _first, shown_before = tray_for(Clock(9))
    _again, shown_after = tray_for(Clock(9))
    assert (len(shown_before), shown_after) == (1, [])


def test_no_reminder_asked_for_means_no_timer(window, tray_for):
    tray, _shown = tray_for(Clock(9))
    assert not tray.timer.isActive()


def test_staying_in_the_tray_keeps_the_program_running_when_the_window_closes(
    window, tray_for, monkeypatch
):
    monkeypatch.setattr("journal.ui.reminders.reminder_tray.QSystemTrayIcon.show", lambda s: None)
    _choose(window, checkin=True, stay_in_tray=True)
    tray, _shown = tray_for(Clock(7), available=True)
    assert tray.tray is not None
    assert not QApplication.quitOnLastWindowClosed()


def test_the_preferences_reach_the_running_tray_at_once(window, qtbot):
    dialog = window.show_preferences()
    dialog.reminders.doses.setChecked(True)
    assert window.reminders.timer.isActive()
    dialog.reminders.doses.setChecked(False)
    assert not window.reminders.timer.isActive()
    dialog.close()
