"""Prepare summary…: the period, the sections, the patient, and the three ways out."""

import gc
import threading
from datetime import date, datetime, time, timedelta
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import (
    QPrintDialog,
    QPrinter,
    QPrintPreviewDialog,
    QPrintPreviewWidget,
)
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog
from summary_seams import fake_pdf, install_drawing
from ui.finders import by_name, tick, unnamed_controls

from journal.care.records import Appointment, LabResult
from journal.checkin import CheckIn
from journal.printing import summary_pdf
from journal.services import summary as summary_service
from journal.store import open_journal
from journal.store.errors import JournalUnreadable
from journal.summary.request import Paper, Section
from journal.ui.parts.facade import JournalFacade
from journal.ui.summary import period_choice, summary_dialog, summary_facade
from journal.ui.summary.summary_dialog import SummaryDialog
from journal.ui.summary.summary_facade import SummaryFacade

TODAY = date.today()
NAMES = (
    "Summary period",
    "Summary sections",
    "Patient name",
    "Date of birth",
    "Preview summary",
    "Print summary",
    "Save summary as PDF",
)


def _local(day: date) -> datetime:
    # Midnight: a later hour of today is in the future when the tests run before it.
    return datetime.combine(day, time(0)).astimezone()


@pytest.fixture
def settings():
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Tests", "window")


@pytest.fixture
def opened():
    stores = []

    def _open(path):
        store = open_journal(path)
        stores.append(store)
        return store

    yield _open
    for store in stores:
        store.close()


@pytest.fixture
def make_dialog(qtbot, opened, settings, journal_path):
    def _make(path=journal_path):
        # Today is TODAY: a run that crosses midnight compared the periods with the day before.
        facade = SummaryFacade(JournalFacade(opened(path)))
        dialog = SummaryDialog(facade, settings, today=lambda: TODAY)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return _make


@pytest.fixture
def pdf_path(tmp_path, monkeypatch):
    """The file the save dialog answers (``path``), and the names it suggested (``asked``)."""
    path = tmp_path / "out" / "summary.pdf"
    path.parent.mkdir()
    asked = []

    def answer(parent, title, suggested, filter_):
        asked.append(suggested)
        return str(path), filter_

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return SimpleNamespace(path=path, asked=asked)


def test_every_control_is_named_in_plain_words(make_dialog):
    dialog = make_dialog()
    for name in NAMES:
        by_name(dialog, name)
    assert unnamed_controls(dialog) == []


def test_the_period_runs_from_the_last_appointment_by_default(make_dialog, opened, journal_path):
    store = opened(journal_path)
    store.appointments.add(Appointment(_local(TODAY - timedelta(days=40))))
    store.appointments.add(Appointment(_local(TODAY - timedelta(days=12))))
    dialog = make_dialog()
    assert dialog.period.key() == period_choice.SINCE_APPOINTMENT
    assert dialog.period.period() == (TODAY - timedelta(days=12), TODAY)
    assert not dialog.period.hint.isVisibleTo(dialog)


def test_without_an_appointment_the_last_30_days_are_chosen_and_why_is_said(make_dialog):
    dialog = make_dialog()
    assert dialog.period.key() == period_choice.LAST_30
    assert dialog.period.period() == (TODAY - timedelta(days=29), TODAY)
    since = dialog.period.choice.model().item(0)
    assert not since.isEnabled()
    assert dialog.period.hint.isVisibleTo(dialog)
    assert "No appointment is recorded yet" in dialog.period.hint.text()


def test_a_choice_sets_the_dates_and_a_date_typed_makes_it_dates_of_my_choosing(make_dialog):
    dialog = make_dialog()
    choice = by_name(dialog, "Summary period")
    choice.setCurrentIndex(choice.findData(period_choice.LAST_90))
    assert dialog.period.period() == (TODAY - timedelta(days=89), TODAY)
    by_name(dialog, "Summary from").setDate(TODAY - timedelta(days=5))
    assert dialog.period.key() == period_choice.DATES
    assert dialog.period.period() == (TODAY - timedelta(days=5), TODAY)


