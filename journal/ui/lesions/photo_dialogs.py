"""Small questions around photos: which files to add, what was refused, remove or not."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from journal.translation import QT_TRANSLATE_NOOP
from journal.ui.lesions.lesion_words import long_day

PHOTO_FILTER = QT_TRANSLATE_NOOP(
    "PhotoFilesDialog", "Photos (*.jpg *.jpeg *.png *.webp *.JPG *.JPEG *.PNG *.WEBP)"
)


class PhotoFilesDialog:
    """Asks for photo files to add (several at once)."""

    @classmethod
    def ask(cls, parent: QWidget | None) -> list[Path] | None:
        """The chosen files, or None when cancelled."""
        names, _ = QFileDialog.getOpenFileNames(
            parent,
            QCoreApplication.translate("PhotoFilesDialog", "Add photos"),
            "",
            QCoreApplication.translate("PhotoFilesDialog", PHOTO_FILTER),
        )
        return [Path(n) for n in names] or None


class ImportMessage:
    """Tells which files were not added, and why."""

    @classmethod
    def ask(cls, parent: QWidget | None, text: str) -> None:
        """Show ``text`` (the report's summary) and wait for OK."""
        QMessageBox.warning(
            parent, QCoreApplication.translate("ImportMessage", "Some files were not added"), text
        )


class ConfirmRemovePhoto:
    """Asks before a photo is removed (it can still be undone with Ctrl+Z)."""

    @classmethod
    def ask(cls, parent: QWidget | None, day: date) -> bool:
        """True when the user agrees to remove the photo of ``day``."""
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("ConfirmRemovePhoto", "Remove photo"),
            QCoreApplication.translate(
                "ConfirmRemovePhoto",
                "Remove the photo of {day} from this lesion?\nYou can undo this with Ctrl+Z.",
            ).format(day=long_day(day)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
