from datetime import date

from ui.finders import by_name

from journal.care.records import Purpose, Route
from journal.metrics import BUILTIN_METRICS, MetricKind
from journal.ui.care.custom_symptom_dialog import CustomSymptomDialog
from journal.ui.care.lab_dialogs import LabDialog
from journal.ui.care.medicine_dialogs import MedicineDialog
from journal.ui.care.visit_dialogs import BasdaiDialog, QuestionDialog

TODAY = date(2026, 11, 20)


def test_a_medicine_as_typed_becomes_a_six_week_course(qtbot):
    dialog = MedicineDialog(today=TODAY)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Flucloxacillin")
    qtbot.keyClicks(dialog.dose, "2")
    dialog.dose_unit.setCurrentText("g")
    dialog.route.setCurrentIndex(dialog.route.findData(Route.IV.value))
    dialog.purpose.setCurrentIndex(dialog.purpose.findData(Purpose.ANTIBIOTIC.value))
    dialog.times.setValue(4)
    qtbot.keyClicks(dialog.length, "6 weeks")
    assert dialog.try_accept()
    assert dialog.record.route is Route.IV
    assert dialog.record.end == date(2026, 12, 31)


def test_a_dose_of_zero_shows_a_message_beside_the_dose_and_saves_nothing(qtbot):
    dialog = MedicineDialog(today=TODAY)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Ibuprofen")
    qtbot.keyClicks(dialog.dose, "0")
    assert not dialog.try_accept()
    assert dialog.record is None
    assert "more than 0" in dialog.error_text("dose")
    assert dialog.error_text("name") == ""


def test_a_last_day_before_the_first_is_refused_beside_it(qtbot):
    dialog = MedicineDialog(today=TODAY)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Ibuprofen")
    qtbot.keyClicks(dialog.dose, "400")
    dialog.has_end.setChecked(True)
    dialog.end.setDate(dialog.start.date().addDays(-3))
    assert not dialog.try_accept()
    assert "on or after" in dialog.error_text("end")


def test_an_implausible_crp_is_refused_beside_the_value(qtbot):
    dialog = LabDialog(today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.unit.text() == "mg/L"
    qtbot.keyClicks(dialog.value, "900")
    assert not dialog.try_accept()
    assert "between 0 and 500" in dialog.error_text("value")


def test_a_blood_culture_is_saved_in_words(qtbot):
    dialog = LabDialog(today=TODAY)
    qtbot.addWidget(dialog)
    dialog.test.setCurrentIndex(dialog.test.findData("Blood culture"))
    qtbot.keyClicks(dialog.text, "negative")
    assert dialog.try_accept()
    assert (dialog.record.test, dialog.record.text, dialog.record.value) == (
        "Blood culture",
        "negative",
        None,
    )


def test_an_empty_question_is_refused(qtbot):
    dialog = QuestionDialog()
    qtbot.addWidget(dialog)
    assert not dialog.try_accept()
    assert dialog.error_text("text")


def test_basdai_without_the_global_question_leaves_it_unanswered(qtbot):
    dialog = BasdaiDialog(today=TODAY)
    qtbot.addWidget(dialog)
    for key in ("fatigue", "peripheral", "tenderness", "stiffness_severity"):
        qtbot.keyClicks(dialog.items[key], "0")
    qtbot.keyClicks(dialog.items["back_pain"], "7")
    by_name(dialog, "Stiffness lasted, hours").setValue(0)
    assert dialog.try_accept()
    assert dialog.record.patient_global is None
    assert dialog.record.score == 7 / 5


def test_a_custom_number_symptom_needs_a_unit(qtbot):
    dialog = CustomSymptomDialog(list(BUILTIN_METRICS))
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Steps")
    dialog.kind.setCurrentIndex(dialog.kind.findData(MetricKind.NUMBER.value))
    assert not dialog.try_accept()
    assert dialog.error_text("unit")
    qtbot.keyClicks(dialog.unit, "steps")
    assert dialog.try_accept()
    assert dialog.record.unit == "steps"
