"""Encrypted journals for the window's tests, and a way to answer a modal dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from ui.finders import by_name

PASSPHRASE = "correct horse battery"


def all_file_bytes(folder: Path) -> dict[Path, bytes]:
    """Every file under ``folder`` with its bytes, to tell that nothing was written."""
    return {p: p.read_bytes() for p in sorted(Path(folder).rglob("*")) if p.is_file()}


def in_modal_dialog(act) -> list:
    """Run ``act(dialog)`` on the modal dialog about to be shown (it would block the test).

    Returns:
        A list that holds what ``act`` returned once it ran.
    """
    done: list = []

    def run() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, run)
            return
        try:
            done.append(act(dialog))
        except BaseException:
            # A failed check must not leave the dialog blocking the test for ever.
            dialog.reject()
            raise

    QTimer.singleShot(0, run)
    return done


def type_and_unlock(qtbot, where, passphrase: str) -> None:
    """Type ``passphrase`` into the Passphrase field of ``where`` and press Unlock."""
    field = by_name(where, "Passphrase")
    field.clear()
    qtbot.keyClicks(field, passphrase)
    by_name(where, "Unlock").click()
