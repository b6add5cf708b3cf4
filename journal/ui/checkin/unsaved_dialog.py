"""Asks what to do with a check-in typed and not saved before the form shows another."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from journal.ui.parts.choice_dialog import ChoiceDialog


class UnsavedChoice(Enum):
    """What the user chose for the typing in the form."""

    SAVE = "save"
    DISCARD = "discard"


class UnsavedCheckInDialog(ChoiceDialog):
    """Save, discard, or go back to the check-in being typed.

    Attributes:
        choice: the button pressed; None when the user went back (Esc or "Keep typing").
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        # Enter saves: the safe choice, first, never loses anything.
        super().__init__(
            QCoreApplication.translate("UnsavedCheckInDialog", "Check-in not saved"),
            QCoreApplication.translate(
                "UnsavedCheckInDialog",
                "You have typed a check-in and not saved it. Save it first, discard what you "
                "typed, or go back and keep typing?",
            ),
            [
                (QCoreApplication.translate("UnsavedCheckInDialog", "Save it"), UnsavedChoice.SAVE),
                (
                    QCoreApplication.translate("UnsavedCheckInDialog", "Discard my typing"),
                    UnsavedChoice.DISCARD,
                ),
            ],
            back=QCoreApplication.translate("UnsavedCheckInDialog", "Keep typing"),
            parent=parent,
        )
        self.save_button, self.discard_button = self.buttons
        self.keep_button = self.back_button

    @classmethod
    def ask(cls, parent: QWidget | None) -> UnsavedChoice | None:
        """Save or discard the typing; None to go back to it."""
        dialog = cls(parent)
        return dialog.choice if dialog.exec() == cls.DialogCode.Accepted else None
