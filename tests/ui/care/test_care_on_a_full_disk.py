"""A care record saved on a full disk: said plainly, what was typed opened again to save
once there is room, and nothing half-made left on the undo stack."""

from dataclasses import replace
from datetime import date

from care_builders import iv_course
from disk_full import fill_the_disk
from PySide6.QtWidgets import QMessageBox
from ui.finders import by_name

from journal.store.engine import dbapi
from journal.ui.care.medicine_dialogs import MedicineDialog

FULL = "The disk is full — nothing was lost; free some space and save again."


def _room_again(window):
    window.facade.store._db.conn.execute("PRAGMA max_page_count = 1073741823")


def _big(regimen):
    # A name that needs a page of its own, which the full journal has no room for.
    return replace(regimen, name="Flucloxacillin " + "x" * 200_000)


def test_a_medicine_added_on_a_full_disk_is_offered_again_and_saved_once_there_is_room(
    monkeypatch, window
):
    typed = _big(iv_course(date.today()))
    asked = []

    def ask(cls, parent, *shown):
        asked.append(shown)
        return typed if not shown else shown[0]

    told = []

    def warning(parent, title, text):
        told.append(text)
        _room_again(window)  # the user frees some space, then presses OK

    monkeypatch.setattr(MedicineDialog, "ask", classmethod(ask))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    fill_the_disk(window.facade.store)
    by_name(window, "Add medicine").click()

    assert told and told[0].startswith(FULL)
    assert "damaged" not in told[0].lower()
    assert len(asked) == 2 and asked[0] == ()
    assert asked[1][0] == typed  # opened again with what was typed
    assert [r.name for r in window.care_page.care.regimens()] == [typed.name]


def _disk_full(*args, **kwargs):
    error = dbapi.OperationalError("database or disk is full")
    error.sqlite_errorcode = 13  # SQLITE_FULL, as the write-ahead log's append reports it
    raise error


def test_a_delete_on_a_full_disk_leaves_the_record_and_no_step_to_undo(monkeypatch, window):
    window.care_page.care.add_regimen(iv_course(date.today()))
    monkeypatch.setattr(window.facade.store.medicines, "delete", _disk_full)
    by_name(window, "Delete medicine").click()
    assert window.care_page.care.regimens()
    assert not window.undo_stack.canUndo()
    assert "Not deleted: " + FULL in window.care_page.medicines.status.text()


def test_an_undo_the_disk_refuses_can_be_made_again_once_there_is_room(monkeypatch, window):
    care = window.care_page.care
    care.add_regimen(iv_course(date.today()))
    by_name(window, "Delete medicine").click()
    assert care.regimens() == []
    restore = window.facade.store.medicines.restore
    monkeypatch.setattr(window.facade.store.medicines, "restore", _disk_full)
    window.undo_stack.undo()
    assert care.regimens() == []
    assert "Ctrl+Shift+Z and Ctrl+Z" in window.care_page.medicines.status.text()
    monkeypatch.setattr(window.facade.store.medicines, "restore", restore)
    window.undo_stack.redo()  # no step: the record is still deleted
    assert care.regimens() == []
    window.undo_stack.undo()
    assert [r.name for r in care.regimens()] == [iv_course(date.today()).name]
