"""Asks what to do with a check-in typed and not saved before the form shows another."""

from __future__ import annotations

from enum import Enum

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class UnsavedChoice(Enum):
    """What the user chose for the typing in the form."""

    SAVE = "save"
    DISCARD = "discard"


class UnsavedCheckInDialog(QDialog):
    """Save, discard, or go back to the check-in being typed.

    Attributes:
        choice: the button pressed; None when the user went back (Esc or "Keep typing").
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Check-in not saved")
        self.choice: UnsavedChoice | None = None
        message = QLabel(
            "You have typed a check-in and not saved it. Save it first, discard what you "
            "typed, or go back and keep typing?",
            self,
        )
        message.setWordWrap(True)
        message.setMinimumWidth(360)
        buttons = QDialogButtonBox(self)
        self.save_button = self._button(buttons, "Save it", QDialogButtonBox.ButtonRole.AcceptRole)
        self.discard_button = self._button(
            buttons, "Discard my typing", QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.keep_button = self._button(
            buttons, "Keep typing", QDialogButtonBox.ButtonRole.RejectRole
        )
        # Enter saves: the safe choice never loses anything.
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(lambda: self._choose(UnsavedChoice.SAVE))
        self.discard_button.clicked.connect(lambda: self._choose(UnsavedChoice.DISCARD))
        self.keep_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(message)
        layout.addWidget(buttons)

    def _button(
        self, buttons: QDialogButtonBox, text: str, role: QDialogButtonBox.ButtonRole
    ) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text)
        buttons.addButton(button, role)
        return button

    def _choose(self, choice: UnsavedChoice) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None) -> UnsavedChoice | None:
        """Save or discard the typing; None to go back to it."""
        dialog = cls(parent)
        return dialog.choice if dialog.exec() == QDialog.DialogCode.Accepted else None
