from PySide6.QtWidgets import QApplication
from ui.finders import by_name

from journal.store import open_journal


def test_the_title_names_the_journal_in_words(window, journal_path):
    assert window.windowTitle() == "journal — Symptom Journal"


def test_a_demo_journal_says_so_in_the_title(open_window, journal_path):
    assert open_window(journal_path, is_demo=True).windowTitle().startswith("Demo journal")


def test_what_was_typed_is_kept_as_a_draft_on_close_and_comes_back(
    qtbot, open_window, journal_path
):
    first = open_window(journal_path)
    qtbot.keyClicks(by_name(first, "Pain now"), "8")
    qtbot.keyClicks(by_name(first, "Notes"), "half written")
    first.close()
    first.facade.close()
    with open_journal(journal_path) as store:
        assert store.checkins.count() == 0  # a draft is not a check-in

    again = open_window(journal_path)
    assert by_name(again, "Pain now").text() == "8"
    assert by_name(again, "Notes").toPlainText() == "half written"
    assert again.form.is_dirty
    again.form.save()
    assert again.facade.draft() is None


def test_the_draft_is_kept_while_typing_without_waiting_for_close(qtbot, window):
    qtbot.keyClicks(by_name(window, "Pain now"), "5")
    qtbot.waitUntil(lambda: window.facade.draft() is not None, timeout=3000)
    assert window.facade.draft()["fields"]["pain_now"] == "5"


def test_window_size_is_remembered(open_window, journal_path):
    first = open_window(journal_path)
    # A size that fits the test screen: a larger one is made to fit when restored.
    wanted = first.screen().availableGeometry().size() * 0.9
    first.resize(wanted)
    QApplication.processEvents()
    first.close()
    first.facade.close()
    again = open_window(journal_path)
    assert again.size() == first.size()


def test_ctrl_n_keeps_unsaved_typing(qtbot, window):
    qtbot.keyClicks(by_name(window, "Pain now"), "4")
    window.new_action.trigger()
    assert by_name(window, "Pain now").text() == "4"


def test_unit_menu_switches_temperature_to_fahrenheit(window):
    action = next(
        a for a in window.findChildren(type(window.new_action)) if a.text() == "Temperature in °F"
    )
    action.trigger()
    assert window.facade.units().temperature.value == "°F"
    assert window.form.fields["temperature"].unit_label.text() == "°F"


def test_a_pages_message_reaches_the_status_bar_one_way(window, monkeypatch):
    from journal.ui.care import care_page

    monkeypatch.setattr(care_page.QuestionDialog, "ask", classmethod(lambda cls, parent: "Why?"))
    window.question_action.trigger()
    assert window.statusBar().currentMessage() == "Question added for your next appointment."
    window.lesions_page.status.emit("Lesion deleted. Press Ctrl+Z to undo.")
    assert window.statusBar().currentMessage() == "Lesion deleted. Press Ctrl+Z to undo."
