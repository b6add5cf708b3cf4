from dataclasses import replace
from datetime import date, datetime, time, timedelta

from ui.finders import by_name, unnamed_controls
from ui.flag_waits import wait_for_flags

from journal.care.records import Purpose, Regimen, Route
from journal.checkin import CheckIn
from journal.flags import Level, find_flags, review
from journal.snapshot import JournalSnapshot
from journal.store import open_journal
from journal.ui.flags.flags_model import COL_SEEN, FlagTableModel


def _today_at(hour: int, days_ago: int = 0) -> datetime:
    return datetime.combine(date.today() - timedelta(days=days_ago), time(hour)).astimezone()


def _write(journal_path, *checkins: CheckIn) -> None:
    with open_journal(journal_path) as store:
        for c in checkins:
            store.checkins.add(c)


def _fever_with_pain(days_ago: int = 1) -> CheckIn:
    return CheckIn(_today_at(9, days_ago), {"temperature": 38.6, "pain_now": 6.0})


def test_the_flag_model_passes_the_model_tester(qtmodeltester):
    checkins = [_fever_with_pain(1), CheckIn(_today_at(9, 2), {"bladder_bowel_change": 1.0})]
    model = FlagTableModel()
    model.set_rows(review(find_flags(JournalSnapshot(checkins=tuple(checkins))), {}))
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_the_banner_is_hidden_when_nothing_is_flagged(open_window, journal_path):
    _write(journal_path, CheckIn(_today_at(9, 1), {"pain_now": 2.0}))
    window = open_window(journal_path)
    assert not window.flag_banner.isVisibleTo(window)


def test_an_urgent_flag_tells_the_user_to_get_medical_help_now(open_window, journal_path):
    _write(journal_path, CheckIn(_today_at(8, 1), {"bladder_bowel_change": 1.0}))
    window = open_window(journal_path)
    banner = window.flag_banner
    assert banner.isVisible() and banner.level is Level.URGENT
    assert "Get medical help now" in banner.label.text()


def test_show_red_flags_opens_the_flags_page(open_window, journal_path):
    _write(journal_path, _fever_with_pain())
    window = open_window(journal_path)
    by_name(window, "Show red flags").click()
    assert window.pages.currentWidget() is window.flags_page


def test_the_flags_page_lists_every_flag_with_its_data(open_window, journal_path):
    _write(journal_path, _fever_with_pain(), CheckIn(_today_at(22, 1), {"night_sweats": 1.0}))
    window = open_window(journal_path)
    table = by_name(window, "Red flags")
    assert table.model().rowCount() == 2
    window.flags_page.table.selectRow(0)
    data = by_name(window, "Data behind the flag").toPlainText()
    assert "Temperature 38.6 °C" in data or "Night sweats yes" in data


def test_acknowledging_a_flag_keeps_it_listed_and_takes_it_off_the_banner(
    open_window, journal_path
):
    _write(journal_path, _fever_with_pain())
    window = open_window(journal_path)
    window.flags_page.table.selectRow(0)
    button = by_name(window, "Acknowledge flag")
    button.click()
    table = window.flags_page.table
    assert table.model().rowCount() == 1
    assert table.model().index(0, COL_SEEN).data()
    assert not window.flag_banner.isVisibleTo(window)
    assert not button.isEnabled()
    assert window.facade.store.flags.acknowledgements()


def test_a_saved_check_in_with_fever_and_pain_raises_a_flag_at_once(window):
    window.facade.save(_fever_with_pain())
    wait_for_flags(window)
    assert window.flags_page.table.model().rowCount() == 1
    assert window.flag_banner.isVisible() and window.flag_banner.level is Level.SOON


def test_the_flags_page_has_no_unnamed_controls(window):
    assert unnamed_controls(window.flags_page) == []


def test_the_recovery_box_shows_the_week_of_a_running_course(monkeypatch, window):
    course = Regimen.course(
        date.today() - timedelta(days=15),
        6,
        name="Ceftriaxone",
        dose=2,
        dose_unit="g",
        route=Route.IV,
        purpose=Purpose.ANTIBIOTIC,
        times_per_day=1,
        id=1,
    )
    store = window.facade.store
    real = store.snapshot
    monkeypatch.setattr(
        store, "snapshot", lambda *a, **k: replace(real(*a, **k), regimens=(course,))
    )
    # Midnight: a check-in later today would be in the future before that hour.
    window.facade.save(CheckIn(_today_at(0), {"pain_now": 4.0, "temperature": 37.1}))
    wait_for_flags(window)
    text = by_name(window, "Recovery").text()
    assert text.startswith("Week 3 of your antibiotic course (Ceftriaxone")