def test_the_sections_ticked_are_remembered(make_dialog, qtbot):
    dialog = make_dialog()
    assert all(t.isChecked() for t in dialog.section_ticks.values())
    tick(qtbot, by_name(dialog, Section.LABS.title))
    tick(qtbot, by_name(dialog, Section.CONTEXT.title))
    dialog.close()
    again = make_dialog()
    assert again.sections() == frozenset(Section) - {Section.LABS, Section.CONTEXT}


def test_the_name_and_date_of_birth_are_remembered_for_their_journal_alone(
    make_dialog, qtbot, tmp_path
):
    dialog = make_dialog()
    qtbot.keyClicks(by_name(dialog, "Patient name"), "Ana Lima")
    tick(qtbot, by_name(dialog, "Print a date of birth"))
    by_name(dialog, "Date of birth").setDate(date(1971, 3, 3))
    dialog.close()
    again = make_dialog()
    assert by_name(again, "Patient name").text() == "Ana Lima"
    assert by_name(again, "Date of birth").date().toPython() == date(1971, 3, 3)
    assert by_name(again, "Date of birth").isEnabled()
    other = make_dialog(tmp_path / "other" / "journal.sqlite")
    assert by_name(other, "Patient name").text() == ""
    assert not by_name(other, "Date of birth").isEnabled()


def test_the_paper_follows_the_locale(make_dialog, monkeypatch):
    class American:
        @staticmethod
        def system():
            return American()

        def name(self):
            return "en_US"

    monkeypatch.setattr(summary_dialog, "QLocale", American)
    assert make_dialog().paper.currentData() == Paper.LETTER


def test_the_paper_chosen_is_remembered_for_the_next_summary(make_dialog, settings):
    first = make_dialog()
    first.paper.setCurrentIndex(first.paper.findData(Paper.LETTER))
    first.close()
    assert make_dialog().paper.currentData() == Paper.LETTER


def test_a_period_that_ends_before_it_starts_is_refused_beside_the_field(make_dialog, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: pytest.fail("asked a file"))
    dialog = make_dialog()
    by_name(dialog, "Summary from").setDate(TODAY - timedelta(days=3))
    by_name(dialog, "Summary to").setDate(TODAY - timedelta(days=10))
    assert "cannot end before it starts" in dialog.error_text("last")
    by_name(dialog, "Save summary as PDF").click()
    assert not dialog.maker.busy
    assert dialog.focusWidget() is dialog.period.last
    by_name(dialog, "Summary to").setDate(TODAY)
    assert dialog.error_text("last") == ""


def test_save_writes_the_pdf_and_says_where(make_dialog, monkeypatch, qtbot, pdf_path):
    drawing = install_drawing(monkeypatch)
    dialog = make_dialog()
    with qtbot.waitSignal(dialog.status) as said:
        by_name(dialog, "Save summary as PDF").click()
    assert pdf_path.path.read_bytes() == fake_pdf()
    assert said.args == [f"Saved the summary (3 pages) to {pdf_path.path}."]
    assert dialog.message.text() == said.args[0]
    assert pdf_path.asked[0].endswith(f"Symptom summary {TODAY.isoformat()}.pdf")
    assert drawing.papers == [dialog.paper.currentData()]


def test_the_journal_is_read_off_the_window_thread(
    make_dialog, journal_path, monkeypatch, qtbot, pdf_path
):
    with open_journal(journal_path) as store:
        store.checkins.add(CheckIn(_local(TODAY), {"pain_now": 4.0}))
        store.labs.add(LabResult("CRP", TODAY - timedelta(days=2), 31.0, "mg/L"))
    drawing = install_drawing(monkeypatch)
    dialog = make_dialog()
    store = dialog._facade._store

    def not_here(*args, **kwargs):
        raise AssertionError("the journal was read on the window's thread")

    for owner, name in ((store, "snapshot"), (store.labs, "all"), (store.medicines, "doses")):
        monkeypatch.setattr(owner, name, not_here)
    read_on = []
    real = summary_facade.whole_journal

    def whole_journal(*args):
        read_on.append(threading.get_ident())
        return real(*args)

    monkeypatch.setattr(summary_facade, "whole_journal", whole_journal)
    with qtbot.waitSignal(dialog.status):
        by_name(dialog, "Save summary as PDF").click()
    assert read_on and threading.get_ident() not in read_on
    assert "CRP" in repr(drawing.documents[0].blocks)  # read by the worker, all the same


