"""Deleting a lesion or one of its observations as undoable commands (Ctrl+Z puts it back)."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from journal.lesions import Lesion, LesionObservation
from journal.store.lesion_deletes import DeletedLesionRecords
from journal.ui.lesion_facade import LesionFacade


class DeleteObservation(QUndoCommand):
    """Deletes an observation on redo; puts it back, with its photos, on undo."""

    def __init__(self, facade: LesionFacade, observation: LesionObservation) -> None:
        super().__init__(f"Delete the observation of {observation.observed_on:%d %b}")
        self._facade = facade
        self._id = observation.id
        self._deleted: DeletedLesionRecords | None = None

    def redo(self) -> None:
        self._deleted = self._facade.delete_observation(self._id)

    def undo(self) -> None:
        if self._deleted is not None:
            # The id stays the same unless a newer observation took it meanwhile.
            self._id = self._facade.restore(self._deleted).observations[0].id


class DeleteLesion(QUndoCommand):
    """Deletes a lesion on redo; puts it back, with its observations and photos, on undo."""

    def __init__(self, facade: LesionFacade, lesion: Lesion) -> None:
        super().__init__(f"Delete the lesion “{lesion.name}”")
        self._facade = facade
        self._id = lesion.id
        self._deleted: DeletedLesionRecords | None = None

    def redo(self) -> None:
        self._deleted = self._facade.delete_lesion(self._id)

    def undo(self) -> None:
        if self._deleted is not None:
            self._id = self._facade.restore(self._deleted).lesion.id

    @property
    def lesion_id(self) -> int:
        """The lesion's id as it is now (it changes only if a newer lesion took it)."""
        return self._id
