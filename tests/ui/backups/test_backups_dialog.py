"""Journal → Backups…: the list, Back up now, Restore that asks first, automatic backups."""

from __future__ import annotations

import pytest
from backup_builders import checkin_count, damage_a_page, journal_with_photo
from builders import many_checkins
from ui.finders import by_name, unnamed_controls

from journal.store.backup_files import write_backup
from journal.store.backups import list_backups
from journal.ui.backups.backups_dialog import BackupsDialog, BackupsModel
from journal.ui.backups.backups_facade import BackupsFacade
from journal.ui.parts.choice_dialog import ChoiceDialog


def _answer(monkeypatch, value):
    asked = []

    def ask(cls, parent, title, message, answers, back="Cancel"):
        asked.append(message)
        return value

    monkeypatch.setattr(ChoiceDialog, "ask", classmethod(ask))
    return asked


@pytest.fixture
def backed_up(journal_path):
    """A journal of 30 check-ins with a backup, then 10 more check-ins."""
    journal_with_photo(journal_path, checkins=30)
    backup = write_backup(journal_path, "automatic")
    journal_with_photo(journal_path, checkins=10)
    return backup


def _dialog(qtbot, window) -> BackupsDialog:
    window.backups_action.trigger()
    dialog = window.findChild(BackupsDialog)
    qtbot.addWidget(dialog)
    return dialog


def test_the_list_shows_when_why_and_how_big(qtbot, launcher, journal_path, backed_up):
    window = launcher.open(journal_path)
    dialog = _dialog(qtbot, window)
    table = by_name(dialog, "Backups")
    model = table.model()
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "Automatic"
    assert model.index(0, 2).data().endswith("KB")
    assert str(backed_up.taken_at.day) in model.index(0, 0).data()
    assert unnamed_controls(dialog) == []


def test_the_model_passes_qts_checks(qtmodeltester, journal_path, backed_up):
    model = BackupsModel(("When", "Why", "Size"))
    model.set_rows(list_backups(journal_path))
    qtmodeltester.check(model)


def test_back_up_now_adds_a_backup_to_the_top(qtbot, launcher, journal_path, backed_up):
    window = launcher.open(journal_path)
    dialog = _dialog(qtbot, window)
    by_name(dialog, "Back up now").click()
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(0, 1).data() == "By hand"
    assert dialog.message.text().startswith("Backed up:")


def test_restore_asks_first_and_going_back_changes_nothing(
    qtbot, launcher, journal_path, backed_up, monkeypatch
):
    window = launcher.open(journal_path)
    dialog = _dialog(qtbot, window)
    restore_button = by_name(dialog, "Restore backup")
    assert not restore_button.isEnabled()
    dialog.table.selectRow(0)
    asked = _answer(monkeypatch, None)
    restore_button.click()
    assert len(asked) == 1 and "What you saved since then will not be in it" in asked[0]
    assert launcher.window is window
    assert checkin_count(journal_path) == 40


def test_restore_puts_the_backup_back_and_reopens_the_journal(
    qtbot, launcher, journal_path, backed_up, monkeypatch
):
    window = launcher.open(journal_path)
    dialog = _dialog(qtbot, window)
    dialog.table.selectRow(0)
    _answer(monkeypatch, True)
    by_name(dialog, "Restore backup").click()
    reopened = launcher.window
    assert reopened is not window
    assert len(reopened.facade.checkins()) == 30
    assert "Restored the backup of" in reopened.statusBar().currentMessage()
    assert journal_path.with_name(f"{journal_path.name}.before-restore-").parent.is_dir()
    assert any(".before-restore-" in p.name for p in journal_path.parent.iterdir())


def test_a_failed_restore_reopens_the_journal_as_it_was(
    qtbot, launcher, journal_path, backed_up, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    window = launcher.open(journal_path)
    dialog = _dialog(qtbot, window)
    dialog.table.selectRow(0)
    damage_a_page(backed_up.path)
    _answer(monkeypatch, True)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: shown.append(args[2]))
    by_name(dialog, "Restore backup").click()
    assert "cannot be restored" in shown[0]
    assert len(launcher.window.facade.checkins()) == 40


def test_an_automatic_backup_is_made_only_when_the_journal_changed(qtbot, store):
    facade = BackupsFacade(store, interval_ms=20)
    qtbot.wait(80)
    assert list_backups(store.path) == []
    store.checkins.add_many(many_checkins(3))
    with qtbot.waitSignal(facade.changed, timeout=2000):
        pass
    qtbot.wait(80)  # more ticks, nothing new to back up
    [made] = list_backups(store.path)
    assert made.reason == "automatic"
    assert checkin_count(made.path) == 3
    facade.timer.stop()


def test_closing_the_window_backs_up_what_changed(qtbot, launcher, journal_path):
    window = launcher.open(journal_path)
    window.facade.save(many_checkins(1)[0])
    window.close()
    [made] = list_backups(journal_path)
    assert made.reason == "at close"
    assert checkin_count(made.path) == 1


def test_closing_an_unchanged_journal_makes_no_backup(qtbot, launcher, journal_path):
    journal_with_photo(journal_path)
    window = launcher.open(journal_path)
    window.close()
    assert list_backups(journal_path) == []


def test_a_damaged_journal_is_set_aside_and_its_backup_offered(
    qtbot, launcher, journal_path, backed_up, monkeypatch
):
    damage_a_page(journal_path)
    asked = _answer(monkeypatch, True)
    window = launcher.try_open(journal_path)
    assert "is damaged and was not changed; it is kept as journal.sqlite.damaged-" in asked[0]
    assert window is not None and len(window.facade.checkins()) == 30
    assert any(".damaged-" in p.name for p in journal_path.parent.iterdir())


def test_declining_the_offered_backup_opens_nothing_and_keeps_the_damaged_file(
    qtbot, launcher, journal_path, backed_up, monkeypatch
):
    damage_a_page(journal_path)
    _answer(monkeypatch, None)
    assert launcher.try_open(journal_path) is None
    assert not journal_path.exists()
    assert any(".damaged-" in p.name for p in journal_path.parent.iterdir())