def test_a_journal_the_worker_cannot_read_is_said_in_plain_words(
    make_dialog, journal_path, monkeypatch, qtbot, pdf_path, capsys
):
    def unreadable(*args):
        raise JournalUnreadable(journal_path, "disk I/O error")

    monkeypatch.setattr(summary_facade, "whole_journal", unreadable)
    dialog = make_dialog()
    by_name(dialog, "Save summary as PDF").click()
    qtbot.waitUntil(lambda: dialog.message.text() != "")
    assert dialog.message.text().startswith("The summary could not be made: ")
    assert "could not be read or written (disk I/O error)" in dialog.message.text()
    assert "Traceback" not in capsys.readouterr().err
    assert not pdf_path.path.exists()


def test_cancel_stops_the_drawing_and_leaves_no_file(make_dialog, monkeypatch, qtbot, pdf_path):
    drawing = []

    def slow_pdf(document, paper, photos, progress=None):
        for page in range(1, 1000):
            if not progress(page, 1000):
                raise summary_pdf.PrintCancelled()
            threading.Event().wait(0.01)
        drawing.append("finished")
        return fake_pdf()

    monkeypatch.setattr(summary_pdf, "pdf_bytes", slow_pdf)
    dialog = make_dialog()
    by_name(dialog, "Save summary as PDF").click()
    qtbot.waitUntil(
        lambda: dialog._progress.dialog is not None and dialog._progress.dialog.isVisible()
    )
    by_name(dialog._progress.dialog, "Cancel").click()
    qtbot.waitUntil(lambda: dialog.message.text() == "Stopped; nothing was saved.")
    assert not dialog.maker.busy
    assert list(pdf_path.path.parent.iterdir()) == []
    assert drawing == []


def test_a_fault_while_making_is_said_plainly(make_dialog, monkeypatch, qtbot, pdf_path):
    def broken(*args):
        raise RuntimeError("boom")

    monkeypatch.setattr(summary_service, "summary_document", broken)
    dialog = make_dialog()
    by_name(dialog, "Save summary as PDF").click()
    qtbot.waitUntil(lambda: dialog.message.text() != "")
    assert dialog.message.text() == (
        "The summary could not be made: a fault in the program (RuntimeError). Nothing was saved."
    )
    assert not pdf_path.path.exists()


def test_a_file_that_cannot_be_written_is_said_plainly(make_dialog, monkeypatch, qtbot, tmp_path):
    install_drawing(monkeypatch)
    missing = tmp_path / "gone" / "s.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(missing), ""))
    dialog = make_dialog()
    by_name(dialog, "Save summary as PDF").click()
    qtbot.waitUntil(lambda: dialog.message.text() != "")
    assert dialog.message.text().startswith(f"The summary could not be saved in {missing.parent}:")


def test_the_preview_dialog_opens_and_draws_the_summary(make_dialog, monkeypatch, qtbot):
    drawing = install_drawing(monkeypatch)
    shown = []

    def exec_(preview):
        printer = QPrinter()
        preview.paintRequested.emit(printer)
        shown.append(preview.windowTitle())
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    dialog = make_dialog()
    by_name(dialog, "Preview summary").click()
    qtbot.waitUntil(lambda: shown != [])
    assert shown == ["Summary preview"]
    assert len(drawing.documents) == 1
    assert drawing.documents[0].title


def test_the_preview_draws_on_its_own_printer_which_lives_as_long_as_it(
    make_dialog, monkeypatch, qtbot, opened, journal_path
):
    # The preview does not own its printer; once freed, drawing on it crashed the program.
    opened(journal_path).checkins.add(CheckIn(_local(TODAY - timedelta(days=1)), {"pain_now": 5.0}))
    drawn = []

    def exec_(preview):
        gc.collect()  # what a real event loop may do while the preview is open
        preview.paintRequested.connect(lambda printer: drawn.append(printer))
        preview.show()
        qtbot.waitUntil(lambda: drawn != [], timeout=20000)
        widget = preview.findChild(QPrintPreviewWidget)
        drawn.append(widget.pageCount())
        preview.close()
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", exec_)
    dialog = make_dialog()
    by_name(dialog, "Preview summary").click()
    qtbot.waitUntil(lambda: len(drawn) == 2, timeout=20000)
    assert drawn[-1] >= 1  # the summary's pages, drawn on the dialog's own printer
    assert "could not" not in dialog.message.text()


