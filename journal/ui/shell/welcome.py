"""The first-run screen: what the program is for, where the data lives, and how to begin."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from journal.ui.theme.resources import application_icon


class WelcomeChoice(Enum):
    """What the user chose on the first-run screen."""

    START = "start"
    DEMO = "demo"
    OPEN = "open"


class WelcomeDialog(QDialog):
    """Shown when the program starts with no journal given and none made yet."""

    def __init__(self, journal_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            QCoreApplication.translate("WelcomeDialog", "Welcome — Symptom Journal")
        )
        self.setObjectName("welcome")
        self.setWindowIcon(application_icon())
        self.choice: WelcomeChoice | None = None
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        heading = QLabel(
            QCoreApplication.translate("WelcomeDialog", "Welcome to Symptom Journal"), self
        )
        heading.setProperty("role", "heading")
        layout.addWidget(heading)
        for text in self._paragraphs(journal_path):
            paragraph = QLabel(text, self)
            paragraph.setWordWrap(True)
            paragraph.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            layout.addWidget(paragraph)
        layout.addStretch(1)
        layout.addLayout(self._buttons())
        self.setMinimumWidth(min(560, self.screen().availableGeometry().width() - 40))

    @staticmethod
    def _paragraphs(journal_path: Path) -> list[str]:
        return [
            QCoreApplication.translate(
                "WelcomeDialog",
                "A private diary for back pain, fever, morning stiffness, nerve symptoms and "
                "skin lesions. Record how you are in under a minute, see how it changes over "
                "the weeks, and notice early the signs worth telling your doctor.",
            ),
            QCoreApplication.translate(
                "WelcomeDialog",
                "It works offline: the program never connects to the internet. Your journal is "
                "one file on this computer, readable by you alone:",
            ),
            f"<b>{journal_path}</b>",
            QCoreApplication.translate(
                "WelcomeDialog",
                "The demo is a made-up journal to look around in. It is kept apart from your own.",
            ),
        ]

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.open_button = self._button(
            QCoreApplication.translate("WelcomeDialog", "&Open a journal file…"), WelcomeChoice.OPEN
        )
        self.demo_button = self._button(
            QCoreApplication.translate("WelcomeDialog", "Look at the &demo"), WelcomeChoice.DEMO
        )
        self.start_button = self._button(
            QCoreApplication.translate("WelcomeDialog", "&Start my journal"), WelcomeChoice.START
        )
        self.start_button.setDefault(True)
        row.addWidget(self.open_button)
        row.addStretch(1)
        row.addWidget(self.demo_button)
        row.addWidget(self.start_button)
        return row

    def _button(self, text: str, choice: WelcomeChoice) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda: self._choose(choice))
        return button

    def _choose(self, choice: WelcomeChoice) -> None:
        self.choice = choice
        self.accept()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.start_button.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    @classmethod
    def ask(cls, journal_path: Path, parent: QWidget | None = None) -> WelcomeChoice | None:
        """Show the screen; the choice, or None when it was closed."""
        dialog = cls(journal_path, parent)
        dialog.exec()
        return dialog.choice
