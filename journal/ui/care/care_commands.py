"""Changing, deleting or retiring care record entries as undoable commands (Ctrl+Z)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from journal.ui.parts.facade import NotWritten
from journal.ui.parts.guarded_command import GuardedCommand, Tell


class DeleteRecord(GuardedCommand):
    """Deletes a record on redo and restores what was deleted on undo.

    ``delete(record_id)`` returns what it removed; ``restore`` takes exactly that back and
    returns it as now stored: a record (or a ``(record, children)`` tuple) whose id may be
    new, when a record saved since took the old one. Redo deletes that id, so it never
    removes the newer record.
    """

    def __init__(
        self,
        text: str,
        record_id: int,
        delete: Callable[[int], Any],
        restore: Callable[[Any], Any],
        tell: Tell | None = None,
    ) -> None:
        super().__init__(text, tell)
        self._id = record_id
        self._delete = delete
        self._restore = restore
        self._deleted: Any = None

    def do(self) -> None:
        """Delete the record as it is now stored."""
        self._deleted = self._delete(self._id)

    def undo_it(self) -> None:
        """Put it back, and remember the id it got."""
        restored = self._restore(self._deleted)
        self._id = (restored[0] if isinstance(restored, tuple) else restored).id


class ChangeRecord(QUndoCommand):
    """Saves a changed record on redo and the record as it was before on undo.

    ``change`` saves the record it is given and returns the record as it was before, so
    undo is the same call with the old record (ids never change).
    """

    def __init__(self, text: str, change: Callable[[Any], Any], changed: Any) -> None:
        super().__init__(text)
        self._change = change
        self._changed = changed
        self._before: Any = None

    def redo(self) -> None:
        try:
            self._before = self._change(self._changed)
        except NotWritten:
            # Not saved (a full disk): the stack drops it, the caller says why.
            self.setObsolete(True)
            raise

    def undo(self) -> None:
        self._change(self._before)


class RetireSymptom(QUndoCommand):
    """Retires a symptom of the user's own (or brings it back) on redo; the opposite on undo.

    ``set_retired(key, retired)`` does the work; the symptom's past values never move.
    """

    def __init__(self, key: str, label: str, retire: bool, set_retired: Callable) -> None:
        said = (
            QCoreApplication.translate("RetireSymptom", "Retire {label}")
            if retire
            else QCoreApplication.translate("RetireSymptom", "Bring back {label}")
        )
        super().__init__(said.format(label=label))
        self._key = key
        self._retire = retire
        self._set_retired = set_retired

    def redo(self) -> None:
        self._set_retired(self._key, self._retire)

    def undo(self) -> None:
        self._set_retired(self._key, not self._retire)
