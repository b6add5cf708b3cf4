"""The passphrase asked for before an encrypted journal opens."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from journal.text import starting_a_sentence
from journal.ui.encryption.passphrase_field import field_message, passphrase_edit, passphrase_opens


class UnlockDialog(QDialog):
    """The passphrase field, Unlock and Cancel; a wrong passphrase is said beside the field.

    Attributes:
        passphrase: the field.
        message: what was wrong with the last try.
        unlocked: True once the journal was unlocked.
    """

    def __init__(
        self, path: Path, name: str, parent: QWidget | None = None, purpose: str = ""
    ) -> None:
        super().__init__(parent)
        self._path = Path(path)
        self.unlocked = False
        self.setWindowTitle(QCoreApplication.translate("UnlockDialog", "Unlock journal"))
        text = QLabel(
            purpose
            or QCoreApplication.translate(
                "UnlockDialog", "{name} is encrypted. Type its passphrase to open it."
            ).format(name=starting_a_sentence(name)),
            self,
        )
        text.setWordWrap(True)
        # Wide enough that the wrapped words get the height they need (as ChoiceDialog's).
        text.setMinimumWidth(380)
        self.passphrase = passphrase_edit(
            self, QCoreApplication.translate("UnlockDialog", "Passphrase")
        )
        self.message = field_message(self, "unlock_message")
        self.message.setMinimumWidth(380)
        buttons = QDialogButtonBox(self)
        self.unlock_button = buttons.addButton(
            QCoreApplication.translate("UnlockDialog", "&Unlock"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        self.unlock_button.setAccessibleName(QCoreApplication.translate("UnlockDialog", "Unlock"))
        self.unlock_button.setDefault(True)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(QCoreApplication.translate("UnlockDialog", "Cancel"))
        buttons.accepted.connect(self.try_unlock)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.passphrase.setFocus()

    def try_unlock(self) -> None:
        """Unlock with what is typed; the dialog closes only when it opens the journal."""
        if passphrase_opens(self._path, self.passphrase, self.message):
            self.unlocked = True
            self.accept()
            return
        # Grown to fit the message, which a wrapped label does not ask for by itself.
        self.adjustSize()

    def typed(self) -> str:
        """The passphrase that unlocked the journal (for a recovery sheet)."""
        return self.passphrase.text()

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, name: str, purpose: str = "") -> str | None:
        """Ask until the passphrase unlocks ``path``; it, or None when the user cancelled."""
        dialog = cls(path, name, parent, purpose)
        dialog.exec()
        return dialog.typed() if dialog.unlocked else None
