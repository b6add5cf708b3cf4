"""Changing saved care records through their dialogs, and taking the change back."""

from dataclasses import replace
from datetime import date, timedelta

import pytest
from care_builders import iv_course
from PySide6.QtCore import QDate
from ui.finders import by_name

from journal.care.basdai import BasdaiAnswers
from journal.care.records import DoseEvent, DoseStatus, Imaging, LabResult
from journal.checkin import local_now
from journal.ui.care.lab_dialogs import ImagingDialog, LabDialog
from journal.ui.care.medicine_dialogs import MedicineDialog
from journal.ui.care.visit_dialogs import BasdaiDialog


@pytest.fixture
def today() -> date:
    """Today, read when the test starts (not at import: a run may cross midnight)."""
    return date.today()


def _cell(window, table: str, column: int) -> str:
    return by_name(window, table).model().index(0, column).data()


# --- dialogs filled in with the saved record ----------------------------------------------


def test_a_saved_medicine_opens_filled_in_and_comes_back_unchanged(today, qtbot):
    regimen = iv_course(today, id=3, planned_length="2 weeks", end=None)
    regimen = replace(regimen, end=regimen.start + timedelta(days=13))
    dialog = MedicineDialog(regimen=regimen)
    qtbot.addWidget(dialog)
    assert dialog.try_accept()
    assert dialog.record == regimen


def test_a_course_stopped_early_opens_with_its_last_day_known(today, qtbot):
    regimen = iv_course(today, id=3, planned_length="6 weeks", end=today)
    dialog = MedicineDialog(regimen=regimen)
    qtbot.addWidget(dialog)
    assert dialog.has_end.isChecked()
    assert dialog.try_accept()
    assert dialog.record.end == today


def test_a_last_day_before_a_logged_dose_is_refused_beside_the_last_day(today, qtbot):
    regimen = iv_course(today, id=3)
    dose = DoseEvent(3, local_now() - timedelta(days=1), DoseStatus.TAKEN)
    dialog = MedicineDialog(regimen=regimen, doses=[dose])
    qtbot.addWidget(dialog)
    day = today - timedelta(days=2)
    dialog.end.setDate(QDate(day.year, day.month, day.day))
    assert not dialog.try_accept()
    assert "the last day cannot be before it" in dialog.error_text("end")


def test_a_saved_lab_result_opens_filled_in_and_comes_back_unchanged(qtbot):
    lab = LabResult("ESR", date(2026, 11, 3), 48.0, "mm/h", "", 0.0, 20.0, id=7)
    dialog = LabDialog(lab=lab)
    qtbot.addWidget(dialog)
    assert dialog.try_accept()
    assert dialog.record == lab


def test_a_lab_result_of_an_unlisted_test_opens_with_its_own_unit(qtbot):
    lab = LabResult("Ferritin", date(2026, 11, 3), 300.0, "µg/L", id=7)
    dialog = LabDialog(lab=lab)
    qtbot.addWidget(dialog)
    assert dialog.try_accept()
    assert dialog.record == lab


def test_saved_imaging_opens_filled_in_and_comes_back_unchanged(qtbot):
    imaging = Imaging("MRI", date(2026, 11, 2), "discitis L4-L5", id=2)
    dialog = ImagingDialog(imaging=imaging)
    qtbot.addWidget(dialog)
    assert dialog.try_accept()
    assert dialog.record == imaging


def test_a_saved_basdai_opens_filled_in_and_comes_back_unchanged(qtbot):
    answers = BasdaiAnswers(date(2026, 11, 8), 6, 7, 2, 3, 6, 7.5, None, id=4)
    dialog = BasdaiDialog(answers=answers)
    qtbot.addWidget(dialog)
    assert (dialog.duration.hours.value(), dialog.duration.minutes.value()) == (1, 30)
    assert dialog.try_accept()
    assert dialog.record == answers


def _answer_questions_1_to_5(qtbot, dialog) -> None:
    for edit in list(dialog.items.values())[:5]:
        qtbot.keyClicks(edit, "5")


def test_basdai_question_6_is_entered_as_a_time_and_shown_on_its_scale(qtbot):
    dialog = BasdaiDialog(today=date(2026, 11, 8))
    qtbot.addWidget(dialog)
    _answer_questions_1_to_5(qtbot, dialog)
    by_name(dialog, "Stiffness lasted, minutes").setValue(45)
    assert dialog.duration.scale.text() == "= 3.8 of 10"
    assert dialog.try_accept()
    assert dialog.record.stiffness_duration == 45 / 12


