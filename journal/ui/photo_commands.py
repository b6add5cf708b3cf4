"""Removing a photo from a lesion as an undoable command (Ctrl+Z puts it back)."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from journal.photos import TimelinePhoto
from journal.ui.lesion_facade import LesionFacade


class RemovePhoto(QUndoCommand):
    """Takes a photo off its observation on redo and puts it back, in its place, on undo."""

    def __init__(self, facade: LesionFacade, item: TimelinePhoto) -> None:
        super().__init__(f"Remove the photo of {item.day:%d %b}")
        self._facade = facade
        self._item = item
        self._removed = None

    def redo(self) -> None:
        self._removed = self._facade.remove_photo(self._item.observation.id, self._item.photo.id)

    def undo(self) -> None:
        if self._removed is not None:
            self._facade.restore_photo(self._removed)
