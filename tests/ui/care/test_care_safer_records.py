"""Safer records: nothing chosen or answered for the user, and dose times of their own."""

from datetime import date, datetime, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from ui.finders import by_name

from journal.care.basdai import BasdaiAnswers
from journal.care.records import Purpose, Regimen, Route
from journal.ui.care.medicine_dialogs import AS_NEEDED, MedicineDialog
from journal.ui.care.visit_dialogs import BasdaiDialog

TODAY = date(2026, 11, 20)


@pytest.fixture
def medicine(qtbot) -> MedicineDialog:
    """A new-medicine dialog with a name and a dose typed, the rest as it opens."""
    dialog = MedicineDialog(today=TODAY)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "Doxycycline")
    qtbot.keyClicks(dialog.dose, "100")
    return dialog


def _choose(combo, value: str) -> None:
    combo.setCurrentIndex(combo.findData(value))


def _type_times(qtbot, dialog: MedicineDialog, text: str) -> None:
    dialog.dose_times.selectAll()
    qtbot.keyClicks(dialog.dose_times, text)


# --- what a medicine is for: no default ------------------------------------------------------


def test_what_a_medicine_is_for_starts_with_nothing_chosen(medicine):
    assert medicine.purpose.currentIndex() == -1
    assert medicine.purpose.placeholderText() == "Choose…"


def test_save_without_choosing_what_it_is_for_is_refused_beside_the_choice(medicine):
    assert not medicine.try_accept()
    assert medicine.record is None
    assert "Choose what this medicine is for" in medicine.error_text("purpose")


def test_a_medicine_is_saved_once_what_it_is_for_is_chosen(medicine):
    _choose(medicine.purpose, Purpose.ANTIBIOTIC.value)
    assert medicine.try_accept()
    assert medicine.record.purpose is Purpose.ANTIBIOTIC


# --- as needed is a choice of its own ---------------------------------------------------------


def test_as_needed_is_chosen_as_the_schedule_not_a_number_of_times(medicine):
    assert medicine.times.minimum() == 1
    _choose(medicine.purpose, Purpose.PAIN_RELIEF.value)
    _choose(medicine.schedule, AS_NEEDED)
    assert not medicine.times.isEnabled() and not medicine.dose_times.isEnabled()
    assert medicine.try_accept()
    assert medicine.record.as_needed
    assert medicine.record.dose_times == ()


def test_an_as_needed_medicine_opens_as_needed(qtbot):
    regimen = Regimen("Paracetamol", 1, "g", Route.ORAL, Purpose.PAIN_RELIEF, TODAY, id=2)
    dialog = MedicineDialog(regimen=regimen)
    qtbot.addWidget(dialog)
    assert dialog.schedule.currentData() == AS_NEEDED
    assert dialog.try_accept()
    assert dialog.record == regimen


# --- times of day ------------------------------------------------------------------------------


def test_the_even_spread_is_offered_and_follows_times_a_day(medicine):
    assert medicine.dose_times.text() == "08:00"
    medicine.times.setValue(3)
    assert medicine.dose_times.text() == "08:00, 15:00, 22:00"


def test_the_times_typed_are_saved_with_the_medicine(qtbot, medicine):
    _choose(medicine.purpose, Purpose.ANTIBIOTIC.value)
    medicine.times.setValue(2)
    _type_times(qtbot, medicine, "7:30, 19:30")
    medicine.times.setValue(2)  # a second look at the count keeps what was typed
    assert medicine.try_accept()
    assert medicine.record.dose_times == (time(7, 30), time(19, 30))


def test_a_time_like_25_00_gets_a_message_beside_the_times(qtbot, medicine):
    _choose(medicine.purpose, Purpose.ANTIBIOTIC.value)
    _type_times(qtbot, medicine, "25:00")
    assert not medicine.try_accept()
    assert "“25:00” is not a time of day" in medicine.error_text("dose_times")
    assert medicine.error_text("times_per_day") == ""


def test_times_that_do_not_match_times_a_day_get_a_message_beside_the_times(qtbot, medicine):
    _choose(medicine.purpose, Purpose.ANTIBIOTIC.value)
    medicine.times.setValue(3)
    _type_times(qtbot, medicine, "08:00, 20:00")
    assert not medicine.try_accept()
    assert medicine.error_text("dose_times") == (
        "Times a day is 3: give 3 times, one for each dose (2 given here)."
    )


def test_a_medicine_saved_with_times_opens_with_them(qtbot):
    regimen = Regimen(
        "Doxycycline",
        100,
        "mg",
        Route.ORAL,
        Purpose.ANTIBIOTIC,
        TODAY,
        times_per_day=2,
        id=4,
        dose_times=(time(9), time(21)),
    )
    dialog = MedicineDialog(regimen=regimen)
    qtbot.addWidget(dialog)
    assert dialog.dose_times.text() == "09:00, 21:00"
    assert dialog.try_accept()
    assert dialog.record == regimen


