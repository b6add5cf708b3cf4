"""Deleting a lesion or one of its observations as undoable commands (Ctrl+Z puts it back)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal.dates import day_text
from journal.lesions.lesion import Lesion, LesionObservation
from journal.lesions.undo import DeletedLesionRecords
from journal.ui.lesions.lesion_facade import LesionFacade
from journal.ui.parts.guarded_command import GuardedCommand, Tell


class DeleteObservation(GuardedCommand):
    """Deletes an observation on redo; puts it back, with its photos, on undo."""

    def __init__(
        self, facade: LesionFacade, observation: LesionObservation, tell: Tell | None = None
    ) -> None:
        said = QCoreApplication.translate("DeleteObservation", "Delete the observation of {day}")
        super().__init__(said.format(day=day_text(observation.observed_on)), tell)
        self._facade = facade
        self._id = observation.id
        self._deleted: DeletedLesionRecords | None = None

    def do(self) -> None:
        """Delete the observation as it is now stored."""
        self._deleted = self._facade.delete_observation(self._id)

    def undo_it(self) -> None:
        """Put it back; the id stays the same unless a newer observation took it meanwhile."""
        if self._deleted is not None:
            self._id = self._facade.restore(self._deleted).observations[0].id


class DeleteLesion(GuardedCommand):
    """Deletes a lesion on redo; puts it back, with its observations and photos, on undo."""

    def __init__(self, facade: LesionFacade, lesion: Lesion, tell: Tell | None = None) -> None:
        said = QCoreApplication.translate("DeleteLesion", "Delete the lesion “{name}”")
        super().__init__(said.format(name=lesion.name), tell)
        self._facade = facade
        self._id = lesion.id
        self._deleted: DeletedLesionRecords | None = None

    def do(self) -> None:
        """Delete the lesion as it is now stored."""
        self._deleted = self._facade.delete_lesion(self._id)

    def undo_it(self) -> None:
        """Put it back, and remember the id it got."""
        if self._deleted is not None:
            restored = self._facade.restore(self._deleted).lesion
            assert restored is not None and restored.id is not None
            self._id = restored.id

    @property
    def lesion_id(self) -> int:
        """The lesion's id as it is now (it changes only if a newer lesion took it)."""
        return self._id
