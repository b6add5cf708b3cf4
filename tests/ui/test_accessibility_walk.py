"""A walk through the window, every page and every dialog, as a screen reader would take it.

Every control that Tab reaches has an accessible name, and no two in the same window share
one. The dialogs are built on the demo journal, with records to show; a test makes sure that
a dialog class added later is walked too.
"""

from __future__ import annotations

import importlib
import pkgutil

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QTabWidget
from ui.finders import duplicate_names, focusable_controls, unnamed_focusable

import journal.ui
from journal.flags import Thresholds
from journal.store.demo_writer import write_demo
from journal.ui.care.custom_symptom_dialog import CustomSymptomDialog
from journal.ui.care.lab_dialogs import ImagingDialog, LabDialog
from journal.ui.care.medicine_dialogs import DoseDialog, MedicineDialog
from journal.ui.care.visit_dialogs import AppointmentDialog, BasdaiDialog, QuestionDialog
from journal.ui.checkin.unsaved_dialog import UnsavedCheckInDialog
from journal.ui.encryption.encryption_dialog import EncryptionDialog
from journal.ui.encryption.unlock_dialog import UnlockDialog
from journal.ui.flags.flags_settings import ThresholdsDialog
from journal.ui.lesions.lesion_dialogs import HealedDialog, LesionDialog, ObservationDialog
from journal.ui.lesions.photo_compare import CompareDialog, first_photo_of_each
from journal.ui.parts.choice_dialog import ChoiceDialog
from journal.ui.shell.welcome import WelcomeDialog


@pytest.fixture
def demo(open_window, journal_path):
    """The main window on the demo journal: every page has records to show."""
    write_demo(journal_path).close()
    return open_window(journal_path, is_demo=True)


def _lesion(window):
    return window.lesions_page.facade.lesions()[0]


def _compare(window):
    lesions = window.lesions_page.facade
    lesion = _lesion(window)
    entries = first_photo_of_each(lesions.timeline(lesion.id))
    return CompareDialog(lesion, entries, lesions.photo_bytes, window)


def _care(window):
    return window.care_page.care


# Each dialog as its menu or button opens it, or built as its caller builds it.
DIALOGS = {
    "Prepare summary": lambda w: w.prepare_summary(),
    "Export": lambda w: w.export_journal(),
    "Import": lambda w: w.import_into_journal(),
    "Backups": lambda w: w.show_backups(),
    "Preferences": lambda w: w.show_preferences(),
    "Keyboard shortcuts": lambda w: w.help_menu.show_shortcuts(),
    "What the red flags mean": lambda w: w.help_menu.show_flags(),
    "Bringing the summary to an appointment": lambda w: w.help_menu.show_appointment(),
    "About": lambda w: w.help_menu.show_about(),
    "Red flag settings": lambda w: ThresholdsDialog(Thresholds(), w.facade.units(), w),
    "Welcome": lambda w: WelcomeDialog(w.facade.path, w),
    "Unsaved check-in": lambda w: UnsavedCheckInDialog(w),
    "A choice": lambda w: ChoiceDialog("Title", "Which?", [("&One", 1), ("&Two", 2)], parent=w),
    "New lesion": lambda w: LesionDialog(w),
    "Change lesion": lambda w: LesionDialog(w, _lesion(w)),
    "New observation": lambda w: ObservationDialog(w, _lesion(w)),
    "Change observation": lambda w: ObservationDialog(
        w, _lesion(w), w.lesions_page.facade.observations(_lesion(w).id)[0]
    ),
    "Healed": lambda w: HealedDialog(w, _lesion(w)),
    "Compare photos": _compare,
    "New lab result": lambda w: LabDialog(w),
    "Change lab result": lambda w: LabDialog(w, lab=_care(w).labs()[0]),
    "New imaging": lambda w: ImagingDialog(w),
    "Change imaging": lambda w: ImagingDialog(w, imaging=_care(w).imaging()[0]),
    "New symptom to track": lambda w: CustomSymptomDialog(w.facade.metrics(), w),
    "New medicine": lambda w: MedicineDialog(w),
    "Change medicine": lambda w: MedicineDialog(w, regimen=_care(w).regimens()[0]),
    "Dose": lambda w: DoseDialog(_care(w).regimens()[0], w),
    "New appointment": lambda w: AppointmentDialog(w),
    "Change appointment": lambda w: AppointmentDialog(w, _care(w).appointments()[0]),
    "Question": lambda w: QuestionDialog(w),
    "New BASDAI": lambda w: BasdaiDialog(w),
    "Change BASDAI": lambda w: BasdaiDialog(w, answers=_care(w).basdai()[0]),
    "Encryption": lambda w: EncryptionDialog(w.facade.path, "Demo journal", w._settings, w),
    "Unlock journal": lambda w: UnlockDialog(w.facade.path, "Demo journal", w),
}


def _problems(root) -> dict[str, object]:
    found: dict[str, object] = {}
    if unnamed := unnamed_focusable(root):
        found["without a name"] = unnamed
    if duplicates := duplicate_names(root):
        found["names used twice"] = duplicates
    return found


def _show_every_page(window) -> None:
    """Each page and each tab inside a page, shown once: some build their parts when shown."""
    for index in range(window.pages.count()):
        window.pages.setCurrentIndex(index)
        QApplication.processEvents()
        for tabs in window.pages.widget(index).findChildren(QTabWidget):
            for tab in range(tabs.count()):
                tabs.setCurrentIndex(tab)
                QApplication.processEvents()
    window.pages.setCurrentIndex(0)


def test_every_control_of_the_window_and_its_pages_has_a_name_of_its_own(demo):
    _show_every_page(demo)
    assert len(focusable_controls(demo)) > 50
    assert _problems(demo) == {}


def test_every_control_of_every_dialog_has_a_name_of_its_own(demo):
    problems = {}
    for title, build in DIALOGS.items():
        # A child of the window, which the fixture closes; some delete themselves on close.
        dialog = build(demo)
        assert focusable_controls(dialog), f"{title}: nothing to reach with Tab"
        if found := _problems(dialog):
            problems[title] = found
        dialog.close()
    assert problems == {}


def _dialog_classes() -> set[type]:
    for module in pkgutil.walk_packages(journal.ui.__path__, "journal.ui."):
        importlib.import_module(module.name)
    found, waiting = set(), list(QDialog.__subclasses__())
    while waiting:
        kind = waiting.pop()
        waiting.extend(kind.__subclasses__())
        if kind.__module__.startswith("journal.ui."):
            found.add(kind)
    return found


def test_the_walk_opens_every_dialog_class_of_the_program(demo):
    walked = set()
    for build in DIALOGS.values():
        dialog = build(demo)
        walked.add(type(dialog))
        dialog.close()
    # The shared bases are walked through the dialogs built on them.
    bases = {kind for kind in _dialog_classes() for sub in walked if kind in sub.__mro__[1:]}
    assert _dialog_classes() - walked - bases == set()


def test_the_walk_sees_a_control_without_a_name_and_a_name_used_twice(qtbot):
    from PySide6.QtWidgets import QPushButton, QWidget

    root = QWidget()
    qtbot.addWidget(root)
    QPushButton("Mystery", root)
    for _ in range(2):
        QPushButton("Save", root).setAccessibleName("Save")
    assert _problems(root) == {
        "without a name": ["QPushButton '' 'Mystery'"],
        "names used twice": {"Save": ["QPushButton '' 'Save'"] * 2},
    }