def test_the_schedule_column_and_todays_doses_follow_the_times_set(window):
    day = date(2026, 3, 10)
    window.care_page.care.add_regimen(
        Regimen(
            "Doxycycline",
            100,
            "mg",
            Route.ORAL,
            Purpose.ANTIBIOTIC,
            day,
            times_per_day=2,
            dose_times=(time(7), time(19, 30)),
        )
    )
    assert by_name(window, "Medicines").model().index(0, 4).data() == (
        "2 times a day: 07:00, 19:30"
    )
    now = datetime.combine(day, time(12)).astimezone()
    window.care_page.medicines.clock = lambda: now
    by_name(window, "Took today's doses").click()
    assert [(d.at.hour, d.at.minute) for d in window.care_page.care.doses()] == [(7, 0)]


# --- BASDAI: no answer until the user gives one ------------------------------------------------


@pytest.fixture
def basdai(qtbot) -> BasdaiDialog:
    dialog = BasdaiDialog(today=TODAY)
    qtbot.addWidget(dialog)
    return dialog


def test_a_new_basdai_opens_with_every_answer_blank(basdai):
    assert [edit.text() for edit in basdai.items.values()] == [""] * 6
    assert basdai.duration.item() is None
    assert basdai.duration.scale.text() == "not answered"


def test_save_names_the_questions_not_answered_beside_them(qtbot, basdai):
    qtbot.keyClicks(basdai.items["fatigue"], "6")
    qtbot.keyClicks(basdai.items["back_pain"], "7")
    qtbot.keyClicks(basdai.items["tenderness"], "3")
    assert not basdai.try_accept()
    assert basdai.record is None
    assert basdai.error_text("fatigue") == ""
    assert basdai.error_text("peripheral").startswith("Not answered yet")
    assert basdai.error_text("stiffness_severity").startswith("Not answered yet")
    assert basdai.error_text("stiffness_duration").startswith("Not answered yet")
    assert basdai.error_text("patient_global") == ""
    assert basdai.unanswered.text() == "Questions 3, 5 and 6 are not answered yet."


def test_a_zero_given_is_an_answer(qtbot, basdai):
    for edit in list(basdai.items.values())[:5]:
        qtbot.keyClicks(edit, "0")
    by_name(basdai, "Stiffness lasted, minutes").setValue(0)
    assert basdai.try_accept()
    assert basdai.record.score == 0
    assert basdai.unanswered.isHidden()


def test_the_keyboard_goes_to_the_first_question_not_answered(qtbot, basdai):
    basdai.show()
    qtbot.waitExposed(basdai)
    qtbot.keyClicks(basdai.items["fatigue"], "6")
    basdai.try_accept()
    assert basdai.focusWidget() is basdai.items["back_pain"]


def test_the_basdai_table_gives_each_measure_its_own_scale(today_labs_window):
    model = today_labs_window
    basdai, asdas = model.index(0, 1).data(), model.index(0, 3).data()
    assert basdai == "BASDAI 3.2 of 10 — below 4, the usual mark of active disease"
    assert asdas.endswith("— high disease activity (2.1–3.5)")


@pytest.fixture
def today_labs_window(monkeypatch, window):
    """A window with a CRP today and a BASDAI below 4 whose ASDAS is high."""
    from journal.care.records import LabResult

    today = date.today()
    window.care_page.care.add_lab(LabResult("CRP", today, 10.0, "mg/L"))
    answers = BasdaiAnswers(today, 2, 6, 2, 2, 4, 4, 6)  # (2 + 6 + 2 + 2 + 4) / 5 = 3.2
    monkeypatch.setattr(BasdaiDialog, "ask", classmethod(lambda cls, parent: answers))
    by_name(window, "Fill in BASDAI").click()
    return by_name(window, "BASDAI").model()


def _tab_from(qtbot, widget):
    qtbot.keyClick(widget, Qt.Key.Key_Tab)
    return QApplication.focusWidget()


def test_tab_reaches_the_times_once_an_as_needed_medicine_is_made_regular(qtbot):
    regimen = Regimen("Paracetamol", 1, "g", Route.ORAL, Purpose.PAIN_RELIEF, TODAY, id=2)
    dialog = MedicineDialog(regimen=regimen)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    _choose(dialog.schedule, "regular")
    dialog.schedule.setFocus()
    assert _tab_from(qtbot, dialog.schedule) is dialog.times
    assert _tab_from(qtbot, dialog.times) is dialog.dose_times


def test_tab_reaches_the_last_day_once_it_is_known(qtbot, medicine):
    medicine.show()
    qtbot.waitExposed(medicine)
    medicine.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is medicine)
    medicine.has_end.setChecked(True)
    medicine.has_end.setFocus()
    assert _tab_from(qtbot, medicine.has_end) is medicine.end


def test_choosing_as_needed_takes_away_the_message_about_the_times(qtbot, medicine):
    _type_times(qtbot, medicine, "25:00")
    medicine.try_accept()
    _choose(medicine.schedule, AS_NEEDED)
    assert medicine.error_text("dose_times") == ""


def test_an_answer_that_is_not_a_number_says_so_with_an_example_on_the_scale(qtbot, basdai):
    qtbot.keyClicks(basdai.items["back_pain"], "a lot")
    basdai.try_accept()
    assert basdai.error_text("back_pain") == "Question 2 must be a number, like 7."
    assert basdai.unanswered.text() == "Questions 1, 3, 4, 5 and 6 are not answered yet."