def test_basdai_question_6_past_two_hours_counts_as_ten(qtbot):
    dialog = BasdaiDialog(today=date(2026, 11, 8))
    qtbot.addWidget(dialog)
    _answer_questions_1_to_5(qtbot, dialog)
    by_name(dialog, "Stiffness lasted, hours").setValue(3)
    assert dialog.try_accept()
    assert dialog.record.stiffness_duration == 10


# --- changes from the care page, undone with Ctrl+Z ---------------------------------------


def test_changing_a_medicine_shows_the_change_and_undo_takes_it_back(today, monkeypatch, window):
    window.care_page.care.add_regimen(iv_course(today))
    monkeypatch.setattr(
        MedicineDialog, "ask", classmethod(lambda cls, parent, r, doses: replace(r, dose=1.0))
    )
    by_name(window, "Change medicine").click()
    assert _cell(window, "Medicines", 1) == "1 g"
    window.undo_stack.undo()
    assert _cell(window, "Medicines", 1) == "2 g"


def test_the_change_dialog_is_given_the_medicines_doses(today, monkeypatch, window):
    window.care_page.care.add_regimen(iv_course(today))
    by_name(window, "Took dose").click()
    seen = []
    monkeypatch.setattr(
        MedicineDialog, "ask", classmethod(lambda cls, parent, r, doses: seen.extend(doses))
    )
    by_name(window, "Change medicine").click()
    assert len(seen) == 1


def test_stopping_a_course_today_makes_today_its_last_day_until_undone(today, window):
    window.care_page.care.add_regimen(iv_course(today))
    by_name(window, "Stop the course today").click()
    assert window.care_page.care.regimens()[0].end == today
    assert not by_name(window, "Stop the course today").isEnabled()
    window.undo_stack.undo()
    assert window.care_page.care.regimens()[0].end == today + timedelta(days=10)


def test_a_course_that_has_not_started_cannot_be_stopped_today(today, window):
    window.care_page.care.add_regimen(iv_course(today, start=today + timedelta(days=2)))
    assert not by_name(window, "Stop the course today").isEnabled()


def test_changing_a_lab_result_then_undo_restores_the_value(today, monkeypatch, window):
    window.care_page.care.add_lab(LabResult("CRP", today, 86.0, "mg/L"))
    monkeypatch.setattr(
        LabDialog, "ask", classmethod(lambda cls, parent, lab: replace(lab, value=8.6))
    )
    by_name(window, "Change lab result").click()
    assert _cell(window, "Lab results", 2) == "8.6 mg/L"
    window.undo_stack.undo()
    assert _cell(window, "Lab results", 2) == "86 mg/L"
    window.undo_stack.redo()
    assert _cell(window, "Lab results", 2) == "8.6 mg/L"


def test_changing_imaging_then_undo_restores_the_result(today, monkeypatch, window):
    window.care_page.care.add_imaging(Imaging("MRI", today, "discitis"))
    monkeypatch.setattr(
        ImagingDialog, "ask", classmethod(lambda cls, parent, i: replace(i, result="healing"))
    )
    by_name(window, "Change imaging").click()
    assert _cell(window, "Imaging", 2) == "healing"
    window.undo_stack.undo()
    assert _cell(window, "Imaging", 2) == "discitis"


def test_changing_a_basdai_then_undo_restores_its_score(today, monkeypatch, window):
    window.care_page.care.add_basdai(BasdaiAnswers(today, 6, 7, 2, 3, 6, 4))
    monkeypatch.setattr(
        BasdaiDialog, "ask", classmethod(lambda cls, parent, a: replace(a, fatigue=1))
    )
    by_name(window, "Change BASDAI").click()
    assert _cell(window, "BASDAI", 1).startswith("BASDAI 3.6 of 10")
    window.undo_stack.undo()
    assert _cell(window, "BASDAI", 1).startswith("BASDAI 4.6 of 10")


def test_a_cancelled_change_leaves_nothing_to_undo(today, monkeypatch, window):
    window.care_page.care.add_lab(LabResult("CRP", today, 86.0, "mg/L"))
    monkeypatch.setattr(LabDialog, "ask", classmethod(lambda cls, parent, lab: None))
    by_name(window, "Change lab result").click()
    assert window.undo_stack.count() == 0


def test_the_change_buttons_wait_for_a_record(window):
    for name in ("Change medicine", "Change lab result", "Change imaging", "Change BASDAI"):
        assert not by_name(window, name).isEnabled()
