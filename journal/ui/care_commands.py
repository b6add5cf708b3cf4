"""Changing, deleting or retiring care record entries as undoable commands (Ctrl+Z)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand


class DeleteRecord(QUndoCommand):
    """Deletes on redo and restores what was deleted, under the same ids, on undo.

    ``delete`` returns what it removed; ``restore`` takes exactly that back.
    """

    def __init__(
        self, text: str, delete: Callable[[], Any], restore: Callable[[Any], None]
    ) -> None:
        super().__init__(text)
        self._delete = delete
        self._restore = restore
        self._deleted: Any = None

    def redo(self) -> None:
        self._deleted = self._delete()

    def undo(self) -> None:
        self._restore(self._deleted)


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
        self._before = self._change(self._changed)

    def undo(self) -> None:
        self._change(self._before)


class RetireSymptom(QUndoCommand):
    """Retires a symptom of the user's own (or brings it back) on redo; the opposite on undo.

    ``set_retired(key, retired)`` does the work; the symptom's past values never move.
    """

    def __init__(self, key: str, label: str, retire: bool, set_retired: Callable) -> None:
        super().__init__(f"{'Retire' if retire else 'Bring back'} {label}")
        self._key = key
        self._retire = retire
        self._set_retired = set_retired

    def redo(self) -> None:
        self._set_retired(self._key, self._retire)

    def undo(self) -> None:
        self._set_retired(self._key, not self._retire)
