"""Removing a photo from a lesion as an undoable command (Ctrl+Z puts it back)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal.dates import day_text
from journal.lesions.photos import TimelinePhoto
from journal.lesions.undo import RemovedPhoto
from journal.ui.lesions.lesion_facade import LesionFacade
from journal.ui.parts.guarded_command import GuardedCommand, Tell


class RemovePhoto(GuardedCommand):
    """Takes a photo off its observation on redo and puts it back, in its place, on undo.

    Undo may put it on another observation id (the lesion's observation of the same day,
    when its own was deleted and made again) and another photo id (a newer photo took the
    old one); redo takes it off where undo put it.
    """

    def __init__(self, facade: LesionFacade, item: TimelinePhoto, tell: Tell | None = None) -> None:
        said = QCoreApplication.translate("RemovePhoto", "Remove the photo of {day}")
        super().__init__(said.format(day=day_text(item.day)), tell)
        self._facade = facade
        self._observation_id = item.observation.id
        self._photo_id = item.photo.id
        self._removed: RemovedPhoto | None = None

    def do(self) -> None:
        """Take the photo off where it is now."""
        self._removed = self._facade.remove_photo(self._observation_id, self._photo_id)

    def undo_it(self) -> None:
        """Put it back, and remember where it went."""
        if self._removed is not None:
            restored = self._facade.restore_photo(self._removed)
            self._observation_id = restored.observation_id
            self._photo_id = restored.photo.id
