"""A passphrase field: typed unseen, named for a screen reader, with its message below."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

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
