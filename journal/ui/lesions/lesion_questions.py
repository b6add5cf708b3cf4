"""Questions asked before a lesion or an observation is deleted (Ctrl+Z can undo both)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from journal.lesions.lesion import Lesion, LesionObservation
from journal.translation import english_plural
from journal.ui.lesions.lesion_words import long_day


def _yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text
        + "\n"
        + QCoreApplication.translate("LesionQuestions", "You can undo this with Ctrl+Z."),
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
        question = (
            QCoreApplication.translate(
                "ConfirmDeleteObservation",
                "Delete the observation of {day} and its %n photo(s)?",
                "",
                count,
            )
            if count
            else QCoreApplication.translate(
                "ConfirmDeleteObservation", "Delete the observation of {day}?"
            )
        )
        question = english_plural(question, count).format(day=long_day(observation.observed_on))
        return _yes_no(
            parent,
            QCoreApplication.translate("ConfirmDeleteObservation", "Delete observation"),
            question,
        )


class ConfirmDeleteLesion:
    """Asks before a lesion, with all its observations and photos, is deleted."""

    @classmethod
    def ask(cls, parent: QWidget | None, lesion: Lesion, observations: int) -> bool:
        """True when the user agrees to delete ``lesion`` and its ``observations``."""
        question = QCoreApplication.translate(
            "ConfirmDeleteLesion",
            "Delete “{name}” with its %n observation(s) and their photos?",
            "",
            observations,
        )
        return _yes_no(
            parent,
            QCoreApplication.translate("ConfirmDeleteLesion", "Delete lesion"),
            english_plural(question, observations).format(name=lesion.name),
        )
