"""A newcomer's first start: the first-run screen, and the demo never swallowing their data."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from journal.app import _settings, create_window
from journal.store import open_journal
from journal.store.demo_writer import demo_has_changes, write_demo
from journal.store.location import default_journal_path, demo_journal_path
from journal.ui.parts.choice_dialog import ChoiceDialog
from journal.ui.shell.launcher import Launcher
from journal.ui.shell.welcome import WelcomeChoice, WelcomeDialog


@pytest.fixture
def home(tmp_path, monkeypatch):
    """The user's data folder, empty: no journal made yet."""
    folder = tmp_path / "home"
    monkeypatch.setenv("SYMPTOM_JOURNAL_HOME", str(folder))
    return folder


@pytest.fixture
def launcher(qtbot, home, opened_windows):
    """A launcher whose windows are closed, and journals let go, after the test."""
    return Launcher(_settings())


def _welcome_answers(monkeypatch, *answers):
    asked = list(answers)
    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(lambda cls, *a: asked.pop(0)))
    return asked


def _answer(monkeypatch, value):
    asked = []

    def ask(cls, parent, title, message, answers, back="Cancel"):
        asked.append(message)
        return value

    monkeypatch.setattr(ChoiceDialog, "ask", classmethod(ask))
    return asked


def _show(qtbot, window):
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _type_a_check_in(window, pain="6"):
    window.form.fields["pain_now"].widget.setText(pain)
    window.form.fields["pain_now"].widget.textEdited.emit(pain)


def test_with_no_journal_the_first_run_screen_is_shown(launcher, monkeypatch):
    asked = _welcome_answers(monkeypatch, None)
    assert launcher.start() is None
    assert asked == []
    assert not default_journal_path().exists()


def test_start_my_journal_makes_and_opens_the_users_own(launcher, monkeypatch):
    _welcome_answers(monkeypatch, WelcomeChoice.START)
    window = launcher.start()
    assert window.facade.path == default_journal_path()
    assert not window.facade.is_demo
    assert window.windowTitle() == "My journal — Symptom Journal"


def test_look_at_the_demo_opens_the_demo_and_the_next_start_goes_back_to_it(launcher, monkeypatch):
    _welcome_answers(monkeypatch, WelcomeChoice.DEMO)
    window = launcher.start()
    assert window.facade.is_demo
    assert window.windowTitle() == "Demo journal — Symptom Journal"
    window.close()
    window.facade.close()
    _welcome_answers(monkeypatch)  # asking again would fail: the list is empty
    again = Launcher(_settings()).start()
    assert again.facade.is_demo
    again.close()
    again.facade.close()


def test_once_the_user_has_a_journal_a_start_opens_it_not_the_demo(launcher, home):
    home.mkdir()
    open_journal(default_journal_path()).close()
    launcher.open(demo_journal_path(), is_demo=True, rebuild_demo=True)
    launcher.window.close()
    window = Launcher(_settings()).start()
    assert window.facade.path == default_journal_path()
    window.close()
    window.facade.close()


def test_a_journal_named_opens_directly_with_no_first_run_screen(qtbot, home, monkeypatch):
    monkeypatch.setattr(WelcomeDialog, "ask", classmethod(lambda *a: pytest.fail("asked")))
    window = create_window(home / "Back 2026.sqlite")
    qtbot.addWidget(window)
    assert window.windowTitle() == "Back 2026 — Symptom Journal"
    window.facade.close()


def test_the_first_check_in_saved_in_the_demo_can_start_the_users_journal(
    qtbot, launcher, monkeypatch
):
    demo = _show(qtbot, launcher.open(demo_journal_path(), is_demo=True, rebuild_demo=True))
    in_demo = demo.facade.store.checkins.count()
    asked = _answer(monkeypatch, True)
    _type_a_check_in(demo)
    assert demo.form.save() is None
    assert "Start your own journal with this check-in?" in asked[0]
    own = launcher.window
    assert own is not demo and own.facade.path == default_journal_path()
    assert [c.value("pain_now") for c in own.facade.checkins()] == [6.0]
    assert own.isVisible()
    with open_journal(demo_journal_path()) as kept:
        assert kept.checkins.count() == in_demo
        assert kept.settings.get("checkin_draft") is None


