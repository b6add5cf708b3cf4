"""Days written one way in the care tables and dialogs, and Alt keys that press one thing."""

import re
from collections import Counter
from datetime import date, datetime, time

import pytest
from care_builders import iv_course
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QTabBar,
    QVBoxLayout,
    QWidget,
)
from ui.finders import by_name

from journal.care.basdai import BasdaiAnswers
from journal.care.records import Appointment, DoseEvent, DoseStatus, Imaging, LabResult
from journal.ui.care.lab_dialogs import LabDialog
from journal.ui.care.medicine_dialogs import MedicineDialog
from journal.ui.care.visit_dialogs import AppointmentDialog
from journal.ui.parts.record_dialog import date_edit, date_time_edit

DAY = date(2026, 11, 3)


def _first(window, table: str, column: int = 0) -> str:
    return by_name(window, table).model().index(0, column).data()


def test_the_care_tables_write_days_with_the_weekday_and_no_leading_zero(window):
    care = window.care_page.care
    care.add_lab(LabResult("CRP", DAY, 12.0, "mg/L"))
    care.add_imaging(Imaging("MRI", DAY, "discitis"))
    care.add_basdai(BasdaiAnswers(DAY, 6, 7, 2, 3, 6, 4))
    care.add_appointment(Appointment(datetime.combine(DAY, time(9, 5)).astimezone()))
    assert _first(window, "Lab results") == "Tue 3 Nov 2026"
    assert _first(window, "Imaging") == "Tue 3 Nov 2026"
    assert _first(window, "BASDAI") == "Tue 3 Nov 2026"
    assert _first(window, "Appointments") == "Tue 3 Nov 2026, 09:05"


def test_a_dose_and_a_course_are_written_the_same_way(window):
    today = date.today()
    regimen = window.care_page.care.add_regimen(iv_course(today, end=None))
    at = datetime.combine(today, time(0, 5)).astimezone()
    window.care_page.care.add_doses([DoseEvent(regimen.id, at, DoseStatus.TAKEN)])
    weekday = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")[today.weekday()]
    assert _first(window, "Doses") == f"{weekday} {today.day} {today:%b %Y}, 00:05"
    start = regimen.start
    assert _first(window, "Medicines", 5).startswith(f"Since {start:%a} {start.day} ")


def test_the_message_after_adding_a_record_names_its_day_the_same_way(monkeypatch, window):
    monkeypatch.setattr(
        LabDialog, "ask", classmethod(lambda cls, parent: LabResult("ESR", DAY, 40.0, "mm/h"))
    )
    by_name(window, "Add lab result").click()
    assert window.care_page.labs.status.text() == "Added the ESR of Tue 3 Nov 2026."


def test_the_date_fields_of_the_dialogs_show_days_the_same_way(qtbot):
    dialog = MedicineDialog(today=DAY)
    qtbot.addWidget(dialog)
    assert dialog.start.text() == "Tue 3 Nov 2026"
    appointment = AppointmentDialog(
        appointment=Appointment(datetime.combine(DAY, time(14, 30)).astimezone())
    )
    qtbot.addWidget(appointment)
    assert appointment.at.text() == "Tue 3 Nov 2026, 14:30"


@pytest.mark.parametrize("make", [date_edit, date_time_edit])
def test_typing_in_a_date_field_reached_with_tab_starts_at_the_day(qtbot, make):
    form = QWidget()
    before = QLineEdit(form)
    start = DAY if make is date_edit else datetime.combine(DAY, time(10))
    edit = make(form, start)
    layout = QVBoxLayout(form)
    layout.addWidget(before)
    layout.addWidget(edit)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    form.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is form)
    before.setFocus()
    qtbot.keyClick(before, Qt.Key.Key_Tab)
    qtbot.keyClicks(edit, "23")
    assert edit.date() == QDate(2026, 11, 23)


# --- Alt keys ----------------------------------------------------------------------------------

_MNEMONIC = re.compile(r"&([^&\s])")


def _alt_keys(window) -> list[str]:
    """The Alt letters of everything shown in the window (menus, tabs, buttons, labels)."""
    texts = [a.text() for a in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QTabBar):
            texts += [widget.tabText(i) for i in range(widget.count())]
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            texts.append(widget.text())
    return [m.group(1).lower() for text in texts for m in _MNEMONIC.finditer(text)]


@pytest.mark.parametrize("tab", range(5))
def test_no_alt_key_on_a_care_tab_stands_for_two_things(window, tab):
    window.pages.setCurrentWidget(window.care_page)
    window.care_page.tabs.setCurrentIndex(tab)
    twice = [key for key, count in Counter(_alt_keys(window)).items() if count > 1]
    assert twice == []


def test_the_context_tab_has_an_alt_key_apart_from_the_trends_page(qtbot, window):
    window.pages.setCurrentWidget(window.care_page)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert window.care_page.tabs.currentWidget() is window.care_page.context
