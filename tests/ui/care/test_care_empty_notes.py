"""A new journal's care tables say what goes there and how to add it, until a record does."""

from datetime import date, timedelta

import pytest
from care_builders import iv_course
from PySide6.QtCore import Qt
from ui.finders import by_name

from journal.care.basdai import BasdaiAnswers
from journal.care.records import Appointment, DoseEvent, DoseStatus, Imaging, LabResult
from journal.checkin import local_now
from journal.ui.care.medicine_dialogs import MedicineDialog
from journal.ui.parts.empty_hint import EmptyHint


def _note(window, table: str) -> EmptyHint:
    view = by_name(window, table)
    (hint,) = view.viewport().findChildren(EmptyHint)
    return hint


def _shown(hint: EmptyHint) -> bool:
    # The note of a tab not in front is hidden with its tab; what counts is its own state.
    return not hint.isHidden()


# The table, the words its note starts with, and a record that fills it.
TABLES = [
    ("Medicines", "No medicines yet. Add each one you take with Add medicine (Alt+D)"),
    ("Doses", "No doses recorded in the last 60 days. Select a medicine above and press"),
    ("Lab results", "No lab results yet. Add one from the report with Add lab result (Alt+D)"),
    ("Imaging", "No scans yet. Add an MRI, X-ray, CT or ultrasound with Add imaging (Alt+G)"),
    ("Appointments", "No appointments yet. Add one with Add appointment (Alt+D)"),
    ("Questions for my doctor", "No questions yet. Add one with Add question (Alt+Q)"),
    ("BASDAI", "No BASDAI yet. Once a week, answer its six questions"),
    ("Custom symptoms", "No symptoms of your own yet. Add one with Track a symptom of my own"),
]


@pytest.mark.parametrize(("table", "words"), TABLES)
def test_each_care_table_of_a_new_journal_says_what_goes_there(window, table, words):
    hint = _note(window, table)
    assert _shown(hint)
    assert hint.text().startswith(words)
    assert by_name(window, table).accessibleDescription() == hint.text()


def _add(window, table: str) -> None:
    care = window.care_page.care
    today = date.today()
    if table in ("Medicines", "Doses"):
        regimen = care.add_regimen(iv_course(today))
        if table == "Doses":
            care.add_doses([DoseEvent(regimen.id, local_now(), DoseStatus.TAKEN)])
    elif table == "Lab results":
        care.add_lab(LabResult("CRP", today, 12.0, "mg/L"))
    elif table == "Imaging":
        care.add_imaging(Imaging("MRI", today, "discitis"))
    elif table == "Appointments":
        care.add_appointment(Appointment(local_now() + timedelta(days=3), "Dr Patel"))
    elif table == "Questions for my doctor":
        care.add_question("Can I swim?")
    elif table == "BASDAI":
        care.add_basdai(BasdaiAnswers(today, 6, 7, 2, 3, 6, 4))
    else:
        from journal.custom_symptoms import make_custom_symptom
        from journal.metrics import MetricKind

        metric, _ = make_custom_symptom("Jaw pain", MetricKind.SCALE, window.facade.metrics())
        care.add_custom_symptom(metric)


@pytest.mark.parametrize(("table", "words"), TABLES)
def test_the_note_goes_once_a_record_is_added(window, table, words):
    _add(window, table)
    assert not _shown(_note(window, table))


def test_a_medicine_listed_leaves_the_doses_note_until_a_dose_is_taken(window):
    _add(window, "Medicines")
    assert not _shown(_note(window, "Medicines"))
    assert _shown(_note(window, "Doses"))


def test_the_note_comes_back_when_the_last_record_is_deleted(window):
    _add(window, "Lab results")
    by_name(window, "Delete lab result").click()
    assert _shown(_note(window, "Lab results"))


def test_alt_d_on_the_medicines_tab_adds_a_medicine_as_its_note_says(qtbot, monkeypatch, window):
    asked = []
    monkeypatch.setattr(
        MedicineDialog, "ask", classmethod(lambda cls, parent: asked.append(1) or None)
    )
    window.pages.setCurrentWidget(window.care_page)
    window.care_page.tabs.setCurrentWidget(window.care_page.medicines)
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    # A button pressed by its Alt key shows itself pressed for a moment, then clicks.
    qtbot.waitUntil(lambda: asked == [1])
