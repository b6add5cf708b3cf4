from datetime import date, datetime, time, timedelta

import pytest
from ui.finders import by_name
from ui.flag_waits import wait_for_flags

from journal.checkin import CheckIn
from journal.flags import Level, Rule
from journal.store import open_journal


def _days_ago(days: int, **values: float) -> CheckIn:
    when = datetime.combine(date.today() - timedelta(days=days), time(8)).astimezone()
    return CheckIn(when, values)


@pytest.fixture
def urgent_window(open_window, journal_path):
    with open_journal(journal_path) as store:
        # The urgent flag is not the most recent: the banner still leads with it.
        store.checkins.add(_days_ago(2, bladder_bowel_change=1.0, pain_now=5.0))
        store.checkins.add(_days_ago(1, temperature=38.4, pain_now=5.0))
    return open_window(journal_path)


def test_the_urgent_banner_tells_a_screen_reader_the_level_and_to_get_help_now(
    urgent_window,
):
    banner = urgent_window.flag_banner
    description = by_name(banner, "Red flag alert").accessibleDescription()
    assert banner.accessibleName() == "Urgent red flag"
    assert description.startswith("Urgent red flag: Get medical help now.")
    assert "Change in bladder or bowel control" in description


def test_the_urgent_banner_is_strong_red(urgent_window):
    image = urgent_window.flag_banner.grab().toImage()
    colour = image.pixelColor(6, image.height() // 2)
    assert colour.red() > 150 and colour.green() < 60 and colour.blue() < 60


def test_a_banner_that_is_not_urgent_does_not_say_get_help_now(window):
    window.facade.save(_days_ago(1, temperature=38.4, pain_now=5.0))
    wait_for_flags(window)
    banner = window.flag_banner
    description = by_name(banner, "Red flag alert").accessibleDescription()
    assert banner.level is Level.SOON
    assert description.startswith("Soon red flag: Worth telling your doctor soon.")
    assert "Get medical help now" not in description + banner.label.text()


def test_show_red_flags_chooses_the_flag_the_banner_leads_with(urgent_window):
    by_name(urgent_window, "Show red flags").click()
    assert urgent_window.flags_page.selected().flag.rule is Rule.BLADDER_BOWEL


def test_a_fault_in_the_rules_is_said_plainly_and_the_journal_still_opens(
    open_window, journal_path, monkeypatch, capsys
):
    from journal.services import flag_check
    from journal.ui.flags.flags_banner import FAILURE_TEXT

    def broken(*args, **kwargs):
        raise IndexError("a rule's fault")

    monkeypatch.setattr(flag_check, "find_flags", broken)
    window = open_window(journal_path)
    assert window.flag_banner.label.text() == FAILURE_TEXT
    assert window.flag_banner.isVisibleTo(window)
    assert "a rule's fault" in capsys.readouterr().err
    window.form.fields["pain_now"].widget.setText("3")
    assert window.form.save() is not None  # saving still works


def test_a_banner_of_one_line_is_as_tall_as_one_line(open_window, journal_path, qtbot):
    with open_journal(journal_path) as store:
        store.checkins.add(_days_ago(1, temperature=38.4, pain_now=5.0))
    window = open_window(journal_path)
    window.resize(1366, 768)
    banner = window.flag_banner
    qtbot.waitUntil(lambda: banner.width() > 1300)
    lines = banner.label.height() / banner.label.fontMetrics().lineSpacing()
    assert lines < 1.5, (banner.label.height(), banner.label.text())


def test_the_urgent_banner_is_larger_than_the_users_own_font(urgent_window, qapp):
    banner = urgent_window.flag_banner
    banner.label.ensurePolished()
    assert banner.label.font().pointSizeF() > qapp.font().pointSizeF()
