"""Acknowledging a red flag as an undoable command (Ctrl+Z takes it back)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from journal.flags import Acknowledgement, Flag
from journal.ui.flags.flags_facade import FlagsFacade


class AcknowledgeFlag(QUndoCommand):
    """Acknowledges a flag on redo; on undo withdraws it and puts back any earlier one.

    An earlier acknowledgement exists when the flag went on after the user last saw it: undo
    brings back that one, for the days it covered then.
    """

    def __init__(self, flags: FlagsFacade, flag: Flag) -> None:
        super().__init__(
            QCoreApplication.translate(
                "AcknowledgeFlag", "Acknowledge the red flag {title}, {dates}"
            ).format(title=flag.title, dates=flag.dates)
        )
        self._flags = flags
        self._flag = flag
        self._earlier: Acknowledgement | None = None

    def redo(self) -> None:
        self._earlier = self._flags.acknowledge(self._flag)

    def undo(self) -> None:
        self._flags.withdraw(self._flag, self._earlier)
