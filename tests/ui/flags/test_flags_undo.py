from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt
from ui.finders import by_name
from ui.flag_waits import wait_for_flags

from journal.checkin import CheckIn
from journal.store import open_journal
from journal.ui.flags.flags_model import COL_SEEN


def _fever_with_pain(days_ago: int) -> CheckIn:
    when = datetime.combine(date.today() - timedelta(days=days_ago), time(9)).astimezone()
    return CheckIn(when, {"temperature": 38.6, "pain_now": 6.0})


def _acknowledge_first(window) -> None:
    window.pages.setCurrentWidget(window.flags_page)
    window.flags_page.table.selectRow(0)
    by_name(window, "Acknowledge flag").click()


def test_ctrl_z_takes_back_an_acknowledgement(qtbot, open_window, journal_path):
    with open_journal(journal_path) as store:
        store.checkins.add(_fever_with_pain(1))
    window = open_window(journal_path)
    _acknowledge_first(window)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.facade.store.flags.acknowledgements() == {}
    assert window.flags_page.model.index(0, COL_SEEN).data() == ""
    assert window.flag_banner.isVisible()
    assert by_name(window, "Acknowledge flag").isEnabled()


def test_redo_acknowledges_the_flag_again(open_window, journal_path):
    with open_journal(journal_path) as store:
        store.checkins.add(_fever_with_pain(1))
    window = open_window(journal_path)
    _acknowledge_first(window)
    window.undo_stack.undo()
    window.undo_stack.redo()
    assert len(window.facade.store.flags.acknowledgements()) == 1
    assert not window.flag_banner.isVisibleTo(window)


def test_the_status_bar_says_the_acknowledgement_can_be_undone(open_window, journal_path):
    with open_journal(journal_path) as store:
        store.checkins.add(_fever_with_pain(1))
    window = open_window(journal_path)
    _acknowledge_first(window)
    assert "Ctrl+Z" in window.statusBar().currentMessage()


def test_undo_puts_back_the_earlier_acknowledgement_of_a_flag_that_went_on(
    open_window, journal_path
):
    with open_journal(journal_path) as store:
        store.checkins.add(_fever_with_pain(3))
    window = open_window(journal_path)
    _acknowledge_first(window)
    (earlier,) = window.facade.store.flags.acknowledgements().values()
    window.facade.save(_fever_with_pain(2))  # the fever went on: the flag is news again
    wait_for_flags(window)
    _acknowledge_first(window)
    window.undo_stack.undo()
    assert window.facade.store.flags.acknowledgements() == {earlier.key: earlier}
    assert window.flag_banner.isVisible()
