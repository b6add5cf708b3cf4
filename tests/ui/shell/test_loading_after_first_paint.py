"""The window paints the check-in page first and loads the rest after, a part per turn."""

from __future__ import annotations

from builders import many_checkins
from PySide6.QtWidgets import QHeaderView
from ui.conftest import LOADED_MS, wait_until_loaded

from journal.app import create_window
from journal.care.records import DoseEvent, DoseStatus, Purpose, Regimen, Route
from journal.store import open_journal
from journal.ui.parts import facade as facade_module
from journal.ui.parts.facade import JournalFacade
from journal.ui.shell.main_window import CARE_PAGE, FLAGS_PAGE, LESIONS_PAGE, TRENDS_PAGE

LATER = (LESIONS_PAGE, CARE_PAGE, TRENDS_PAGE, FLAGS_PAGE)


def _unshown(qtbot, path):
    window = create_window(path)
    qtbot.addWidget(window)
    return window


def test_before_its_first_paint_the_window_has_every_tab_but_only_the_journal_page(
    qtbot, journal_path
):
    window = _unshown(qtbot, journal_path)
    try:
        titles = [window.pages.tabText(i) for i in range(window.pages.count())]
        assert titles == ["J&ournal", "&Lesions", "&Care record", "&Trends", "Red &flags"]
        assert all(window.pages.widget_if_built(i) is None for i in LATER)
        assert not window.is_loaded()
    finally:
        window.close()
        window.facade.close()


def test_a_page_asked_for_before_its_turn_is_built_at_once(qtbot, journal_path):
    window = _unshown(qtbot, journal_path)
    try:
        care = window.care_page
        assert window.pages.widget_if_built(CARE_PAGE) is care
        assert window.pages.widget_if_built(TRENDS_PAGE) is None
        window.pages.setCurrentIndex(TRENDS_PAGE)  # a tab chosen is built as it shows
        assert window.pages.widget_if_built(TRENDS_PAGE) is window.trends
    finally:
        window.close()
        window.facade.close()


def test_once_shown_the_window_builds_every_page_and_finds_the_flags(qtbot, journal_path):
    window = _unshown(qtbot, journal_path)
    window.show()
    try:
        wait_until_loaded(qtbot, window)
        assert all(window.pages.widget_if_built(i) is not None for i in LATER)
        assert not window.flags.is_checking()
    finally:
        window.close()
        window.facade.close()


def test_the_timeline_shows_the_newest_at_once_and_every_check_in_once_read(
    qtbot, journal_path, monkeypatch
):
    monkeypatch.setattr(facade_module, "FIRST_CHECKINS", 5)
    monkeypatch.setattr(facade_module, "CHECKINS_PER_PART", 7)
    with open_journal(journal_path) as store:
        store.checkins.add_many(many_checkins(30))
    window = _unshown(qtbot, journal_path)
    try:
        timeline = window.timeline
        assert timeline.model.rowCount() == 5
        assert timeline.count_label.text() == "30 check-ins"  # the journal's, not the rows'
        window.show()
        wait_until_loaded(qtbot, window)
        shown = [timeline.model.checkin_at(r) for r in range(timeline.model.rowCount())]
        assert shown == window.facade.checkins()
        assert len(shown) == 30
    finally:
        window.close()
        window.facade.close()


def test_check_ins_read_in_parts_are_those_read_at_once(journal_path, monkeypatch, qtbot):
    monkeypatch.setattr(facade_module, "CHECKINS_PER_PART", 4)
    with open_journal(journal_path) as store:
        store.checkins.add_many(many_checkins(10))
        at_once = store.checkins.between()
        facade = JournalFacade(store)
        assert facade.newest_checkins(3) == at_once[:3]
        parts = 1
        while not facade.load_checkins_part():
            parts += 1
        assert parts == 3
        assert facade.has_all_checkins()
        assert facade.checkins() == at_once


def test_a_save_while_the_check_ins_load_starts_the_reading_over(journal_path, monkeypatch, qtbot):
    monkeypatch.setattr(facade_module, "CHECKINS_PER_PART", 4)
    with open_journal(journal_path) as store:
        store.checkins.add_many(many_checkins(10))
        facade = JournalFacade(store)
        assert not facade.load_checkins_part()
        # Older than every part read: read in the remaining parts, and not twice.
        oldest = many_checkins(11)[-1]
        facade.save(oldest)
        while not facade.load_checkins_part():
            pass
        assert facade.checkins() == store.checkins.between()
        assert len(facade.checkins()) == 11


def test_the_flags_of_a_window_are_found_after_its_first_paint(qtbot, journal_path):
    window = _unshown(qtbot, journal_path)
    try:
        assert window.flags.is_checking()  # not found before the window shows
        window.show()
        qtbot.waitUntil(lambda: not window.flags.is_checking(), timeout=LOADED_MS)
    finally:
        window.close()
        window.facade.close()


def test_the_dose_table_is_sized_from_its_first_rows_and_the_user_may_widen_it(qtbot, journal_path):
    from datetime import UTC, date, datetime, timedelta

    with open_journal(journal_path) as store:
        regimen = store.medicines.add(
            Regimen(
                "Flucloxacillin with a long name",
                500,
                "mg",
                Route.ORAL,
                Purpose.ANTIBIOTIC,
                date(2026, 1, 1),
            )
        )
        start = datetime(2026, 1, 1, 8, tzinfo=UTC)
        doses = [
            DoseEvent(regimen.id, start + timedelta(hours=6 * i), DoseStatus.TAKEN)
            for i in range(300)
        ]
        store.medicines.add_doses(doses, now=start + timedelta(days=90))
    window = _unshown(qtbot, journal_path)
    try:
        table = window.care_page.medicines.doses.table
        header = table.horizontalHeader()
        assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
        metrics = table.fontMetrics()
        for column in range(table.model().columnCount() - 1):  # the last one stretches
            text = table.model().index(0, column).data()
            assert header.sectionSize(column) >= metrics.horizontalAdvance(text)
    finally:
        window.close()
        window.facade.close()
