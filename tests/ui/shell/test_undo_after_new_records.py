"""Undo and redo of a delete after a new record took the deleted one's id.

Delete the newest record, add a new one (SQLite gives it the same id), Ctrl+Z, then
Ctrl+Shift+Z: the new record must survive, the old one come back, and redo remove exactly
the old one.
"""

from dataclasses import replace
from datetime import date, timedelta

from builders import many_checkins
from picture_builders import picture
from PySide6.QtCore import Qt
from ui.finders import by_name

from journal.care.records import (
    Appointment,
    DoseEvent,
    DoseStatus,
    LabResult,
    Purpose,
    Regimen,
    Route,
)
from journal.checkin import local_now
from journal.lesions.lesion import Lesion, LesionObservation
from journal.pain import Region, Side
from journal.store import open_journal
from journal.ui.lesions.lesion_commands import DeleteObservation
from journal.ui.lesions.photo_commands import RemovePhoto
from journal.ui.lesions.photo_dialogs import ConfirmRemovePhoto

TODAY = date.today()
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _undo(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)


def _redo(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | SHIFT)


# --- check-ins, through the timeline and the form ----------------------------------------


def _delete_newest_then_save_another(qtbot, open_window, journal_path):
    with open_journal(journal_path) as store:
        store.checkins.add_many(many_checkins(3))
    window = open_window(journal_path)
    newest = max(window.facade.checkins(), key=lambda c: c.id)
    window.timeline.select(newest.id)
    window.timeline.table.setFocus()
    qtbot.keyClick(window.timeline.table, Qt.Key.Key_Delete)
    qtbot.keyClicks(by_name(window, "Pain now"), "2")
    qtbot.keyClicks(by_name(window, "Notes"), "saved after the delete")
    qtbot.mouseClick(by_name(window, "Save check-in"), Qt.MouseButton.LeftButton)
    [new] = [c for c in window.facade.checkins() if c.note == "saved after the delete"]
    assert new.id == newest.id  # the reused id this is about
    return window, newest, new


def _notes(window):
    return sorted(c.note for c in window.facade.checkins())


def test_ctrl_z_after_saving_a_new_check_in_brings_the_deleted_one_back_beside_it(
    qtbot, open_window, journal_path
):
    window, old, new = _delete_newest_then_save_another(qtbot, open_window, journal_path)
    _undo(qtbot, window)
    [back] = [c for c in window.facade.checkins() if c.note == old.note]
    assert back == replace(old, id=back.id) and back.id != new.id
    assert window.facade.checkin(new.id) == new
    assert window.timeline.model.rowCount() == 4


def test_ctrl_shift_z_then_deletes_the_old_check_in_and_not_the_new_one(
    qtbot, open_window, journal_path
):
    window, old, new = _delete_newest_then_save_another(qtbot, open_window, journal_path)
    _undo(qtbot, window)
    _redo(qtbot, window)
    assert old.note not in _notes(window)
    assert window.facade.checkin(new.id) == new
    assert window.timeline.model.rowCount() == 3


def test_the_check_in_comes_back_again_on_a_second_ctrl_z(qtbot, open_window, journal_path):
    window, old, new = _delete_newest_then_save_another(qtbot, open_window, journal_path)
    _undo(qtbot, window)
    _redo(qtbot, window)
    _undo(qtbot, window)
    assert _notes(window).count(old.note) == 1 and new.note in _notes(window)


# --- the care record ----------------------------------------------------------------------


def _medicine(name: str) -> Regimen:
    return Regimen(
        name=name,
        dose=2.0,
        dose_unit="g",
        route=Route.IV,
        purpose=Purpose.ANTIBIOTIC,
        start=TODAY - timedelta(days=3),
        times_per_day=4,
    )


def _dose(regimen: Regimen, days_ago: int) -> DoseEvent:
    return DoseEvent(regimen.id, local_now() - timedelta(days=days_ago), DoseStatus.TAKEN)


def test_a_lab_result_deleted_then_replaced_comes_back_and_redo_removes_only_it(qtbot, window):
    care = window.care_page.care
    care.add_lab(LabResult("CRP", TODAY, 40.0, "mg/L"))
    by_name(window, "Delete lab result").click()
    new = care.add_lab(LabResult("ESR", TODAY, 30.0, "mm/h"))
    _undo(qtbot, window)
    assert sorted(lab.test for lab in care.labs()) == ["CRP", "ESR"]
    _redo(qtbot, window)
    assert care.labs() == [new]


