from datetime import date, datetime, time, timedelta

import pytest
from care_builders import iv_course
from PySide6.QtCore import Qt
from ui.finders import by_name, unnamed_controls

from journal.care.basdai import BasdaiAnswers
from journal.care.records import Appointment, DoseStatus, LabResult
from journal.checkin import local_now
from journal.custom_symptoms import make_custom_symptom
from journal.metrics import MetricKind
from journal.store import open_journal
from journal.ui.care.custom_symptom_dialog import CustomSymptomDialog
from journal.ui.care.lab_dialogs import LabDialog
from journal.ui.care.medicine_dialogs import MedicineDialog
from journal.ui.care.visit_dialogs import BasdaiDialog, QuestionDialog
from journal.ui.checkin.timeline_model import COL_SYMPTOMS

NAMES = [
    "Medicines",
    "Add medicine",
    "Took dose",
    "Lab results",
    "Add lab result",
    "Appointments",
    "Questions for my doctor",
    "Medical context",
    "Custom symptoms",
    "BASDAI",
]


@pytest.fixture
def today() -> date:
    """Today, read when the test starts (not at import: a run may cross midnight)."""
    return date.today()


def _rows(table) -> int:
    return table.model().rowCount()


def test_every_control_the_contract_names_is_there_once(window):
    for name in NAMES:
        assert by_name(window, name) is not None


def test_every_care_control_has_an_accessible_name(window):
    assert unnamed_controls(window.care_page) == []


def test_adding_a_medicine_shows_it_with_the_days_left(today, monkeypatch, window):
    monkeypatch.setattr(MedicineDialog, "ask", classmethod(lambda cls, parent: iv_course(today)))
    by_name(window, "Add medicine").click()
    table = by_name(window, "Medicines")
    assert _rows(table) == 1
    assert table.model().index(0, 5).data() == "Course ends in 10 days"


def test_took_dose_records_one_dose_now_for_the_selected_medicine(today, window):
    window.care_page.care.add_regimen(iv_course(today))
    by_name(window, "Took dose").click()
    doses = window.care_page.care.doses()
    assert len(doses) == 1 and doses[0].status is DoseStatus.TAKEN
    assert _rows(by_name(window, "Doses")) == 1


def _took_todays_doses_at(window, hour: int, minute: int) -> list:
    # A fixed clock on a fixed day: the result cannot depend on when the tests run.
    day = date(2026, 3, 10)
    window.care_page.care.add_regimen(iv_course(day, times_per_day=1))
    window.care_page.care.add_regimen(
        iv_course(day, name="Paracetamol", times_per_day=None, end=None)
    )
    now = datetime.combine(day, time(hour, minute)).astimezone()
    window.care_page.medicines.clock = lambda: now
    by_name(window, "Took today's doses").click()
    return window.care_page.care.doses()


def test_took_todays_doses_records_every_dose_due_in_one_step(window):
    doses = _took_todays_doses_at(window, 12, 0)
    assert [(d.at.date(), d.at.hour) for d in doses] == [(date(2026, 3, 10), 8)]


def test_took_todays_doses_before_the_first_dose_time_records_none(window):
    assert _took_todays_doses_at(window, 7, 59) == []


def test_deleting_a_medicine_then_ctrl_z_puts_it_and_its_doses_back(today, window):
    window.care_page.care.add_regimen(iv_course(today))
    by_name(window, "Took dose").click()
    by_name(window, "Delete medicine").click()
    assert _rows(by_name(window, "Medicines")) == 0
    window.undo_stack.undo()
    assert _rows(by_name(window, "Medicines")) == 1
    assert len(window.care_page.care.doses()) == 1


def test_a_lab_result_added_appears_in_bold_when_out_of_range(today, monkeypatch, window):
    lab = LabResult("CRP", today, 86.0, "mg/L")
    monkeypatch.setattr(LabDialog, "ask", classmethod(lambda cls, parent: lab))
    by_name(window, "Add lab result").click()
    table = by_name(window, "Lab results")
    assert table.model().index(0, 2).data() == "86 mg/L"
    assert table.model().index(0, 2).data(Qt.ItemDataRole.FontRole).bold()


