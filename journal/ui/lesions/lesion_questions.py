"""Questions asked before a lesion or an observation is deleted (Ctrl+Z can undo both)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from journal.lesions.lesion import Lesion, LesionObservation


def _yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        f"{text}\nYou can undo this with Ctrl+Z.",
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class ConfirmDeleteObservation:
    """Asks before an observation (and its photo links) is deleted."""

    @classmethod
    def ask(cls, parent: QWidget | None, observation: LesionObservation) -> bool:
        """True when the user agrees to delete ``observation``."""
        count = len(observation.photo_ids)
        photos = f" and its {count} photo{'s' if count != 1 else ''}" if count else ""
        return _yes_no(
            parent,
            QCoreApplication.translate("ConfirmDeleteObservation", "Delete observation"),
            f"Delete the observation of {observation.observed_on:%d %B %Y}{photos}?",
        )


class ConfirmDeleteLesion:
    """Asks before a lesion, with all its observations and photos, is deleted."""

    @classmethod
    def ask(cls, parent: QWidget | None, lesion: Lesion, observations: int) -> bool:
        """True when the user agrees to delete ``lesion`` and its ``observations``."""
        what = f"{observations} observation{'s' if observations != 1 else ''}"
        return _yes_no(
            parent,
            QCoreApplication.translate("ConfirmDeleteLesion", "Delete lesion"),
            f"Delete “{lesion.name}” with its {what} and their photos?",
        )