def test_a_medicine_deleted_then_replaced_comes_back_with_its_doses_and_redo_removes_only_it(
    qtbot, window
):
    care = window.care_page.care
    old = care.add_regimen(_medicine("Flucloxacillin"))
    care.add_doses([_dose(old, 2), _dose(old, 1)])
    by_name(window, "Delete medicine").click()
    new = care.add_regimen(_medicine("Rifampicin"))
    new_dose = care.add_doses([_dose(new, 1)])[0]
    _undo(qtbot, window)
    [back] = [r for r in care.regimens() if r.name == "Flucloxacillin"]
    assert back.id != new.id and len(care.doses(regimen_id=back.id)) == 2
    _redo(qtbot, window)
    assert care.regimens() == [new]
    assert [(d.id, d.regimen_id) for d in care.doses()] == [(new_dose.id, new.id)]


def test_an_appointment_deleted_then_replaced_comes_back_with_its_questions(qtbot, window):
    care = window.care_page.care
    care.add_appointment(Appointment(local_now() + timedelta(days=3), questions=("A?", "B?")))
    by_name(window, "Delete appointment").click()
    new = care.add_appointment(Appointment(local_now() + timedelta(days=5), questions=("C?",)))
    _undo(qtbot, window)
    back = [a for a in care.appointments() if a.id != new.id]
    assert [a.questions for a in back] == [("A?", "B?")]
    _redo(qtbot, window)
    assert care.appointments() == [new]
    assert [q.text for q in care.questions(new.id)] == ["C?"]


def test_an_undo_that_cannot_be_done_drops_out_of_the_stack_and_says_so(qtbot, window):
    care = window.care_page.care
    regimen = care.add_regimen(_medicine("Flucloxacillin"))
    care.add_doses([_dose(regimen, 1)])
    care_page = window.care_page
    care_page.medicines.doses.table.selectRow(0)
    by_name(window, "Delete dose").click()
    # The medicine goes by a way that is not on the stack: the dose has nowhere to go back.
    care.delete_regimen(regimen.id)
    _undo(qtbot, window)
    assert window.undo_stack.count() == 0 and not window.undo_stack.canRedo()
    assert "Could not undo" in care_page.medicines.status.text()
    assert care.doses() == []


# --- photos -------------------------------------------------------------------------------


def test_a_photo_removed_then_replaced_comes_back_and_redo_removes_only_it(
    qtbot, monkeypatch, open_window, journal_path
):
    with open_journal(journal_path) as store:
        store.lesions.add_lesion(Lesion("Boil", Region.LOWER_BACK, Side.LEFT, date(2026, 1, 1)))
    window = open_window(journal_path)
    page = by_name(window, "Lesions")
    window.pages.setCurrentWidget(page)
    facade = page.facade
    lesion = page.current_lesion()
    old = facade._store.photos.add_bytes(lesion.id, picture(colour="red"), "red.jpg")
    facade.changed.emit()
    monkeypatch.setattr(ConfirmRemovePhoto, "ask", classmethod(lambda cls, parent, day: True))
    page.gallery.setCurrentIndex(page.model.index(0))
    by_name(page, "Remove photo").click()
    new = facade._store.photos.add_bytes(lesion.id, picture(colour="green"), "green.jpg")
    facade.changed.emit()
    assert new.photo.id == old.photo.id
    _undo(qtbot, window)
    assert {t.photo.sha256 for t in facade.timeline(lesion.id)} == {
        old.photo.sha256,
        new.photo.sha256,
    }
    _redo(qtbot, window)
    assert [t.photo for t in facade.timeline(lesion.id)] == [new.photo]


def test_a_photo_undone_after_its_observation_was_made_again_goes_to_that_day(
    qtbot, open_window, journal_path
):
    with open_journal(journal_path) as store:
        lesion = store.lesions.add_lesion(
            Lesion("Boil", Region.LOWER_BACK, Side.LEFT, date(2026, 1, 1))
        )
        item = store.photos.add_bytes(lesion.id, picture(), "a.jpg", date(2026, 11, 3))
    window = open_window(journal_path)
    facade = by_name(window, "Lesions").facade
    window.undo_stack.push(RemovePhoto(facade, item))
    window.undo_stack.push(DeleteObservation(facade, item.observation))
    mine = facade.save_observation(LesionObservation(lesion.id, date(2026, 11, 3), note="mine"))
    _undo(qtbot, window)
    _undo(qtbot, window)
    days = {t.observation.observed_on for t in facade.timeline(lesion.id)}
    assert days == {date(2026, 11, 3)}
    _redo(qtbot, window)
    _redo(qtbot, window)
    assert facade.timeline(lesion.id) == []
    assert [o.note for o in facade.observations(lesion.id)] == [mine.note]
