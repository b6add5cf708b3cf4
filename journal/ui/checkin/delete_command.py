"""Deleting a check-in as an undoable command (Ctrl+Z puts it back)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from journal.checkin import CheckIn
from journal.dates import moment_text
from journal.ui.parts.facade import JournalFacade
from journal.ui.parts.guarded_command import GuardedCommand, Tell


class DeleteCheckIn(GuardedCommand):
    """Deletes a check-in on redo and restores it on undo.

    Undo returns the check-in under the id it got back (a check-in saved since may hold
    the old one), and redo deletes that id: never the newer check-in.
    """

    def __init__(self, facade: JournalFacade, checkin: CheckIn, tell: Tell | None = None) -> None:
        text = QCoreApplication.translate("DeleteCheckIn", "Delete the check-in of {moment}")
        super().__init__(text.format(moment=moment_text(checkin.taken_at)), tell)
        self._facade = facade
        self._checkin = checkin

    def do(self) -> None:
        """Delete the check-in as it is now stored."""
        self._checkin = self._facade.delete(self._checkin.id)

    def undo_it(self) -> None:
        """Put it back, and remember the id it got."""
        self._checkin = self._facade.restore(self._checkin)
