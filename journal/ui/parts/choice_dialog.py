"""A question with a few plain answers, each a button that says what it does."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class ChoiceDialog(QDialog):
    """Asks one question; each answer is a button, and Esc (or the last button) goes back.

    Attributes:
        choice: the value of the answer chosen; None when the user went back.
        buttons: the answer buttons, in the order given.
    """

    def __init__(
        self,
        title: str,
        message: str,
        answers: Sequence[tuple[str, Any]],
        back: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # Translated here, not as the default: a default is made once, at import.
        if back is None:
            back = QCoreApplication.translate("ChoiceDialog", "Cancel")
        self.setWindowTitle(title)
        self.choice: Any = None
        text = QLabel(message, self)
        text.setWordWrap(True)
        text.setMinimumWidth(380)
        box = QDialogButtonBox(self)
        self.buttons: list[QPushButton] = []
        for label, value in answers:
            button = self._button(box, label, QDialogButtonBox.ButtonRole.AcceptRole)
            button.clicked.connect(lambda _=False, v=value: self._choose(v))
            self.buttons.append(button)
        self.back_button = self._button(box, back, QDialogButtonBox.ButtonRole.RejectRole)
        self.back_button.clicked.connect(self.reject)
        # Enter takes the first answer: each caller puts the one that loses nothing first.
        self.buttons[0].setDefault(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(box)

    def _button(
        self, box: QDialogButtonBox, text: str, role: QDialogButtonBox.ButtonRole
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", ""))
        box.addButton(button, role)
        return button

    def _choose(self, value: Any) -> None:
        self.choice = value
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        message: str,
        answers: Sequence[tuple[str, Any]],
        back: str | None = None,
    ) -> Any:
        """The value of the answer chosen, or None to go back."""
        dialog = cls(title, message, answers, back, parent)
        return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None
