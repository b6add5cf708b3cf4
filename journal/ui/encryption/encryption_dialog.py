"""Journal → Encryption…: what it protects against and what not; on, off, a new passphrase."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from journal.encryption.passphrase_rules import new_passphrase_problem
from journal.text import starting_a_sentence
from journal.translation import QT_TRANSLATE_NOOP
from journal.ui.encryption.encryption_facade import EncryptionChange, Kind, is_encrypted
from journal.ui.encryption.idle_lock import MAX_IDLE_MINUTES, idle_minutes, set_idle_minutes
from journal.ui.encryption.passphrase_field import field_message, passphrase_edit, show_problem
from journal.ui.encryption.recovery_sheet_file import write_recovery_sheet
from journal.ui.encryption.unlock_dialog import UnlockDialog
from journal.ui.parts.buttons import action_button, named
from journal.ui.parts.choice_dialog import ChoiceDialog

PROTECTS = QT_TRANSLATE_NOOP(
    "EncryptionDialog",
    "<b>What encryption protects against:</b> a lost or stolen laptop, and another user "
    "of this computer. Without the passphrase the journal, its photos and its backups "
    "cannot be read.",
)
DOES_NOT = QT_TRANSLATE_NOOP(
    "EncryptionDialog",
    "<b>What it does not protect against:</b> a forgotten passphrase cannot be recovered "
    "by anyone — not by you, not by us — so write a recovery sheet and keep it safe. While "
    "the journal is open and unlocked, someone at the computer can read it. When you turn "
    "encryption on, the older unencrypted backups are removed and a new encrypted one is made.",
)


class EncryptionDialog(QDialog):
    """Encryption's state, its limits in plain words, and the changes to it.

    The dialog makes no change itself: the window must close its journal first, so a
    change is handed to it by ``change_requested`` and the dialog closes.

    Signals:
        change_requested: an :class:`EncryptionChange` the user confirmed.
        idle_minutes_changed: the idle time chosen (minutes; 0 never locks).
    """

    change_requested = Signal(object)
    idle_minutes_changed = Signal(int)

    def __init__(
        self, path: Path, name: str, settings: QSettings, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._path = Path(path)
        self._name = name
        self._settings = settings
        self.encrypted = is_encrypted(self._path)
        self.setWindowTitle(QCoreApplication.translate("EncryptionDialog", "Encryption"))
        layout = QVBoxLayout(self)
        layout.addWidget(self._state_line())
        for source in (PROTECTS, DOES_NOT):
            words = QCoreApplication.translate("EncryptionDialog", source)
            label = QLabel(words, self)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addWidget(self._passphrase_box())
        layout.addLayout(self._idle_row())
        self.message = field_message(self, "encryption_message")
        layout.addWidget(self.message)
        layout.addLayout(self._bottom_row())
        self.setMinimumWidth(560)

    def _state_line(self) -> QLabel:
        words = (
            QCoreApplication.translate("EncryptionDialog", "{name} is encrypted.")
            if self.encrypted
            else QCoreApplication.translate(
                "EncryptionDialog",
                "{name} is not encrypted: anyone who can open its file can read it.",
            )
        ).format(name=starting_a_sentence(self._name))
        label = QLabel(f"<b>{words}</b>", self)
        label.setObjectName("encryption_state")
        label.setWordWrap(True)
        return label

    def _passphrase_box(self) -> QGroupBox:
        title = (
            QCoreApplication.translate("EncryptionDialog", "Change the passphrase")
            if self.encrypted
            else QCoreApplication.translate("EncryptionDialog", "Turn encryption on")
        )
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        self.new_passphrase = passphrase_edit(
            box, QCoreApplication.translate("EncryptionDialog", "New passphrase")
        )
        self.repeated = passphrase_edit(
            box, QCoreApplication.translate("EncryptionDialog", "Repeat the new passphrase")
        )
        self.passphrase_message = field_message(box, "new_passphrase_message")
        form.addRow(
            QCoreApplication.translate("EncryptionDialog", "&New passphrase:"), self.new_passphrase
        )
        form.addRow(QCoreApplication.translate("EncryptionDialog", "&Repeat it:"), self.repeated)
        form.addRow("", self.passphrase_message)
        if self.encrypted:
            self.apply_button = action_button(
                box,
                QCoreApplication.translate("EncryptionDialog", "&Change passphrase"),
                QCoreApplication.translate("EncryptionDialog", "Change passphrase"),
                self.change_passphrase,
            )
        else:
            self.apply_button = action_button(
                box,
                QCoreApplication.translate("EncryptionDialog", "Turn &on encryption"),
                QCoreApplication.translate("EncryptionDialog", "Turn on encryption"),
                self.turn_on,
            )
        self.apply_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.apply_button)
        form.addRow(row)
        return box

    def _idle_row(self) -> QHBoxLayout:
        self.idle_minutes = named(
            QSpinBox(self),
            QCoreApplication.translate("EncryptionDialog", "Lock after minutes without use"),
        )
        self.idle_minutes.setRange(0, MAX_IDLE_MINUTES)
        self.idle_minutes.setSuffix(QCoreApplication.translate("EncryptionDialog", " min"))
        self.idle_minutes.setSpecialValueText(
            QCoreApplication.translate("EncryptionDialog", "Never")
        )
        self.idle_minutes.setValue(idle_minutes(self._settings))
        self.idle_minutes.valueChanged.connect(self._on_idle_minutes)
        label = QLabel(
            QCoreApplication.translate(
                "EncryptionDialog", "&Lock an encrypted journal after this long without use:"
            ),
            self,
        )
        label.setBuddy(self.idle_minutes)
        label.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(label, 1)
        row.addWidget(self.idle_minutes)
        return row

    def _bottom_row(self) -> QHBoxLayout:
        self.sheet_button = action_button(
            self,
            QCoreApplication.translate("EncryptionDialog", "Write a &recovery sheet…"),
            QCoreApplication.translate("EncryptionDialog", "Write a recovery sheet"),
            self.write_sheet,
        )
        self.sheet_button.setEnabled(self.encrypted)
        self.sheet_button.setAutoDefault(False)
        row = QHBoxLayout()
        row.addWidget(self.sheet_button)
        if self.encrypted:
            self.off_button = action_button(
                self,
                QCoreApplication.translate("EncryptionDialog", "Turn o&ff encryption…"),
                QCoreApplication.translate("EncryptionDialog", "Turn off encryption"),
                self.turn_off,
            )
            self.off_button.setAutoDefault(False)
            row.addWidget(self.off_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            QCoreApplication.translate("EncryptionDialog", "Close")
        )
        close.rejected.connect(self.reject)
        row.addWidget(close)
        return row

    # --- the user's choices --------------------------------------------------------------

    def _checked_new_passphrase(self) -> str | None:
        typed = self.new_passphrase.text()
        problem = new_passphrase_problem(typed, self.repeated.text())
        show_problem(self.new_passphrase, self.passphrase_message, problem)
        if problem is not None:
            self.adjustSize()
            self.new_passphrase.setFocus()
            return None
        return typed

    def turn_on(self) -> None:
        """Ask the window to encrypt the journal under the passphrase typed twice."""
        passphrase = self._checked_new_passphrase()
        if passphrase is not None:
            self._request(EncryptionChange(Kind.TURN_ON, passphrase))

    def change_passphrase(self) -> None:
        """Ask the window to put the journal under the new passphrase typed twice."""
        passphrase = self._checked_new_passphrase()
        if passphrase is not None:
            self._request(EncryptionChange(Kind.CHANGE, passphrase))

    def turn_off(self) -> None:
        """Ask first, then ask the window to decrypt the journal."""
        yes = ChoiceDialog.ask(
            self,
            QCoreApplication.translate("EncryptionDialog", "Turn encryption off?"),
            QCoreApplication.translate(
                "EncryptionDialog",
                "{name}, its photos and its backups will be stored unencrypted: anyone who gets "
                "this computer or its disk could read them. The encrypted backups are removed "
                "and a new unencrypted one is made. The journal is closed and opened again.",
            ).format(name=self._name),
            [(QCoreApplication.translate("EncryptionDialog", "Turn &off encryption"), True)],
            back=QCoreApplication.translate("EncryptionDialog", "Keep it encrypted"),
        )
        if yes:
            self._request(EncryptionChange(Kind.TURN_OFF))

    def _request(self, change: EncryptionChange) -> None:
        self.change_requested.emit(change)
        self.accept()

    def write_sheet(self) -> None:
        """Ask for the passphrase (checked: a sheet must hold the right one), then write it."""
        passphrase = UnlockDialog.ask(
            self,
            self._path,
            self._name,
            purpose=QCoreApplication.translate(
                "EncryptionDialog",
                "Type the journal's passphrase to write it on the recovery sheet.",
            ),
        )
        if passphrase is None:
            return
        said = write_recovery_sheet(self, self._name, passphrase)
        if said is not None:
            self.message.setText(said)
            self.message.show()

    def _on_idle_minutes(self, minutes: int) -> None:
        set_idle_minutes(self._settings, minutes)
        self.idle_minutes_changed.emit(minutes)
