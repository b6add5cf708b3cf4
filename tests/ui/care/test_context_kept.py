"""Nothing typed in the medical context is lost on leaving its page or closing the window."""

from ui.finders import by_name

from journal.store import open_journal


def _show_context(window):
    window.pages.setCurrentWidget(window.care_page)
    window.care_page.tabs.setCurrentWidget(window.care_page.context)


def test_typing_is_saved_on_going_to_another_care_page(qtbot, window):
    _show_context(window)
    qtbot.keyClicks(by_name(window, "Allergies"), "penicillin")
    window.care_page.tabs.setCurrentWidget(window.care_page.medicines)
    assert window.care_page.care.medical_context().allergies == "penicillin"


def test_a_tick_is_saved_on_going_to_another_tab_of_the_window(qtbot, window):
    _show_context(window)
    by_name(window, "Dental infection").click()
    window.pages.setCurrentIndex(0)
    assert window.care_page.care.medical_context().dental_infection


def test_typing_is_saved_when_the_window_closes(qtbot, open_window, journal_path):
    window = open_window(journal_path)
    _show_context(window)
    qtbot.keyClicks(by_name(window, "Conditions"), "spondylitis")
    window.close()
    window.facade.close()
    with open_journal(journal_path) as store:
        assert store.medical_context.get().conditions == "spondylitis"


def test_leaving_without_typing_saves_nothing(qtbot, monkeypatch, window):
    saved = []
    monkeypatch.setattr(window.care_page.care, "save_medical_context", saved.append)
    _show_context(window)
    window.pages.setCurrentIndex(0)
    assert saved == []
