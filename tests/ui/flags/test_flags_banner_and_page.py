"""The banner and the Red flags page say the same: the same flag first, count, words and dates."""

import re
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from ui.finders import by_name
from ui.flag_waits import wait_for_flags

from journal.checkin import CheckIn
from journal.store.demo_writer import write_demo
from journal.ui.flags.flags_model import COL_DAYS, COL_FLAG, COL_LEVEL, COL_SEEN

ONE_DAY = re.compile(r"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2} \d{4}$")


@pytest.fixture
def demo_window(open_window, journal_path):
    # The story ends today, so some of its flags are recent and some are months old.
    write_demo(journal_path).close()
    return open_window(journal_path, is_demo=True)


def _more(banner) -> int:
    found = re.search(r"And (\d+) more", banner.label.text())
    return int(found.group(1)) if found else 0


def _cells(window, row: int, column: int) -> str:
    return window.flags_page.model.index(row, column).data()


def test_the_pages_first_row_is_the_flag_the_banner_names(demo_window):
    banner = demo_window.flag_banner.label.text()
    title, days = _cells(demo_window, 0, COL_FLAG), _cells(demo_window, 0, COL_DAYS)
    assert f"{title}, {days}." in banner


def test_the_banner_counts_the_rows_to_look_at_below_the_first(demo_window):
    page = demo_window.flags_page
    more = _more(demo_window.flag_banner)
    assert more > 0
    assert page.model.to_look_at == more + 1
    rows = [page.model.review_at(r).flag.key for r in range(page.model.rowCount())]
    assert rows[: more + 1] == [r.flag.key for r in page.flags.active()]
    assert page.summary.text().startswith(f"{more + 1} red flags to look at")


def test_after_acknowledging_the_first_flag_banner_and_page_still_agree(demo_window):
    page = demo_window.flags_page
    before = _more(demo_window.flag_banner)
    acknowledged = page.model.review_at(0).flag
    page.table.selectRow(0)
    by_name(page, "Acknowledge flag").click()
    assert _more(demo_window.flag_banner) == before - 1
    assert page.model.to_look_at == before
    assert page.model.review_at(0).flag != acknowledged
    title, days = _cells(demo_window, 0, COL_FLAG), _cells(demo_window, 0, COL_DAYS)
    assert f"{title}, {days}." in demo_window.flag_banner.label.text()


def test_the_banner_and_the_page_use_the_same_words_for_the_level(demo_window):
    page = demo_window.flags_page
    page.table.selectRow(0)
    words = _cells(demo_window, 0, COL_LEVEL)
    assert demo_window.flag_banner.label.text().lstrip("⚠ ").startswith(f"{words}: ")
    assert page.title.text().startswith(f"{words}: ")


def test_the_acknowledged_day_is_written_like_every_other_day(demo_window):
    page = demo_window.flags_page
    page.table.selectRow(0)
    by_name(page, "Acknowledge flag").click()
    row = page.model.row_of(page.selected().flag.key)
    assert ONE_DAY.match(_cells(demo_window, row, COL_SEEN))
    seen = page.title.text().rsplit("acknowledged ", 1)[-1]
    assert ONE_DAY.match(seen), page.title.text()


def test_only_the_rows_to_look_at_are_coloured(demo_window):
    model = demo_window.flags_page.model
    coloured = [
        model.index(row, COL_FLAG).data(Qt.ItemDataRole.BackgroundRole) is not None
        for row in range(model.rowCount())
    ]
    assert coloured == [row < model.to_look_at for row in range(model.rowCount())]


def test_with_every_flag_acknowledged_the_page_says_nothing_new_to_look_at(window):
    yesterday = datetime.combine(date.today() - timedelta(days=1), time(9)).astimezone()
    window.facade.save(CheckIn(yesterday, {"temperature": 38.6, "pain_now": 6.0}))
    wait_for_flags(window)
    page = window.flags_page
    page.table.selectRow(0)
    by_name(page, "Acknowledge flag").click()
    assert not window.flag_banner.isVisibleTo(window)
    assert page.model.to_look_at == 0
    assert page.summary.text().startswith("Nothing new to look at: the red flag below is older")
