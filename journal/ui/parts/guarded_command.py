"""An undoable step that steps aside, instead of acting on the wrong row, when it fails."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from journal.ui.parts.facade import NotWritten

Tell = Callable[[str], None]

# What the stores raise when a record is gone or cannot go back: not-found errors and
# RestoreConflict are LookupErrors, refused values are ValueErrors.
FAILURES = (LookupError, ValueError)


class GuardedCommand(QUndoCommand):
    """Base for deletes on the undo stack: subclasses write :meth:`do` and :meth:`undo_it`.

    When undo or redo fails (the journal changed under it), the command marks itself
    obsolete, so the stack drops it instead of keeping an index that would make the next
    Ctrl+Z or Ctrl+Shift+Z act on another row, and ``tell`` gives the user one sentence.
    The first redo (the push itself) lets the error through, so that the caller knows
    nothing was done.
    """

    def __init__(self, text: str, tell: Tell | None = None) -> None:
        super().__init__(text)
        self._tell = tell
        self._pushed = False
        # An undo (or redo) the disk refused left the record as it was, but the stack has
        # moved past it: its next step on this command (the opposite one) is then no step.
        self._skip_next = False

    def do(self) -> None:
        """Make the change (the first time and on every redo)."""
        raise NotImplementedError

    def undo_it(self) -> None:
        """Take the change back."""
        raise NotImplementedError

    def redo(self) -> None:
        first = not self._pushed
        self._pushed = True
        if self._skip_next:
            self._skip_next = False
            return
        try:
            self.do()
        except NotWritten as problem:
            if first:
                self.setObsolete(True)  # never made: the stack drops it
                raise
            self._skip_next = True
            self._say(
                QCoreApplication.translate(
                    "GuardedCommand",
                    "Could not redo “{what}”: {problem} Then press Ctrl+Z and Ctrl+Shift+Z to "
                    "redo it.",
                ).format(what=self.text(), problem=problem)
            )
        except FAILURES:
            self.setObsolete(True)
            if first:
                raise
            self._say(
                QCoreApplication.translate(
                    "GuardedCommand", "Could not redo “{what}”: the record has changed since."
                ).format(what=self.text())
            )

    def undo(self) -> None:
        if self._skip_next:
            self._skip_next = False
            return
        try:
            self.undo_it()
        except NotWritten as problem:
            self._skip_next = True
            self._say(
                QCoreApplication.translate(
                    "GuardedCommand",
                    "Could not undo “{what}”: {problem} Then press Ctrl+Shift+Z and Ctrl+Z to "
                    "undo it.",
                ).format(what=self.text(), problem=problem)
            )
        except FAILURES:
            self.setObsolete(True)
            self._say(
                QCoreApplication.translate(
                    "GuardedCommand", "Could not undo “{what}”: the record has changed since."
                ).format(what=self.text())
            )

    def _say(self, text: str) -> None:
        if self._tell is not None:
            self._tell(
                QCoreApplication.translate(
                    "GuardedCommand", "{said} Nothing else was changed."
                ).format(said=text)
            )
