"""The Care record and Lesions pages are built a part per turn after the first paint, and a
page built in parts is the page built at once."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QUndoStack

from journal.lesions.lesion import Lesion
from journal.pain import Region, Side
from journal.store import open_journal
from journal.ui.care.care_page import CarePage
from journal.ui.lesions.lesion_facade import LesionFacade
from journal.ui.lesions.lesions_page import LesionsPage
from journal.ui.parts.facade import JournalFacade


def _titles(page: CarePage) -> list[str]:
    return [page.tabs.tabText(i) for i in range(page.tabs.count())]


def test_the_care_page_in_parts_builds_a_record_tab_per_part(qtbot, store):
    undo = QUndoStack()
    at_once = CarePage(JournalFacade(store), undo)
    qtbot.addWidget(at_once)
    in_parts = CarePage(JournalFacade(store), undo, in_parts=True)
    qtbot.addWidget(in_parts)
    assert in_parts.tabs.count() == 0 and not in_parts.is_built()
    counts = []
    while in_parts.build_next_part():
        counts.append(in_parts.tabs.count())
    # One tab a part, and the lab results read in a part of their own after their tab.
    assert counts == [1, 2, 2, 3, 4, 5]
    assert in_parts.is_built()
    assert _titles(in_parts) == _titles(at_once)
    assert in_parts.tabs.widget(0) is in_parts.medicines
    assert in_parts.tabs.widget(4) is in_parts.context


def test_the_care_page_finished_at_once_has_every_tab(qtbot, store):
    page = CarePage(JournalFacade(store), QUndoStack(), in_parts=True)
    qtbot.addWidget(page)
    page.build_next_part()
    page.finish_building()
    assert page.is_built() and page.tabs.count() == 5
    assert not page.build_next_part()


def test_the_lesions_page_in_parts_reads_the_lesions_in_its_next_part(qtbot, store, monkeypatch):
    for name in ("Left boil", "Right boil"):
        store.lesions.add_lesion(Lesion(name, Region.LOWER_BACK, Side.LEFT, date(2026, 1, 1)))
    facade = LesionFacade(store)
    shown = []
    original = LesionFacade.timeline
    monkeypatch.setattr(
        LesionFacade, "timeline", lambda self, i: shown.append(i) or original(self, i)
    )
    page = LesionsPage(facade, QUndoStack(), in_parts=True)
    qtbot.addWidget(page)
    assert page.lesion_list.count() == 0 and shown == [] and not page.is_built()
    assert page.build_next_part()
    assert page.lesion_list.count() == 2
    # The first lesion is shown once: each showing reads its observations and photos.
    assert len(shown) == 1
    assert page.lesion_list.currentRow() == 0
    assert page.title.text() == page.current_lesion().name
    assert page.is_built() and not page.build_next_part()


def test_a_window_builds_every_part_and_tidies_the_journal_once_shown(open_window, journal_path):
    with open_journal(journal_path) as store:
        store.lesions.add_lesion(Lesion("Boil", Region.LOWER_BACK, Side.LEFT, date(2026, 1, 1)))
    window = open_window(journal_path)  # waits until loaded
    assert window.facade.store.is_tidy()
    assert window.care_page.is_built() and window.care_page.tabs.count() == 5
    assert window.lesions_page.lesion_list.count() == 1


def test_the_lab_results_are_read_in_the_part_after_their_tab(qtbot, store):
    from journal.care.records import LabResult

    store.labs.add(LabResult("CRP", date(2026, 11, 2), 42.0, "mg/L"))
    page = CarePage(JournalFacade(store), QUndoStack(), in_parts=True)
    qtbot.addWidget(page)
    page.build_next_part()  # medicines
    page.build_next_part()  # the labs' tab, without its rows
    assert page.tabs.count() == 2 and page.labs.labs.model.rowCount() == 0
    page.build_next_part()
    assert page.labs.labs.model.rowCount() == 1
