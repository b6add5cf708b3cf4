"""Journal → Export… and Journal → Import…: named controls, a preview before anything is
written, cancel writing nothing, the mapping table for other trackers."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from exchange_journals import full_journal
from PySide6.QtWidgets import QComboBox
from ui.finders import by_name, unnamed_controls

from journal.checkin import CheckIn
from journal.exchange.formats import ExportFormat
from journal.exchange.peers import Mapped, PeerImport
from journal.store import open_journal
from journal.store.exports import write_export
from journal.ui.exchange import exchange_facade
from journal.ui.exchange.exchange_facade import ExchangeFacade
from journal.ui.exchange.export_dialog import ExportDialog
from journal.ui.exchange.import_dialog import ImportDialog
from journal.ui.parts.facade import JournalFacade


@pytest.fixture
def facades(tmp_path):
    opened = []

    def facade_on(path, full=False):
        store = full_journal(path) if full else open_journal(path)
        opened.append(store)
        return ExchangeFacade(JournalFacade(store))

    yield facade_on
    for store in opened:
        store.close()


def _choose(box: QComboBox, data) -> None:
    box.setCurrentIndex(box.findData(data))


def _export(qtbot, facade, out, kind="archive") -> ExportDialog:
    dialog = ExportDialog(facade)
    qtbot.addWidget(dialog)
    _choose(by_name(dialog, "Export format"), kind)
    by_name(dialog, "Export to file").setText(str(out))
    by_name(dialog, "Export now").click()
    return dialog


def test_every_control_of_both_dialogs_has_a_name(qtbot, facades, tmp_path):
    facade = facades(tmp_path / "j.sqlite")
    for dialog in (ExportDialog(facade), ImportDialog(facade)):
        qtbot.addWidget(dialog)
        assert unnamed_controls(dialog) == []


def test_export_writes_the_file_and_says_what_it_holds(qtbot, facades, tmp_path):
    dialog = _export(qtbot, facades(tmp_path / "old.sqlite", full=True), tmp_path / "a.zip")
    assert (tmp_path / "a.zip").stat().st_size > 0
    assert "check-ins" in by_name(dialog, "Export message").text()
    assert (
        by_name(dialog, "Export progress").value() == by_name(dialog, "Export progress").maximum()
    )


def test_import_shows_the_preview_first_and_writes_only_on_import_now(qtbot, facades, tmp_path):
    old = facades(tmp_path / "old.sqlite", full=True)
    _export(qtbot, old, tmp_path / "a.zip")
    new_path = tmp_path / "new.sqlite"
    facade = facades(new_path)
    dialog = ImportDialog(facade)
    qtbot.addWidget(dialog)
    _choose(by_name(dialog, "Import format"), "archive")
    by_name(dialog, "Import file").setText(str(tmp_path / "a.zip"))
    assert not by_name(dialog, "Import now").isEnabled()
    assert not by_name(dialog, "Mapping").isVisibleTo(dialog)
    by_name(dialog, "Show preview").click()
    assert "Will add" in by_name(dialog, "Preview").toPlainText()
    assert not facade._journal.store.contents.holds_records()
    by_name(dialog, "Import now").click()
    assert dialog.imported
    assert facade._journal.store.checkins.count() == old._journal.store.checkins.count() > 0


def test_cancel_after_the_preview_writes_nothing(qtbot, facades, tmp_path):
    _export(qtbot, facades(tmp_path / "old.sqlite", full=True), tmp_path / "a.zip")
    facade = facades(tmp_path / "new.sqlite")
    dialog = ImportDialog(facade)
    qtbot.addWidget(dialog)
    by_name(dialog, "Import file").setText(str(tmp_path / "a.zip"))
    by_name(dialog, "Show preview").click()
    by_name(dialog, "Cancel").click()
    assert not dialog.imported
    assert not facade._journal.store.contents.holds_records()


def test_our_export_into_a_journal_with_records_is_refused_in_the_dialog(qtbot, facades, tmp_path):
    facade = facades(tmp_path / "old.sqlite", full=True)
    _export(qtbot, facade, tmp_path / "a.zip")
    dialog = ImportDialog(facade)
    qtbot.addWidget(dialog)
    by_name(dialog, "Import file").setText(str(tmp_path / "a.zip"))
    by_name(dialog, "Show preview").click()
    assert "already holds records" in by_name(dialog, "Import message").text()
    assert not by_name(dialog, "Import now").isEnabled()


def test_a_changed_file_takes_import_now_away_until_previewed_again(qtbot, facades, tmp_path):
    _export(qtbot, facades(tmp_path / "old.sqlite", full=True), tmp_path / "a.zip")
    dialog = ImportDialog(facades(tmp_path / "new.sqlite"))
    qtbot.addWidget(dialog)
    by_name(dialog, "Import file").setText(str(tmp_path / "a.zip"))
    by_name(dialog, "Show preview").click()
    by_name(dialog, "Import file").setText(str(tmp_path / "other.zip"))
    assert not by_name(dialog, "Import now").isEnabled()


def test_another_trackers_file_shows_its_names_in_the_mapping_table(
    qtbot, facades, tmp_path, monkeypatch
):
    peer = PeerImport(
        checkins=(CheckIn(datetime(2026, 12, 1, 8, tzinfo=UTC), {"pain_now": 4.0}),),
        new_metrics=(),
        mapped=(Mapped("Back pain", "pain_now", "0–4 scaled to 0–10"),),
    )
    asked = []
    monkeypatch.setattr(
        exchange_facade, "read_peer", lambda k, d, m, mapping, z: asked.append(mapping) or peer
    )
    file = tmp_path / "flare.csv"
    file.write_text("Date\n")
    dialog = ImportDialog(facades(tmp_path / "j.sqlite"))
    qtbot.addWidget(dialog)
    _choose(by_name(dialog, "Import format"), "flaredown")
    by_name(dialog, "Import file").setText(str(file))
    by_name(dialog, "Show preview").click()
    table = by_name(dialog, "Mapping")
    assert table.isVisibleTo(dialog) and table.item(0, 0).text() == "Back pain"
    assert by_name(dialog, "Our metric for Back pain").currentData() == "pain_now"
    # In words, as the mapping table names it, not by the key --map takes.
    assert "Back pain -> Pain now (0–4 scaled to 0–10)" in by_name(dialog, "Preview").toPlainText()
    _choose(by_name(dialog, "Our metric for Back pain"), "pain_worst")
    assert not by_name(dialog, "Import now").isEnabled()
    by_name(dialog, "Show preview").click()
    assert asked[-1] == {"Back pain": "pain_worst"}


def test_the_journal_menu_offers_export_and_import(window):
    assert window.export_action.text() == "&Export…"
    assert window.import_action.text() == "&Import…"


def test_a_conflicted_copy_shows_its_missing_check_ins_and_adds_them(qtbot, facades, tmp_path):
    import shutil

    path = tmp_path / "journal.sqlite"
    facade = facades(path)
    copy = tmp_path / "journal (conflicted copy).sqlite"
    shutil.copy(path, copy)
    with open_journal(copy) as other:
        other.checkins.add(CheckIn(datetime(2026, 11, 2, 9, tzinfo=UTC), {"pain_now": 5.0}))
    dialog = ImportDialog(facade)
    qtbot.addWidget(dialog)
    _choose(by_name(dialog, "Import format"), "copy")
    assert not by_name(dialog, "Mapping").isVisibleTo(dialog)
    by_name(dialog, "Import file").setText(str(copy))
    by_name(dialog, "Show preview").click()
    assert "Will add: 1 check-in" in by_name(dialog, "Preview").toPlainText()
    by_name(dialog, "Import now").click()
    assert dialog.imported
    assert facade._journal.store.checkins.count() == 1


PEER_FILES = Path(__file__).parents[2] / "exchange" / "peer_files"


def _import_in_window(launcher, window, kind, path):
    window.import_action.trigger()
    dialog = window.findChild(ImportDialog)
    _choose(by_name(dialog, "Import format"), kind)
    by_name(dialog, "Import file").setText(str(path))
    assert by_name(dialog, "Show preview").isEnabled()
    by_name(dialog, "Show preview").click()
    by_name(dialog, "Import now").click()
    return launcher.window


def test_another_trackers_check_ins_show_in_the_window_once_imported(launcher, tmp_path):
    window = launcher.open(tmp_path / "journal.sqlite")
    assert window.timeline.model.rowCount() == 0
    shown = _import_in_window(launcher, window, "trackandgraph", PEER_FILES / "trackandgraph.csv")
    assert shown.timeline.model.rowCount() == 4
    assert len(shown.facade.checkins()) == 4
    assert shown.statusBar().currentMessage() == "Imported 4 check-ins."


def test_our_archive_shows_on_the_care_and_lesions_pages_built_before_the_import(
    launcher, tmp_path
):
    old = full_journal(tmp_path / "old.sqlite")
    write_export(old, ExportFormat.ARCHIVE, tmp_path / "a.zip")
    old.close()
    window = launcher.open(tmp_path / "new.sqlite")
    # Both pages built, and empty, before the import: they must show what it brought.
    assert window.lesions_page.lesion_list.count() == 0
    assert window.care_page.medicines.medicines.table.model().rowCount() == 0
    shown = _import_in_window(launcher, window, "archive", tmp_path / "a.zip")
    assert shown.lesions_page.lesion_list.count() == 1
    assert shown.care_page.medicines.medicines.table.model().rowCount() == 3
    said = shown.statusBar().currentMessage()
    assert said.startswith("Imported ") and "266 check-ins, 3 medicines" in said


def test_the_export_can_hold_only_some_days_as_the_commands_from_and_to(qtbot, facades, tmp_path):
    from datetime import date

    from PySide6.QtCore import QDate

    from journal.exchange.formats import read_own_export

    facade = facades(tmp_path / "old.sqlite", full=True)
    dialog = ExportDialog(facade)
    qtbot.addWidget(dialog)
    first, last = by_name(dialog, "First day"), by_name(dialog, "Last day")
    assert not first.isEnabled()  # everything, unless asked
    assert first.date().toPython() == date(2026, 8, 4)  # the journal's first check-in
    by_name(dialog, "Export only some days").setChecked(True)
    first.setDate(QDate(2026, 9, 1))
    last.setDate(QDate(2026, 9, 30))
    _choose(by_name(dialog, "Export format"), "archive")
    by_name(dialog, "Export to file").setText(str(tmp_path / "september.zip"))
    by_name(dialog, "Export now").click()
    contents, _ = read_own_export("archive", (tmp_path / "september.zip").read_bytes())
    days = {c.local_date for c in contents.checkins}
    assert days and min(days) >= date(2026, 9, 1) and max(days) <= date(2026, 9, 30)


def test_a_first_day_after_the_last_writes_nothing_and_says_so(qtbot, facades, tmp_path):
    from PySide6.QtCore import QDate

    dialog = ExportDialog(facades(tmp_path / "old.sqlite", full=True))
    qtbot.addWidget(dialog)
    by_name(dialog, "Export only some days").setChecked(True)
    by_name(dialog, "First day").setDate(QDate(2026, 10, 1))
    by_name(dialog, "Last day").setDate(QDate(2026, 9, 1))
    by_name(dialog, "Export to file").setText(str(tmp_path / "a.zip"))
    by_name(dialog, "Export now").click()
    assert not (tmp_path / "a.zip").exists()
    assert "first day is after the last" in by_name(dialog, "Export message").text()


def _cancel_at(dialog, bar_name, step):
    # Cancel pressed while the work runs: the dialog's progress lets events through.
    bar = by_name(dialog, bar_name)
    bar.valueChanged.connect(lambda value: value == step and dialog.reject())


def test_cancel_while_an_import_runs_stops_it_and_writes_nothing(qtbot, facades, tmp_path):
    old = facades(tmp_path / "old.sqlite", full=True)
    _export(qtbot, old, tmp_path / "a.zip")
    new_path = tmp_path / "new.sqlite"
    facade = facades(new_path)
    dialog = ImportDialog(facade)
    qtbot.addWidget(dialog)
    _choose(by_name(dialog, "Import format"), "archive")
    by_name(dialog, "Import file").setText(str(tmp_path / "a.zip"))
    by_name(dialog, "Show preview").click()
    _cancel_at(dialog, "Import progress", 3)  # three of the ten photos written
    while_writing = []
    by_name(dialog, "Import progress").valueChanged.connect(
        lambda _: while_writing.append(by_name(dialog, "Show preview").isEnabled())
    )
    by_name(dialog, "Import now").click()
    assert while_writing and not any(while_writing)  # nothing to change what is written
    assert by_name(dialog, "Show preview").isEnabled()
    assert not dialog.imported
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "Stopped: nothing was imported" in by_name(dialog, "Import message").text()
    assert not facade._journal.store.contents.holds_records()
    assert list((tmp_path / "new.sqlite.photos").glob("*.jpg")) == []
    assert by_name(dialog, "Import now").isEnabled()  # it may be tried again


def test_close_while_an_export_runs_stops_it_and_writes_no_file(qtbot, facades, tmp_path):
    dialog = ExportDialog(facades(tmp_path / "old.sqlite", full=True))
    qtbot.addWidget(dialog)
    _choose(by_name(dialog, "Export format"), "csv")
    by_name(dialog, "Export to file").setText(str(tmp_path / "a.zip"))
    _cancel_at(dialog, "Export progress", 2)
    by_name(dialog, "Export now").click()
    assert not (tmp_path / "a.zip").exists()
    assert list(tmp_path.glob("*.zip*")) == []  # no half-written file left either
    assert "Stopped: nothing was written" in by_name(dialog, "Export message").text()


def test_a_file_imported_before_is_refused_at_the_preview(qtbot, facades, tmp_path):
    facade = facades(tmp_path / "journal.sqlite")
    file = PEER_FILES / "trackandgraph.csv"
    facade.write(facade.read("trackandgraph", file, {}))
    dialog = ImportDialog(facade)
    qtbot.addWidget(dialog)
    _choose(by_name(dialog, "Import format"), "trackandgraph")
    by_name(dialog, "Import file").setText(str(file))
    by_name(dialog, "Show preview").click()
    assert "already imported" in by_name(dialog, "Import message").text()
    assert not by_name(dialog, "Import now").isEnabled()


@pytest.mark.parametrize("answer", [None, True], ids=["kept", "replaced"])
def test_a_file_there_already_is_replaced_only_when_the_user_says_so(
    qtbot, facades, tmp_path, monkeypatch, answer
):
    from journal.ui.parts.choice_dialog import ChoiceDialog

    asked = []

    def ask(cls, parent, title, message, answers, back=None):
        asked.append(message)
        return answer

    monkeypatch.setattr(ChoiceDialog, "ask", classmethod(ask))
    out = tmp_path / "a.zip"
    out.write_bytes(b"last year's export")
    dialog = _export(qtbot, facades(tmp_path / "old.sqlite", full=True), out)
    assert asked == [f"a.zip exists already in {tmp_path}. Replace it with this export?"]
    if answer:
        assert out.read_bytes().startswith(b"PK")
    else:
        assert out.read_bytes() == b"last year's export"
        assert "Nothing was written" in by_name(dialog, "Export message").text()


@pytest.mark.parametrize(
    ("kind", "offered"),
    [("archive", "*.zip"), ("flaredown", "*.csv"), ("copy", "*.sqlite")],
)
def test_choose_offers_the_files_of_the_format_chosen(
    qtbot, facades, tmp_path, monkeypatch, kind, offered
):
    from PySide6.QtWidgets import QFileDialog

    asked = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *args: asked.append(args[3]) or ("", "")
    )
    dialog = ImportDialog(facades(tmp_path / "j.sqlite"))
    qtbot.addWidget(dialog)
    _choose(by_name(dialog, "Import format"), kind)
    by_name(dialog, "Choose the file to import").click()
    [filters] = asked
    assert offered in filters.split(";;")[0] and filters.endswith("All files (*)")