def test_print_draws_on_the_printer_the_user_chose(make_dialog, monkeypatch, qtbot):
    drawing = install_drawing(monkeypatch)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    dialog = make_dialog()
    by_name(dialog, "Print summary").click()
    qtbot.waitUntil(lambda: dialog.message.text() == "Sent the summary to the printer.")
    assert len(drawing.documents) == 1


def test_a_newer_request_supersedes_an_older_one(make_dialog, monkeypatch, qtbot):
    release = threading.Event()
    drawn = []

    def waiting_pdf(document, paper, photos, progress=None):
        release.wait(5)
        if not progress(1, 1):
            raise summary_pdf.PrintCancelled()
        drawn.append(paper)
        return fake_pdf(1)

    monkeypatch.setattr(summary_pdf, "pdf_bytes", waiting_pdf)
    dialog = make_dialog()
    made = []
    dialog.maker.made.connect(made.append)
    facade = dialog._facade
    first, _ = dialog.build()
    dialog.maker.start(facade.job(first), want_pdf=True)
    dialog.paper.setCurrentIndex(dialog.paper.findData(Paper.LETTER))
    second, _ = dialog.build()
    dialog.maker.start(facade.job(second), want_pdf=True)
    release.set()
    qtbot.waitUntil(lambda: made != [])
    qtbot.wait(50)
    assert [m.job.request.paper for m in made] == [Paper.LETTER]
    assert drawn == [Paper.LETTER]


def test_ctrl_p_opens_the_dialog(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(SummaryDialog) is not None)
    dialog = window.findChild(SummaryDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Prepare summary"
    dialog.close()


def test_the_journal_page_has_a_button_for_it(window, qtbot):
    by_name(window, "Prepare summary").click()
    qtbot.waitUntil(lambda: window.findChild(SummaryDialog) is not None)
    window.findChild(SummaryDialog).close()


def test_the_keyboard_starts_in_the_period_and_tab_reaches_every_field(make_dialog, qtbot):
    dialog = make_dialog()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.period.choice)
    seen = []
    for _ in range(20):
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    names = {w.accessibleName() for w in seen}
    for name in ("Summary from", "Summary to", "Trend charts", "Patient name", "Paper size"):
        assert name in names
    for name in ("Preview summary", "Print summary", "Save summary as PDF", "Close"):
        assert name in names


def test_a_real_pdf_is_saved_from_the_dialog(make_dialog, opened, journal_path, qtbot, pdf_path):
    """End to end with the real content and drawing, once they are written."""
    store = opened(journal_path)
    for days_ago in range(1, 11):  # never later than now, whatever the hour
        store.checkins.add(CheckIn(_local(TODAY - timedelta(days=days_ago)), {"pain_now": 5.0}))
    dialog = make_dialog()
    with qtbot.waitSignal(dialog.status, timeout=60000):
        by_name(dialog, "Save summary as PDF").click()
    assert pdf_path.path.read_bytes().startswith(b"%PDF")


def test_a_fault_while_drawing_for_the_printer_is_said_plainly(make_dialog, monkeypatch, qtbot):
    install_drawing(monkeypatch)

    def broken(document, printer, photos, progress=None):
        raise ValueError("no such font")

    monkeypatch.setattr(summary_pdf, "paint", broken)
    monkeypatch.setattr(QPrintDialog, "exec", lambda self: QDialog.DialogCode.Accepted)
    dialog = make_dialog()
    by_name(dialog, "Print summary").click()
    qtbot.waitUntil(lambda: dialog.message.text() != "")
    assert dialog.message.text() == (
        "The summary could not be drawn: a fault in the program (ValueError)."
    )
