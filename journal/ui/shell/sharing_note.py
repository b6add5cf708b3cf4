"""The note over the journal page when the journal is shared with other computers."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from journal.store.sync_folders import sharing_warnings


def sharing_note(journal: Path, parent: QWidget) -> QFrame | None:
    """A note with each sharing warning for ``journal``, or None when there is none.

    In a synced folder or on a network share the journal must never be open on two
    computers at once; a conflicted copy beside it is named, never passed over in silence.
    """
    words = sharing_warnings(journal)
    if not words:
        return None
    note = QFrame(parent)
    note.setObjectName("sharing_note")
    note.setFrameShape(QFrame.Shape.StyledPanel)
    layout = QVBoxLayout(note)
    layout.setContentsMargins(8, 4, 8, 4)
    text = QLabel("\n\n".join(words), note)
    text.setObjectName("sharing_note_text")
    text.setAccessibleName(QCoreApplication.translate("SharingNote", "Shared journal warning"))
    text.setWordWrap(True)
    # Selectable, so the path and the command can be copied.
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(text)
    return note
