"""Journal → Export…: choose a format and a file, then write it with progress shown."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.exchange.formats import ExportFormat
from journal.ui.exchange.exchange_facade import ExchangeFacade, ExchangeProblem, Stopped
from journal.ui.parts.buttons import named
from journal.ui.parts.choice_dialog import ChoiceDialog
from journal.ui.parts.record_dialog import date_edit, read_date


class ExportDialog(QDialog):
    """The export's format, its file, its days and a byte-order mark for CSV; Export now
    writes it.

    Attributes:
        format_box, file_edit, some_days_box, first_edit, last_edit, bom_box, progress,
            message, export_button: its parts.
    """

    def __init__(self, facade: ExchangeFacade, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._facade = facade
        self._working = False
        self._stop_asked = False
        self._replace_agreed: Path | None = None  # the file dialog asked already
        self.setWindowTitle(QCoreApplication.translate("ExportDialog", "Export the journal"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "ExportDialog",
                    "An archive or CSV files hold everything, photos included, and import back "
                    "into a new journal without loss. FHIR is for health-record systems.",
                ),
                wordWrap=True,
            )
        )
        layout.addLayout(self._build_fields())
        self.progress = named(
            QProgressBar(self), QCoreApplication.translate("ExportDialog", "Export progress")
        )
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.message = named(
            QLabel("", self, wordWrap=True),
            QCoreApplication.translate("ExportDialog", "Export message"),
        )
        layout.addWidget(self.message)
        layout.addWidget(self._build_buttons())
        self._on_format_changed()
        self.setMinimumWidth(560)

    def _build_fields(self) -> QFormLayout:
        form = QFormLayout()
        self.format_box = named(
            QComboBox(self), QCoreApplication.translate("ExportDialog", "Export format")
        )
        for kind in ExportFormat:
            self.format_box.addItem(kind.label, kind.value)
        self.format_box.currentIndexChanged.connect(self._on_format_changed)
        form.addRow(QCoreApplication.translate("ExportDialog", "&Format:"), self.format_box)
        row = QHBoxLayout()
        self.file_edit = named(
            QLineEdit(self), QCoreApplication.translate("ExportDialog", "Export to file")
        )
        row.addWidget(self.file_edit, 1)
        choose = named(
            QPushButton(QCoreApplication.translate("ExportDialog", "C&hoose…"), self),
            QCoreApplication.translate("ExportDialog", "Choose the export file"),
        )
        choose.clicked.connect(self._choose_file)
        row.addWidget(choose)
        form.addRow(QCoreApplication.translate("ExportDialog", "Save to:"), row)
        # Made before the byte-order mark, for the keyboard to reach the rows in their order.
        form.addRow(QCoreApplication.translate("ExportDialog", "Days:"), self._build_days())
        self.bom_box = named(
            QCheckBox(
                QCoreApplication.translate(
                    "ExportDialog", "Start each CSV file with a byte-order mark (for spreadsheets)"
                ),
                self,
            ),
            QCoreApplication.translate("ExportDialog", "Byte-order mark for spreadsheets"),
        )
        form.addRow("", self.bom_box)
        return form

    def _build_days(self) -> QHBoxLayout:
        # As the command's --from and --to: everything unless the user narrows it, say to
        # the months a new doctor asks about.
        today = date.today()
        first = self._facade.first_day() or today - timedelta(days=30)
        row = QHBoxLayout()
        self.some_days_box = named(
            QCheckBox(QCoreApplication.translate("ExportDialog", "&Only from"), self),
            QCoreApplication.translate("ExportDialog", "Export only some days"),
        )
        self.first_edit = named(
            date_edit(self, first), QCoreApplication.translate("ExportDialog", "First day")
        )
        self.last_edit = named(
            date_edit(self, today), QCoreApplication.translate("ExportDialog", "Last day")
        )
        row.addWidget(self.some_days_box)
        row.addWidget(self.first_edit)
        row.addWidget(QLabel(QCoreApplication.translate("ExportDialog", "to"), self))
        row.addWidget(self.last_edit)
        row.addStretch(1)
        for edit in (self.first_edit, self.last_edit):
            edit.setEnabled(False)
            self.some_days_box.toggled.connect(edit.setEnabled)
        return row

    def days(self) -> tuple[date | None, date | None]:
        """The first and last day to export; (None, None) for everything."""
        if not self.some_days_box.isChecked():
            return None, None
        return read_date(self.first_edit), read_date(self.last_edit)

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.export_button = named(
            QPushButton(QCoreApplication.translate("ExportDialog", "&Export now"), self),
            QCoreApplication.translate("ExportDialog", "Export now"),
        )
        self.export_button.setDefault(True)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(QCoreApplication.translate("ExportDialog", "Close"))
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        return buttons

    @property
    def kind(self) -> ExportFormat:
        """The format chosen."""
        return ExportFormat(self.format_box.currentData())

    def _on_format_changed(self) -> None:
        self.bom_box.setEnabled(self.kind is ExportFormat.CSV)
        text = self.file_edit.text().strip()
        journal = self._facade.journal_path
        stem = Path(text).stem if text else f"{journal.stem}-{self.kind.value}"
        folder = Path(text).parent if text else Path.home()
        self.file_edit.setText(str(folder / f"{stem}{self.kind.suffix}"))

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("ExportDialog", "Export to"), self.file_edit.text()
        )
        if name:
            self.file_edit.setText(name)
            self._replace_agreed = Path(name)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        # The work runs on this thread (the journal's connection lives here): let the bar
        # paint between steps, and Close be pressed.
        QApplication.processEvents()
        if self._stop_asked:  # the file is written only after the last step
            raise Stopped

    def reject(self) -> None:
        """Close: closes the dialog, or while the export runs stops it, writing nothing."""
        if self._working:
            self._stop_asked = True
            self.message.setText(QCoreApplication.translate("ExportDialog", "Stopping…"))
            return
        super().reject()

    def _may_write(self, out: Path) -> bool:
        # A name typed or left as it was offered may be an earlier export, or anything:
        # never replaced without asking, as the file dialog would have asked.
        if not out.exists() or out == self._replace_agreed:
            return True
        replace = ChoiceDialog.ask(
            self,
            QCoreApplication.translate("ExportDialog", "Replace the file?"),
            QCoreApplication.translate(
                "ExportDialog", "{name} exists already in {folder}. Replace it with this export?"
            ).format(name=out.name, folder=out.parent),
            [(QCoreApplication.translate("ExportDialog", "&Replace it"), True)],
            back=QCoreApplication.translate("ExportDialog", "Keep it"),
        )
        return bool(replace)

    def export(self) -> bool:
        """Write the export; the outcome is said in the dialog. True when written."""
        text = self.file_edit.text().strip()
        if not text:
            self.message.setText(
                QCoreApplication.translate("ExportDialog", "Choose the file to write.")
            )
            return False
        first, last = self.days()
        if first is not None and last is not None and last < first:
            self.message.setText(
                QCoreApplication.translate(
                    "ExportDialog", "The first day is after the last day: nothing was written."
                )
            )
            return False
        if not self._may_write(Path(text)):
            self.message.setText(
                QCoreApplication.translate(
                    "ExportDialog", "Nothing was written: choose another file, or replace it."
                )
            )
            return False
        self.progress.setVisible(True)
        self.export_button.setEnabled(False)
        self._working, self._stop_asked = True, False
        try:
            said = self._facade.export(
                self.kind, Path(text), self.bom_box.isChecked(), self._progress, first, last
            )
        except ExchangeProblem as problem:
            self.message.setText(str(problem))
            return False
        except Stopped:
            self.progress.setVisible(False)
            self.message.setText(
                QCoreApplication.translate("ExportDialog", "Stopped: nothing was written.")
            )
            return False
        finally:
            self._working = False
            self.export_button.setEnabled(True)
        self.message.setText(said)
        self.adjustSize()  # the message may take more lines than the dialog had room for
        return True