def test_deleting_a_lab_result_can_be_undone(today, window):
    window.care_page.care.add_lab(LabResult("ESR", today, 40.0, "mm/h"))
    by_name(window, "Delete lab result").click()
    assert _rows(by_name(window, "Lab results")) == 0
    window.undo_stack.undo()
    assert _rows(by_name(window, "Lab results")) == 1


def test_a_question_can_be_added_from_the_journal_page_with_the_shortcut(
    qtbot, monkeypatch, window
):
    window.care_page.care.add_appointment(Appointment(local_now() + timedelta(days=3), "Dr Patel"))
    monkeypatch.setattr(QuestionDialog, "ask", classmethod(lambda cls, parent: "Can I swim?"))
    assert window.pages.currentIndex() == 0
    window.form.fields["pain_now"].widget.setFocus()
    qtbot.keyClick(
        window.form.fields["pain_now"].widget,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    questions = by_name(window, "Questions for my doctor").model()
    assert [questions.index(r).data() for r in range(questions.rowCount())] == ["Can I swim?"]


def test_ticking_a_question_is_kept(open_window, journal_path):
    window = open_window(journal_path)
    window.care_page.care.add_appointment(
        Appointment(local_now() + timedelta(days=3), questions=("Another MRI?",))
    )
    model = by_name(window, "Questions for my doctor").model()
    model.setData(model.index(0), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    window.close()
    window.facade.close()
    with open_journal(journal_path) as store:
        assert store.appointments.all_questions()[0].done


def test_deleting_an_appointment_then_undo_brings_back_its_questions(window):
    window.care_page.care.add_appointment(
        Appointment(local_now() + timedelta(days=3), questions=("A?", "B?"))
    )
    by_name(window, "Delete appointment").click()
    assert _rows(by_name(window, "Appointments")) == 0
    window.undo_stack.undo()
    assert _rows(by_name(window, "Questions for my doctor")) == 2


def test_the_medical_context_is_saved_and_shown_again(qtbot, open_window, journal_path):
    window = open_window(journal_path)
    by_name(window, "Dental infection").click()
    qtbot.keyClicks(by_name(window, "Allergies"), "penicillin")
    by_name(window, "Save medical context").click()
    window.close()
    window.facade.close()
    again = open_window(journal_path)
    assert by_name(again, "Dental infection").isChecked()
    assert by_name(again, "Allergies").text() == "penicillin"


def test_a_basdai_with_a_crp_that_week_shows_its_asdas(today, monkeypatch, window):
    window.care_page.care.add_lab(LabResult("CRP", today, 20.0, "mg/L"))
    answers = BasdaiAnswers(today, 6, 7, 2, 3, 6, 4, 5)
    monkeypatch.setattr(BasdaiDialog, "ask", classmethod(lambda cls, parent: answers))
    by_name(window, "Fill in BASDAI").click()
    model = by_name(window, "BASDAI").model()
    assert model.index(0, 1).data() == (
        "BASDAI 4.6 of 10 — 4 or more, the usual mark of active disease"
    )
    assert model.index(0, 2).data() == "48 min (4)"
    assert model.index(0, 3).data() == "ASDAS-CRP 3.5 — high disease activity (2.1–3.5)"


def _add_symptom(monkeypatch, window, name, kind):
    metric, _ = make_custom_symptom(name, kind, window.facade.metrics())
    monkeypatch.setattr(CustomSymptomDialog, "ask", classmethod(lambda cls, p, e: metric))
    by_name(window, "Add custom symptom").click()
    return metric


def test_a_custom_symptom_appears_in_the_check_in_form_and_is_saved(qtbot, monkeypatch, window):
    _add_symptom(monkeypatch, window, "Jaw pain", MetricKind.SCALE)
    assert _rows(by_name(window, "Custom symptoms")) == 1
    qtbot.keyClicks(by_name(window, "Jaw pain"), "4")
    saved = window.form.save()
    assert saved.value("custom_jaw_pain") == 4.0


def test_adding_a_custom_symptom_keeps_what_was_typed_in_the_form(qtbot, monkeypatch, window):
    qtbot.keyClicks(by_name(window, "Pain now"), "6")
    _add_symptom(monkeypatch, window, "Jaw pain", MetricKind.SCALE)
    qtbot.keyClicks(by_name(window, "Jaw pain"), "2")
    _add_symptom(monkeypatch, window, "Hiccups", MetricKind.YES_NO)
    assert by_name(window, "Pain now").text() == "6"
    assert by_name(window, "Jaw pain").text() == "2"
    assert window.form.is_dirty


def test_a_yes_no_custom_symptom_is_listed_in_the_timeline_like_a_built_in(monkeypatch, window):
    _add_symptom(monkeypatch, window, "Hiccups", MetricKind.YES_NO)
    by_name(window, "Hiccups").setChecked(True)
    by_name(window, "Chills").setChecked(True)
    window.form.save()
    model = window.timeline.model
    assert model.data(model.index(0, COL_SYMPTOMS)) == "Chills, Hiccups"


def test_retiring_a_custom_symptom_takes_it_out_of_the_check_in_form(monkeypatch, window):
    _add_symptom(monkeypatch, window, "Jaw pain", MetricKind.SCALE)
    by_name(window, "Retire symptom").click()
    assert "custom_jaw_pain" not in window.form.fields
    assert _rows(by_name(window, "Custom symptoms")) == 1
    assert by_name(window, "Bring back symptom").isEnabled()


def test_retiring_a_custom_symptom_is_undone_with_ctrl_z(monkeypatch, window):
    _add_symptom(monkeypatch, window, "Jaw pain", MetricKind.SCALE)
    by_name(window, "Retire symptom").click()
    window.undo_stack.undo()
    assert "custom_jaw_pain" in window.form.fields


def test_a_retired_symptom_can_be_brought_back(monkeypatch, window):
    _add_symptom(monkeypatch, window, "Jaw pain", MetricKind.SCALE)
    by_name(window, "Retire symptom").click()
    by_name(window, "Bring back symptom").click()
    assert "custom_jaw_pain" in window.form.fields
    assert by_name(window, "Retire symptom").isEnabled()


def test_a_retired_yes_no_symptom_stays_in_the_timeline_of_old_check_ins(monkeypatch, window):
    _add_symptom(monkeypatch, window, "Hiccups", MetricKind.YES_NO)
    by_name(window, "Hiccups").setChecked(True)
    window.form.save()
    by_name(window, "Retire symptom").click()
    model = window.timeline.model
    assert model.data(model.index(0, COL_SYMPTOMS)) == "Hiccups"


def test_changing_an_old_check_in_keeps_the_value_of_a_retired_symptom(qtbot, monkeypatch, window):
    _add_symptom(monkeypatch, window, "Jaw pain", MetricKind.SCALE)
    qtbot.keyClicks(by_name(window, "Jaw pain"), "4")
    saved = window.form.save()
    by_name(window, "Retire symptom").click()
    window.form.edit(saved)
    qtbot.keyClicks(by_name(window, "Pain now"), "3")
    changed = window.form.save()
    assert changed.value("custom_jaw_pain") == 4.0


def test_a_retired_symptom_leaves_the_metrics_menu_of_the_charts(monkeypatch, window):
    _add_symptom(monkeypatch, window, "Jaw pain", MetricKind.SCALE)
    window.pages.setCurrentWidget(window.trends)
    menu = window.trends.metrics_menu
    assert "custom_jaw_pain" in [a.data() for a in menu.actions()]
    by_name(window, "Retire symptom").click()
    assert "custom_jaw_pain" not in [a.data() for a in menu.actions()]


def test_the_demo_fills_every_care_view(open_window, journal_path):
    from journal.store.demo_writer import write_demo

    write_demo(journal_path).close()
    window = open_window(journal_path, is_demo=True)
    for name in ("Medicines", "Doses", "Lab results", "Imaging", "Appointments", "BASDAI"):
        assert _rows(by_name(window, name)) > 0, name
    assert by_name(window, "Dental infection").isChecked()
