"""The timeline follows saves, changes, deletes and undos one row at a time."""

import tempfile
from datetime import timedelta
from pathlib import Path

from builders import at, many_checkins
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from ui.flag_waits import wait_for_flags

from journal.checkin import CheckIn
from journal.services.flag_check import check_flags
from journal.store import open_journal
from journal.ui.checkin.timeline_model import CheckInTableModel
from journal.ui.checkin.timeline_view import TimelineView
from journal.ui.parts.facade import JournalFacade

# Few distinct moments, so that ties (same time, told apart by id) happen often.
_moments = st.integers(0, 5).map(lambda h: at(10, 8) + timedelta(hours=h))
_operations = st.lists(
    st.one_of(
        st.tuples(st.just("save"), _moments, st.integers(0, 10)),
        st.tuples(st.just("update"), _moments, st.integers(0, 50)),
        st.tuples(st.just("delete"), st.integers(0, 50)),
        st.tuples(st.just("undo")),
    ),
    max_size=25,
)


def _rows(model: CheckInTableModel) -> list[CheckIn]:
    return [model.checkin_at(r) for r in range(model.rowCount())]


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(operations=_operations)
def test_after_any_changes_the_rows_equal_a_fresh_load(qapp, operations):
    with tempfile.TemporaryDirectory() as folder:
        store = open_journal(Path(folder) / "j.sqlite")
        facade = JournalFacade(store)
        view = TimelineView(facade)
        deleted: list[CheckIn] = []
        try:
            for op in operations:
                shown = _rows(view.model)
                if op[0] == "save":
                    facade.save(CheckIn(op[1], {"pain_now": float(op[2])}))
                elif op[0] == "update" and shown:
                    old = shown[op[2] % len(shown)]
                    facade.save(CheckIn(op[1], {"pain_now": 1.0}, note="changed", id=old.id))
                elif op[0] == "delete" and shown:
                    deleted.append(facade.delete(shown[op[1] % len(shown)].id))
                elif op[0] == "undo" and deleted:
                    facade.restore(deleted.pop())
            fresh = CheckInTableModel(facade.all_metrics(), facade.units())
            fresh.set_rows(store.checkins.between())
            assert _rows(view.model) == _rows(fresh)
            assert facade.checkins() == store.checkins.between()
            count = len(_rows(fresh))
            assert view.count_label.text().startswith(f"{count} check-in")
        finally:
            view.deleteLater()
            store.close()


def test_the_model_passes_qt_model_tester_through_row_changes(qtmodeltester, store):
    facade = JournalFacade(store)
    for checkin in many_checkins(5):
        facade.save(checkin)
    model = CheckInTableModel(facade.all_metrics(), facade.units())
    model.set_rows(facade.checkins())
    qtmodeltester.check(model)
    facade.checkin_changed.connect(model.apply)
    newest = facade.save(CheckIn(at(21), {"pain_now": 3.0}))
    moved = model.checkin_at(4)
    facade.save(CheckIn(at(22), moved.values, id=moved.id))
    facade.delete(newest.id)
    assert [c.id for c in _rows(model)] == [c.id for c in store.checkins.between()]


def _timeline_with(open_window, journal_path, count):
    with open_journal(journal_path) as store:
        store.checkins.add_many(many_checkins(count))
    return open_window(journal_path)


def test_a_save_keeps_the_selected_row_and_the_rows_in_view(open_window, journal_path):
    window = _timeline_with(open_window, journal_path, 300)
    timeline = window.timeline
    table = timeline.table
    chosen = timeline.model.checkin_at(150)
    timeline.select(chosen.id)
    table.scrollTo(timeline.model.index(150, 0))
    bar = table.verticalScrollBar()
    assert bar.value() > 0
    top = timeline.model.checkin_at(table.rowAt(0))

    window.facade.save(CheckIn(at(21), {"pain_now": 3.0}))  # a new row, above the view
    assert timeline.model.rowCount() == 301
    assert timeline.selected() == chosen
    assert timeline.model.checkin_at(table.rowAt(0)) == top
    assert timeline.count_label.text() == "301 check-ins"

    other = timeline.model.checkin_at(0)
    window.facade.delete(other.id)  # a row above the view goes
    assert timeline.selected() == chosen
    assert timeline.model.checkin_at(table.rowAt(0)) == top


def test_changing_another_check_in_keeps_the_selection(open_window, journal_path):
    window = _timeline_with(open_window, journal_path, 5)
    timeline = window.timeline
    chosen = timeline.model.checkin_at(3)
    timeline.select(chosen.id)
    changed = timeline.model.checkin_at(1)
    window.facade.save(CheckIn(changed.taken_at, {"pain_now": 9.0}, id=changed.id))
    assert timeline.selected() == chosen
    assert timeline.model.checkin_at(1).value("pain_now") == 9.0


def test_the_flags_after_a_save_equal_those_of_the_whole_journal(open_window, journal_path):
    window = _timeline_with(open_window, journal_path, 40)
    flags = window.flags_page.flags
    fever = CheckIn(at(21, 9), {"temperature": 38.7, "pain_now": 7.0})
    window.facade.save(fever)
    wait_for_flags(window)
    store = window.facade.store
    expected = check_flags(
        store.snapshot(),
        store.settings.flag_thresholds(),
        window.facade.units(),
        store.flags.acknowledgements(),
        flags._today(),
    )
    assert flags._reviews == expected.reviews
    assert flags._reviews  # the fever raised something to compare


def test_a_newer_check_supersedes_an_older_one(open_window, journal_path):
    window = _timeline_with(open_window, journal_path, 10)
    flags = window.flags_page.flags
    answers = []
    flags.changed.connect(lambda: answers.append(len(flags.reviews())))
    window.facade.save(CheckIn(at(21, 9), {"pain_now": 2.0}))
    window.facade.save(CheckIn(at(21, 10), {"temperature": 38.7, "pain_now": 7.0}))
    wait_for_flags(window)
    assert answers == [len(flags.reviews())]  # only the latest check's answer was shown
    assert flags.reviews()


def test_a_hidden_chart_is_redrawn_only_when_its_page_is_shown(
    qtbot, monkeypatch, open_window, journal_path
):
    window = _timeline_with(open_window, journal_path, 10)
    trends = window.trends
    window.pages.setCurrentWidget(trends)
    qtbot.waitUntil(lambda: trends.drawing is not None)
    window.pages.setCurrentIndex(0)
    drawn = []
    real = trends._draw
    monkeypatch.setattr(trends, "_draw", lambda: (drawn.append(1), real()))
    window.facade.save(CheckIn(at(21, 9), {"pain_now": 2.0}))
    wait_for_flags(window)
    assert drawn == []  # saving on the journal page draws no chart
    window.pages.setCurrentWidget(trends)
    qtbot.waitUntil(lambda: bool(drawn))
