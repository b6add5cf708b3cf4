"""Prepare summary…: choose the period, the sections and the paper, then preview, print or save.

One document for all three: the preview and the print-out draw the document a worker made,
the PDF is drawn by the worker too. The window stays responsive while either works.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QSettings, QStandardPaths, Qt, Signal
from PySide6.QtGui import QPageSize, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.dates import day_text
from journal.printing import summary_pdf
from journal.summary.defaults import PAPER_KEY, paper_from_text
from journal.summary.paper import paper_for_locale
from journal.summary.period import since_last_appointment
from journal.summary.request import Paper, Section, SummaryRequest
from journal.translation import QT_TRANSLATE_NOOP, english_plural
from journal.ui.parts.date_fields import DayEdit
from journal.ui.parts.dialog_focus import fields_first
from journal.ui.parts.record_dialog import RecordDialog
from journal.ui.parts.save_path import ask_save_path
from journal.ui.parts.tick_box import TickBox
from journal.ui.summary.period_choice import PeriodChoice
from journal.ui.summary.section_ticks import SectionTicks
from journal.ui.summary.summary_facade import SummaryFacade
from journal.ui.summary.summary_progress import SummaryProgress
from journal.ui.summary.summary_work import Made, SummaryMaker
from journal.validation import FieldError

_PAPER_SIZES = {Paper.A4: QPageSize.PageSizeId.A4, Paper.LETTER: QPageSize.PageSizeId.Letter}


def suggested_pdf_name(last: date) -> str:
    """ "Symptom summary 2026-12-01.pdf": sorts by date in a folder of them."""
    said = QCoreApplication.translate("SummaryDialog", "Symptom summary {day}.pdf")
    return said.format(day=last.isoformat())


class SummaryDialog(RecordDialog):
    """The dialog behind Prepare summary… (Ctrl+P).

    Signals:
        status: a line for the window's status bar (where the PDF was saved).

    Attributes:
        maker: makes the summary off the UI thread.
        message: what happened last, or what went wrong, in plain words.
    """

    status = Signal(str)

    def __init__(
        self,
        facade: SummaryFacade,
        settings: QSettings,
        parent: QWidget | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(QCoreApplication.translate("SummaryDialog", "Prepare summary"), parent)
        self._facade = facade
        self._settings = settings
        self._today = today()
        self.maker = SummaryMaker(self)
        self._then: Callable[[Made], None] | None = None
        self._progress = SummaryProgress(self, self.maker)
        self._build_period()
        self._build_sections()
        self._build_patient()
        self._build_paper()
        self._build_buttons()
        self.maker.made.connect(self._on_made)
        self.maker.failed.connect(self._on_failed)
        self.maker.cancelled.connect(self._on_cancelled)

    # --- building -------------------------------------------------------------------------

    def _build_period(self) -> None:
        since = since_last_appointment(self._facade.appointments(), self._today)
        self.period = PeriodChoice(self, since, self._today)
        self.add_field(
            "period",
            QCoreApplication.translate("SummaryDialog", "Summary &period"),
            self.period.choice,
        )
        self.form.addRow("", self.period.hint)
        self.add_field(
            "first", QCoreApplication.translate("SummaryDialog", "&From"), self.period.first
        )
        self.add_field("last", QCoreApplication.translate("SummaryDialog", "&To"), self.period.last)
        self.period.changed.connect(self._check_period)

    def _build_sections(self) -> None:
        self.section_box = SectionTicks(self._settings, self)
        self.section_ticks = self.section_box.ticks
        self.form.addRow(self.section_box)

    def _build_patient(self) -> None:
        name, born = self._facade.patient()
        self.patient_name = self.add_field(
            "name",
            QCoreApplication.translate("SummaryDialog", "Patient &name"),
            QLineEdit(name, self),
        )
        self.patient_name.setPlaceholderText(
            QCoreApplication.translate("SummaryDialog", "Optional: printed on every page")
        )
        self.born_given = self.add_field(
            "born_given",
            "",
            TickBox(QCoreApplication.translate("SummaryDialog", "Print a &date of birth"), self),
        )
        self.born_given.setAccessibleName(
            QCoreApplication.translate("SummaryDialog", "Print a date of birth")
        )
        shown = born or date(1970, 1, 1)
        self.born = self.add_field(
            "born",
            QCoreApplication.translate("SummaryDialog", "Date of &birth"),
            DayEdit(QDate(shown.year, shown.month, shown.day), self),
        )
        self.born.setCalendarPopup(True)
        self.born.setMinimumDate(QDate(1900, 1, 1))
        self.born.setMaximumDate(QDate(self._today.year, self._today.month, self._today.day))
        self.born_given.setChecked(born is not None)
        self.born.setEnabled(born is not None)
        self.born_given.toggled.connect(self.born.setEnabled)

    def _build_paper(self) -> None:
        self.paper = self.add_field(
            "paper", QCoreApplication.translate("SummaryDialog", "P&aper"), QComboBox(self)
        )
        self.paper.setAccessibleName(QCoreApplication.translate("SummaryDialog", "Paper size"))
        self.paper.addItem(QCoreApplication.translate("SummaryDialog", "A4"), Paper.A4)
        self.paper.addItem(QCoreApplication.translate("SummaryDialog", "Letter"), Paper.LETTER)
        # The paper chosen last time, here or in Preferences; the locale's the first time.
        local = paper_for_locale(QLocale.system().name())
        kept = paper_from_text(self._settings.value(PAPER_KEY), local)
        self.paper.setCurrentIndex(self.paper.findData(kept))
        self.paper.currentIndexChanged.connect(self._remember_paper)

    def _remember_paper(self) -> None:
        self._settings.setValue(PAPER_KEY, Paper(self.paper.currentData()).value)

    def _build_buttons(self) -> None:
        buttons = self.buttons
        save = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.removeButton(save)
        save.deleteLater()
        close = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        close.setText(QCoreApplication.translate("SummaryDialog", "Close"))
        close.setAccessibleName(QCoreApplication.translate("SummaryDialog", "Close"))
        role = QDialogButtonBox.ButtonRole.ActionRole
        self.preview_button = self._button(
            QCoreApplication.translate("SummaryDialog", "Pre&view…"),
            QCoreApplication.translate("SummaryDialog", "Preview summary"),
            role,
            self.preview,
        )
        self.print_button = self._button(
            QCoreApplication.translate("SummaryDialog", "P&rint…"),
            QCoreApplication.translate("SummaryDialog", "Print summary"),
            role,
            self.print_summary,
        )
        self.save_button = self._button(
            QCoreApplication.translate("SummaryDialog", "&Save as PDF…"),
            QCoreApplication.translate("SummaryDialog", "Save summary as PDF"),
            role,
            self.save_pdf,
        )
        self.save_button.setDefault(True)
        self.message = QLabel(self)
        self.message.setObjectName("summary_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setVisible(False)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertWidget(layout.indexOf(self.buttons), self.message)

    def _button(self, text: str, name: str, role, slot) -> QPushButton:
        button = self.buttons.addButton(text, role)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def showEvent(self, event: QShowEvent) -> None:
        QDialog.showEvent(self, event)
        # The section ticks sit between the period and the patient, each a Tab stop.
        order = [self.period.choice, self.period.first, self.period.last]
        order += list(self.section_ticks.values())
        order += [self.patient_name, self.born_given, self.born, self.paper]
        fields_first(order, self.buttons)

    # --- what is asked --------------------------------------------------------------------

    def sections(self) -> frozenset[Section]:
        """The sections ticked."""
        return self.section_box.sections()

    def _period_errors(self) -> list[FieldError]:
        first, last = self.period.period()
        if last < first:
            return [
                FieldError(
                    "last",
                    QCoreApplication.translate(
                        "SummaryDialog",
                        "The summary cannot end before it starts: choose {day} or a later day.",
                    ).format(day=day_text(first)),
                )
            ]
        return []

    def _check_period(self) -> None:
        self.show_errors(self._period_errors())

    def build(self) -> tuple[SummaryRequest | None, list[FieldError]]:
        """The summary asked for, or the problems with the period."""
        errors = self._period_errors()
        if errors:
            return None, errors
        first, last = self.period.period()
        born = self.born.date().toPython() if self.born_given.isChecked() else None
        request = SummaryRequest(
            first=first,
            last=last,
            sections=self.sections(),
            patient_name=self.patient_name.text().strip(),
            birth_date=born,
            paper=Paper(self.paper.currentData()),
        )
        return request, []

    def _request(self) -> SummaryRequest | None:
        request, errors = self.build()
        self.show_errors(errors)
        if request is None:
            self.period.last.setFocus()
            return None
        self._facade.remember_patient(request.patient_name, request.birth_date)
        return request

    def tell(self, text: str, error: bool = True) -> None:
        """Say what happened in the dialog, above its buttons."""
        self.message.setProperty("role", "error" if error else None)
        self.message.style().unpolish(self.message)
        self.message.style().polish(self.message)
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # --- making it --------------------------------------------------------------------------

    def _make(self, want_pdf: bool, then: Callable[[Made], None], request=None) -> None:
        request = request or self._request()
        if request is None:
            return
        self.tell("", error=False)
        self._then = then
        self.maker.start(self._facade.job(request), want_pdf)
        self._progress.begin(
            QCoreApplication.translate("SummaryDialog", "Saving the summary…")
            if want_pdf
            else QCoreApplication.translate("SummaryDialog", "Preparing the summary…")
        )

    def _on_made(self, made: Made) -> None:
        self._progress.end()
        then, self._then = self._then, None
        if then is not None:
            then(made)

    def _on_failed(self, why: str) -> None:
        self._progress.end()
        self._then = None
        said = QCoreApplication.translate(
            "SummaryDialog", "The summary could not be made: {why}. Nothing was saved."
        )
        self.tell(said.format(why=why))

    def _on_cancelled(self) -> None:
        self._progress.end()
        self._then = None
        self.tell(
            QCoreApplication.translate("SummaryDialog", "Stopped; nothing was saved."), error=False
        )

    def _printer(self, paper: Paper) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(_PAPER_SIZES[paper]))
        printer.setDocName(QCoreApplication.translate("SummaryDialog", "Symptom summary"))
        return printer

    def preview(self) -> None:
        """Make the summary, then show it in Qt's print preview."""
        self._make(False, self._show_preview)

    def _show_preview(self, made: Made) -> None:
        # The dialog does not own its printer: held here, it lives as long as the preview.
        printer = self._printer(made.job.request.paper)
        preview = QPrintPreviewDialog(printer, self)
        preview.setWindowTitle(QCoreApplication.translate("SummaryDialog", "Summary preview"))
        preview.paintRequested.connect(lambda printer: self._paint(made, printer))
        preview.exec()

    def print_summary(self) -> None:
        """Make the summary, then ask the system's print dialog where to print it."""
        self._make(False, self._print)

    def _print(self, made: Made) -> None:
        printer = self._printer(made.job.request.paper)
        chooser = QPrintDialog(printer, self)
        chooser.setWindowTitle(QCoreApplication.translate("SummaryDialog", "Print summary"))
        if chooser.exec() == QDialog.DialogCode.Accepted and self._paint(made, printer):
            self.tell(
                QCoreApplication.translate("SummaryDialog", "Sent the summary to the printer."),
                error=False,
            )

    def _paint(self, made: Made, printer: QPrinter) -> bool:
        # Painting on a printer happens where the printer lives, on the UI thread.
        self._progress.begin(QCoreApplication.translate("SummaryDialog", "Drawing the summary…"))
        try:
            summary_pdf.paint(made.document, printer, made.job.photos, self._progress.step)
        except summary_pdf.PrintCancelled:
            self.tell(QCoreApplication.translate("SummaryDialog", "Stopped printing."), error=False)
            return False
        except Exception as exc:  # a fault in the drawing: said plainly, never a traceback
            print(traceback.format_exc(), file=sys.stderr, end="")
            self.tell(
                QCoreApplication.translate(
                    "SummaryDialog",
                    "The summary could not be drawn: a fault in the program ({fault}).",
                ).format(fault=type(exc).__name__)
            )
            return False
        finally:
            self._progress.end()
        return True

    def save_pdf(self) -> None:
        """Ask where to save, then make the PDF and write it there."""
        request = self._request()
        if request is None:
            return
        path = self._ask_path(request.last)
        if path is not None:
            self._make(True, lambda made: self._write(made, path), request)

    def _ask_path(self, last: date) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        return ask_save_path(
            self,
            QCoreApplication.translate("SummaryDialog", "Save summary as PDF"),
            Path(folder or Path.home()) / suggested_pdf_name(last),
            "SummaryDialog",
            {QT_TRANSLATE_NOOP("SummaryDialog", "PDF files (*.pdf)"): ".pdf"},
        )

    def _write(self, made: Made, path: Path) -> None:
        try:
            self._facade.save_pdf(path, made.pdf or b"")
        except OSError as exc:
            reason = exc.strerror.lower() if exc.strerror else str(exc)
            said = QCoreApplication.translate(
                "SummaryDialog", "The summary could not be saved in {folder}: {reason}."
            )
            self.tell(said.format(folder=path.parent, reason=reason))
            return
        if made.pages:
            said = QCoreApplication.translate(
                "SummaryDialog", "Saved the summary (%n page(s)) to {path}.", "", made.pages
            )
            said = english_plural(said, made.pages).format(path=path)
        else:
            said = QCoreApplication.translate("SummaryDialog", "Saved the summary to {path}.")
            said = said.format(path=path)
        self.tell(said, error=False)
        self.status.emit(said)

    def done(self, result: int) -> None:
        """Closing stops any summary being made and keeps the name for next time."""
        self.maker.cancel(quietly=True)
        self._progress.end()
        born = self.born.date().toPython() if self.born_given.isChecked() else None
        self._facade.remember_patient(self.patient_name.text(), born)
        super().done(result)

    @classmethod
    def open_for(
        cls, facade: SummaryFacade, settings: QSettings, parent: QWidget | None
    ) -> SummaryDialog:
        """Show the dialog (modal to ``parent``) and return it; it deletes itself when closed."""
        dialog = cls(facade, settings, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
