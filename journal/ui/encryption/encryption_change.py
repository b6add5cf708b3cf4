"""Making a change of encryption with the journal closed, and the recovery sheet after it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from journal.text import starting_a_sentence
from journal.translation import QT_TRANSLATE_NOOP
from journal.ui.encryption.busy_work import run_with_progress
from journal.ui.encryption.encryption_facade import (
    EncryptionChange,
    EncryptionNotChanged,
    Kind,
    make_change,
)
from journal.ui.encryption.recovery_sheet_file import write_recovery_sheet
from journal.ui.parts.choice_dialog import ChoiceDialog

_UNDER_WAY = {
    Kind.TURN_ON: QT_TRANSLATE_NOOP(
        "EncryptionChange", "Encrypting the journal, its photos and backups…"
    ),
    Kind.TURN_OFF: QT_TRANSLATE_NOOP(
        "EncryptionChange", "Decrypting the journal, its photos and backups…"
    ),
    Kind.CHANGE: QT_TRANSLATE_NOOP(
        "EncryptionChange", "Putting the journal under its new passphrase…"
    ),
}


def run_change(parent: QWidget | None, path: Path, change: EncryptionChange) -> str | None:
    """Make ``change`` to the closed journal at ``path``, showing progress over ``parent``.

    Returns:
        None when it was made; else why not, in words (the journal is then as it was).
    """
    try:
        run_with_progress(
            parent,
            QCoreApplication.translate("EncryptionChange", "Encryption"),
            QCoreApplication.translate("EncryptionChange", _UNDER_WAY[change.kind]),
            lambda progress: make_change(path, change, progress),
        )
    except EncryptionNotChanged as exc:
        return str(exc)
    return None


def offer_recovery_sheet(parent: QWidget | None, name: str, passphrase: str) -> str | None:
    """Right after a new passphrase: offer to write it on a recovery sheet.

    Returns:
        What to tell the user about the sheet; None when they said not now or cancelled.
    """
    yes = ChoiceDialog.ask(
        parent,
        QCoreApplication.translate("EncryptionChange", "Write a recovery sheet?"),
        QCoreApplication.translate(
            "EncryptionChange",
            "{name} now opens only with its passphrase. Nobody can recover a forgotten "
            "passphrase — not even us. Write it on a recovery sheet to print and keep "
            "somewhere safe?",
        ).format(name=starting_a_sentence(name)),
        [(QCoreApplication.translate("EncryptionChange", "Write a &recovery sheet…"), True)],
        back=QCoreApplication.translate("EncryptionChange", "Not now"),
    )
    if not yes:
        return None
    return write_recovery_sheet(parent, name, passphrase)
