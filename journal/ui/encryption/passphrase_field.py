"""A passphrase field: typed unseen, named for a screen reader, with its message below."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

from journal.ui.encryption.encryption_facade import check_passphrase
from journal.ui.parts.invalid_mark import mark_invalid


def passphrase_edit(parent: QWidget, name: str) -> QLineEdit:
    """A field that shows dots for what is typed, named ``name``."""
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setAccessibleName(name)
    edit.setMinimumWidth(260)
    return edit


def field_message(parent: QWidget, name: str) -> QLabel:
    """The line beside a field that says what is wrong with it (empty until then)."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setWordWrap(True)
    label.hide()
    return label


def show_problem(edit: QLineEdit, message: QLabel, problem: str | None) -> None:
    """Show ``problem`` beside ``edit`` and mark it, or clear both when None."""
    message.setText(problem or "")
    message.setVisible(bool(problem))
    mark_invalid(edit, bool(problem))


def passphrase_opens(path: Path, edit: QLineEdit, message: QLabel) -> bool:
    """Whether what ``edit`` holds opens the journal at ``path`` (unlocking it when it does).

    A wrong one is said in ``message``, and the field is selected to type again.
    """
    # Argon2 takes a moment on purpose (it is what makes guessing slow).
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        problem = check_passphrase(path, edit.text())
    finally:
        QApplication.restoreOverrideCursor()
    show_problem(edit, message, problem)
    if problem is not None:
        edit.selectAll()
        edit.setFocus()
    return problem is None