def test_a_check_in_kept_in_the_demo_survives_the_next_start(qtbot, launcher, monkeypatch):
    demo = _show(qtbot, launcher.open(demo_journal_path(), is_demo=True, rebuild_demo=True))
    in_demo = demo.facade.store.checkins.count()
    _answer(monkeypatch, False)
    _type_a_check_in(demo, "4")
    assert demo.form.save() is not None
    demo.close()
    demo.facade.close()
    restarted = Launcher(_settings()).open(demo_journal_path(), is_demo=True, rebuild_demo=True)
    assert restarted.facade.store.checkins.count() == in_demo + 1
    note = restarted.findChild(QLabel, "demo_note_text")
    assert "keeps the changes you made" in note.text()
    restarted.close()
    restarted.facade.close()


def test_keep_typing_saves_nothing_and_keeps_the_typing(qtbot, launcher, monkeypatch):
    demo = _show(qtbot, launcher.open(demo_journal_path(), is_demo=True, rebuild_demo=True))
    in_demo = demo.facade.store.checkins.count()
    _answer(monkeypatch, None)
    _type_a_check_in(demo, "5")
    assert demo.form.save() is None
    assert launcher.window is demo
    assert demo.facade.store.checkins.count() == in_demo
    assert demo.form.fields["pain_now"].widget.text() == "5"


def test_typing_in_the_demo_survives_a_restart(qtbot, launcher):
    demo = _show(qtbot, launcher.open(demo_journal_path(), is_demo=True, rebuild_demo=True))
    _type_a_check_in(demo, "7")
    demo.close()  # keeps the draft in the demo
    demo.facade.close()
    restarted = Launcher(_settings()).open(demo_journal_path(), is_demo=True, rebuild_demo=True)
    assert restarted.form.fields["pain_now"].widget.text() == "7"
    restarted.close()
    restarted.facade.close()


def test_leaving_an_untouched_demo_asks_nothing_and_opens_the_users_journal(
    qtbot, launcher, monkeypatch
):
    demo = _show(qtbot, launcher.open(demo_journal_path(), is_demo=True, rebuild_demo=True))
    asked = _answer(monkeypatch, None)
    demo.journal_actions.demo_action.trigger()
    assert asked == []
    assert launcher.window.facade.path == default_journal_path()


def test_leaving_a_changed_demo_asks_and_can_throw_the_changes_away(qtbot, launcher, monkeypatch):
    demo = _show(qtbot, launcher.open(demo_journal_path(), is_demo=True, rebuild_demo=True))
    _answer(monkeypatch, False)
    _type_a_check_in(demo)
    demo.form.save()
    asked = _answer(monkeypatch, True)
    demo.journal_actions.demo_action.trigger()
    assert "You changed things in the demo" in asked[0]
    assert launcher.window.facade.path == default_journal_path()
    assert not demo_has_changes(demo_journal_path())


def test_the_journal_menu_offers_new_open_recent_and_the_demo(qtbot, launcher, home):
    first = home / "Older.sqlite"
    home.mkdir()
    open_journal(first).close()
    launcher.open(first)
    window = _show(qtbot, launcher.open(default_journal_path()))
    menu = window.menuBar().actions()[0].menu()
    texts = [a.text().replace("&", "") for a in menu.actions()]
    for wanted in ("New journal…", "Open journal…", "Open recent", "Open the demo"):
        assert wanted in texts
    window.journal_actions.recent_menu.aboutToShow.emit()
    recent = [a.text() for a in window.journal_actions.recent_menu.actions()]
    assert recent == [f"Older  ({home})"]


def test_switching_journal_keeps_the_typing_of_the_one_left(qtbot, launcher, home):
    window = _show(qtbot, launcher.open(default_journal_path()))
    _type_a_check_in(window, "3")
    window.journal_actions.demo_action.trigger()
    assert launcher.window.facade.is_demo
    QApplication.processEvents()
    with open_journal(default_journal_path()) as own:
        assert own.settings.get("checkin_draft")["fields"]["pain_now"] == "3"


def test_a_damaged_file_is_refused_in_words_and_the_window_stays(
    qtbot, launcher, home, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    window = _show(qtbot, launcher.open(default_journal_path()))
    bad = home / "broken.sqlite"
    bad.write_bytes(b"this is not a journal")
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    assert launcher.try_open(bad) is None
    assert "damaged or is not a Symptom Journal file" in shown[0]
    assert launcher.window is window
    assert bad.read_bytes() == b"this is not a journal"


def test_the_demo_written_by_hand_is_opened_as_it_is(qtbot, launcher, journal_path):
    from datetime import date

    write_demo(journal_path, end=date(2026, 11, 1)).close()
    window = create_window(journal_path, is_demo=True)
    qtbot.addWidget(window)
    assert max(c.local_date for c in window.facade.checkins()) == date(2026, 11, 1)
    window.facade.close()
