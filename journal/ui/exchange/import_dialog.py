"""Journal → Import…: choose a file and its format, see the preview, then Import now.

Nothing is written before the preview has been shown for exactly the file, format and
mapping chosen: any change takes Import now away until the preview is shown again.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.exchange.formats import (
    COPY_FORMAT,
    IMPORT_FORMATS,
    OWN_IMPORT_FORMATS,
    import_label,
)
from journal.ui.exchange.exchange_facade import (
    ExchangeFacade,
    ExchangeProblem,
    ReadImport,
    Stopped,
)
from journal.ui.exchange.mapping_table import MappingTable
from journal.ui.parts.buttons import named


class ImportDialog(QDialog):
    """The file, its format, the preview (and for other trackers the mapping), Import now.

    Attributes:
        format_box, file_edit, preview_button, mapping, preview, progress, message,
            import_button: its parts.
        imported: True once an import was written.

    Signals:
        written: an import was written (argument: what was added, in words). The window
            opens the journal afresh on it, so that every page shows the records.
    """

    written = Signal(str)

    def __init__(self, facade: ExchangeFacade, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._facade = facade
        self._read: ReadImport | None = None
        self._working = False
        self._stop_asked = False
        self.imported = False
        self.setWindowTitle(QCoreApplication.translate("ImportDialog", "Import into the journal"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_fields())
        self.mapping_label = QLabel(
            QCoreApplication.translate("ImportDialog", "Their names and the metric each becomes:"),
            self,
        )
        layout.addWidget(self.mapping_label)
        self.mapping = MappingTable(self)
        self.mapping.changed.connect(self._forget_preview)
        layout.addWidget(self.mapping, 1)
        self.preview = named(
            QPlainTextEdit(self), QCoreApplication.translate("ImportDialog", "Preview")
        )
        self.preview.setReadOnly(True)
        self.preview.setPlaceholderText(
            QCoreApplication.translate("ImportDialog", "Show preview to see what would be added.")
        )
        layout.addWidget(self.preview, 1)
        self.progress = named(
            QProgressBar(self), QCoreApplication.translate("ImportDialog", "Import progress")
        )
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.message = named(
            QLabel("", self, wordWrap=True),
            QCoreApplication.translate("ImportDialog", "Import message"),
        )
        layout.addWidget(self.message)
        layout.addWidget(self._build_buttons())
        self._on_format_changed()
        # Room for the mapping and the preview, within a 1366x768 screen at 150 %.
        self.resize(640, 480)

    def _build_fields(self) -> QFormLayout:
        form = QFormLayout()
        self.format_box = named(
            QComboBox(self), QCoreApplication.translate("ImportDialog", "Import format")
        )
        for kind in IMPORT_FORMATS:
            self.format_box.addItem(import_label(kind), kind)
        self.format_box.currentIndexChanged.connect(self._on_format_changed)
        form.addRow(QCoreApplication.translate("ImportDialog", "&Format:"), self.format_box)
        row = QHBoxLayout()
        self.file_edit = named(
            QLineEdit(self), QCoreApplication.translate("ImportDialog", "Import file")
        )
        self.file_edit.textChanged.connect(self._forget_preview)
        row.addWidget(self.file_edit, 1)
        choose = named(
            QPushButton(QCoreApplication.translate("ImportDialog", "C&hoose…"), self),
            QCoreApplication.translate("ImportDialog", "Choose the file to import"),
        )
        choose.clicked.connect(self._choose_file)
        row.addWidget(choose)
        form.addRow(QCoreApplication.translate("ImportDialog", "File:"), row)
        return form

    def _build_buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            QCoreApplication.translate("ImportDialog", "Cancel")
        )
        self.preview_button = named(
            QPushButton(QCoreApplication.translate("ImportDialog", "Show &preview"), self),
            QCoreApplication.translate("ImportDialog", "Show preview"),
        )
        self.preview_button.clicked.connect(self.show_preview)
        self.import_button = named(
            QPushButton(QCoreApplication.translate("ImportDialog", "&Import now"), self),
            QCoreApplication.translate("ImportDialog", "Import now"),
        )
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.import_now)
        buttons.addButton(self.preview_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        return buttons

    @property
    def kind(self) -> str:
        """The format chosen, by its command-line name."""
        return self.format_box.currentData()

    def _on_format_changed(self) -> None:
        peer = self.kind not in (*OWN_IMPORT_FORMATS, COPY_FORMAT)
        self.mapping.setVisible(peer)
        self.mapping_label.setVisible(peer)
        self.mapping.setRowCount(0)
        self._forget_preview()

    def _forget_preview(self) -> None:
        self._read = None
        self.import_button.setEnabled(False)
        self.preview.clear()

    def file_filter(self) -> str:
        """The file dialog's choice of files for the format chosen, all files last."""
        if self.kind in OWN_IMPORT_FORMATS:
            kind = QCoreApplication.translate("ImportDialog", "Exports of this program (*.zip)")
        elif self.kind == COPY_FORMAT:
            kind = QCoreApplication.translate("ImportDialog", "Symptom journals (*.sqlite)")
        else:
            kind = QCoreApplication.translate("ImportDialog", "CSV files (*.csv *.txt)")
        every = QCoreApplication.translate("ImportDialog", "All files (*)")
        return f"{kind};;{every}"

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("ImportDialog", "Import"),
            str(Path.home()),
            self.file_filter(),
        )
        if name:
            self.file_edit.setText(name)

    def show_preview(self) -> bool:
        """Read the file and show what it would add; nothing is written. True when ready."""
        self._forget_preview()
        text = self.file_edit.text().strip()
        if not text:
            self.message.setText(
                QCoreApplication.translate("ImportDialog", "Choose the file to import.")
            )
            return False
        try:
            read = self._facade.read(self.kind, Path(text), self.mapping.mapping())
        except ExchangeProblem as problem:
            self.message.setText(str(problem))
            return False
        if read.peer is not None:
            self.mapping.blockSignals(True)  # filling it is no change of the user's
            self.mapping.show_mapping(read.peer.mapped, self._facade.metrics())
            self.mapping.blockSignals(False)
        self.preview.setPlainText("\n".join(read.lines))
        self.message.setText(
            QCoreApplication.translate(
                "ImportDialog", "Nothing has been written yet. Import now adds all of it."
            )
        )
        self._read = read
        self.import_button.setEnabled(True)
        return True

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        QApplication.processEvents()  # paints the bar, and lets Cancel be pressed
        if self._stop_asked and done < total:  # at the total, the import is written
            raise Stopped

    def _set_choices_enabled(self, enabled: bool) -> None:
        for part in (self.format_box, self.file_edit, self.mapping, self.preview_button):
            part.setEnabled(enabled)

    def reject(self) -> None:
        """Cancel: closes the dialog, or while the import runs stops it, writing nothing."""
        if self._working:
            self._stop_asked = True
            self.message.setText(QCoreApplication.translate("ImportDialog", "Stopping…"))
            return
        super().reject()

    def import_now(self) -> bool:
        """Write what the preview showed, all or nothing. True when written."""
        if self._read is None:
            self.message.setText(
                QCoreApplication.translate("ImportDialog", "Show the preview first.")
            )
            return False
        self.progress.setVisible(True)
        self.import_button.setEnabled(False)
        self._working, self._stop_asked = True, False
        self._set_choices_enabled(False)  # what is being written stays what was shown
        try:
            said = self._facade.write(self._read, self._progress)
        except ExchangeProblem as problem:
            self.message.setText(str(problem))
            return False
        except Stopped:
            self.progress.setVisible(False)
            self.import_button.setEnabled(True)
            self.message.setText(
                QCoreApplication.translate("ImportDialog", "Stopped: nothing was imported.")
            )
            return False
        finally:
            self._working = False
            self._set_choices_enabled(True)
        self.imported = True
        self.accept()
        self.written.emit(said)
        return True
