"""Write a recovery sheet: a plain text or PDF file the user chooses, to print and delete."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QMarginsF, QStandardPaths
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QWidget

from journal.encryption.recovery_sheet import recovery_sheet_text
from journal.translation import QT_TRANSLATE_NOOP
from journal.ui.encryption.encryption_facade import EncryptionNotChanged, write_sheet
from journal.ui.parts.save_path import ask_save_path

FILTERS = {
    QT_TRANSLATE_NOOP("RecoverySheetFile", "Plain text (*.txt)"): ".txt",
    QT_TRANSLATE_NOOP("RecoverySheetFile", "PDF document (*.pdf)"): ".pdf",
}


class RecoverySheetFile:
    """The save dialog for a recovery sheet."""

    @classmethod
    def ask(cls, parent: QWidget | None, suggested: Path) -> Path | None:
        """The file chosen (ending .txt or .pdf), or None when the user cancelled."""
        title = QCoreApplication.translate("RecoverySheetFile", "Write a recovery sheet")
        return ask_save_path(parent, title, suggested, "RecoverySheetFile", FILTERS)


def sheet_bytes(text: str, as_pdf: bool) -> bytes:
    """The sheet's file content: UTF-8 text, or a one-page A4 PDF of the same words."""
    if not as_pdf:
        return text.encode("utf-8")
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(
        QCoreApplication.translate("RecoverySheetFile", "Symptom Journal — recovery sheet")
    )
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(20, 20, 20, 20),
            QPageLayout.Unit.Millimeter,
        )
    )
    document = QTextDocument()
    # Monospaced: a passphrase's every character (l and 1, O and 0) is told apart on paper.
    document.setDefaultFont(QFont("monospace", 11))
    document.setPlainText(text)
    document.print_(writer)
    buffer.close()
    return bytes(buffer.data())


def write_recovery_sheet(parent: QWidget | None, journal_name: str, passphrase: str) -> str | None:
    """Ask where, and write the sheet there.

    Args:
        parent: the window or dialog to show the save dialog over.
        journal_name: the journal in words, printed on the sheet.
        passphrase: the passphrase the sheet keeps.

    Returns:
        What to tell the user (where it is and what to do with it, or why it was not
        written); None when they cancelled.
    """
    # Suggested among the user's documents, not beside the journal: it is to be printed and
    # deleted, and the journal's own folder holds nothing readable once it is encrypted.
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = QCoreApplication.translate("RecoverySheetFile", "{name} recovery sheet.txt")
    path = RecoverySheetFile.ask(parent, Path(folder) / suggested.format(name=journal_name))
    if path is None:
        return None
    text = recovery_sheet_text(journal_name, passphrase, date.today())
    try:
        write_sheet(path, sheet_bytes(text, path.suffix.lower() == ".pdf"))
    except EncryptionNotChanged as exc:
        return str(exc)
    return QCoreApplication.translate(
        "RecoverySheetFile",
        "The recovery sheet is in {path}. Print it, keep it somewhere safe away from the "
        "computer, then delete the file: anyone who gets the computer could read it.",
    ).format(path=path)
