"""Deleting a check-in as an undoable command (Ctrl+Z puts it back)."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from journal.checkin import CheckIn
from journal.ui.facade import JournalFacade


class DeleteCheckIn(QUndoCommand):
    """Deletes a check-in on redo and restores it, under the same id, on undo."""

    def __init__(self, facade: JournalFacade, checkin: CheckIn) -> None:
        super().__init__(f"Delete the check-in of {checkin.taken_at:%d %b %H:%M}")
        self._facade = facade
        self._checkin = checkin

    def redo(self) -> None:
        self._checkin = self._facade.delete(self._checkin.id)

    def undo(self) -> None:
        self._facade.restore(self._checkin)
