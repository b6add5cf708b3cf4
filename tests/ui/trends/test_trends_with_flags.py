"""Red flags found in the journal are marked on the trend charts."""

from datetime import date

from journal.store.demo_writer import write_demo


def test_the_trend_charts_mark_the_demo_journals_flags(open_window, journal_path):
    write_demo(journal_path, end=date(2026, 11, 21)).close()
    window = open_window(journal_path, is_demo=True)
    snapshot = window.facade.snapshot()
    markers = window.trends.facade.flag_source(snapshot)
    flagged = {r.flag.first_day for r in window.flags_page.flags.reviews()}
    assert markers
    assert {m.day for m in markers} == flagged
    assert {m.level for m in markers} <= {"urgent", "soon", "next appointment"}


def test_markers_are_limited_to_the_snapshot_days(open_window, journal_path):
    write_demo(journal_path, end=date(2026, 11, 21)).close()
    window = open_window(journal_path, is_demo=True)
    last_month = window.facade.snapshot(date(2026, 10, 22), date(2026, 11, 21))
    days = {m.day for m in window.trends.facade.flag_source(last_month)}
    assert days
    assert all(date(2026, 10, 22) <= d <= date(2026, 11, 21) for d in days)


def test_the_demo_course_lab_results_and_basdai_reach_the_charts(open_window, journal_path):
    write_demo(journal_path, end=date(2026, 11, 21)).close()
    window = open_window(journal_path, is_demo=True)
    snapshot = window.facade.snapshot()
    assert any(r.purpose == "antibiotic" for r in snapshot.regimens)
    assert window.trends.facade.basdai_source(snapshot)
    coming_back = [r for r in window.flags_page.flags.reviews() if "back" in r.flag.title.lower()]
    assert coming_back, [r.flag.title for r in window.flags_page.flags.reviews()]


def test_adding_a_medicine_finds_the_flags_again(qtbot, open_window, journal_path):
    window = open_window(journal_path)
    with qtbot.waitSignal(window.flags_page.flags.changed, timeout=2000):
        window.care_page.care.medicines_changed.emit()


def test_changing_lesions_finds_the_flags_again(qtbot, open_window, journal_path):
    window = open_window(journal_path)
    with qtbot.waitSignal(window.flags_page.flags.changed, timeout=2000):
        window.lesions_page.facade.changed.emit()


def test_the_demo_lesion_reaches_the_snapshot_the_flags_read(open_window, journal_path):
    write_demo(journal_path, end=date(2026, 11, 21)).close()
    window = open_window(journal_path, is_demo=True)
    snapshot = window.facade.snapshot()
    assert snapshot.lesions and snapshot.lesion_observations
