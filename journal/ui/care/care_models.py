"""Item models for the care record: a table of records, and a checklist of questions."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from journal.care.appointments import Question
from journal.ui.parts.row_model import RowTableModel

RecordRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(RowTableModel):
    """Rows of domain records, one column per header; ``RecordRole`` gives the record.

    Args:
        headers: column titles.
        cells: the texts of one record's row, one per header.
        marked: records to show in bold (a lab value out of range, an active BASDAI).
    """

    def __init__(
        self,
        headers: Sequence[str],
        cells: Callable[[Any], Sequence[str]],
        marked: Callable[[Any], bool] | None = None,
        parent=None,
    ) -> None:
        super().__init__(headers, parent)
        self._cells = cells
        self._marked = marked
        self._texts: list[Sequence[str]] = []

    def _on_rows_set(self) -> None:
        self._texts = [self._cells(r) for r in self._rows]

    def record_at(self, row: int) -> Any:
        """The record shown in ``row``."""
        return self.object_at(row)

    def cell(self, record: Any, row: int, column: int, role: int):
        if role == RecordRole:
            return record
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self._texts[row][column]
        if role == Qt.ItemDataRole.FontRole and self._marked and self._marked(record):
            font = QFont()
            font.setBold(True)
            return font
        return None


class QuestionListModel(QAbstractListModel):
    """A checklist of questions; ticking one calls ``on_tick(question, done)``."""

    def __init__(self, on_tick: Callable[[Question, bool], None], parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Question] = []
        self._on_tick = on_tick

    def set_rows(self, questions: Sequence[Question]) -> None:
        """Replace every question."""
        self.beginResetModel()
        self._rows = list(questions)
        self.endResetModel()

    def question_at(self, row: int) -> Question:
        """The question in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        question = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return question.text
        if role == Qt.ItemDataRole.CheckStateRole:
            return Qt.CheckState.Checked if question.done else Qt.CheckState.Unchecked
        if role == RecordRole:
            return question
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid():
            return False
        done = Qt.CheckState(value) == Qt.CheckState.Checked
        question = self._rows[index.row()]
        self._rows[index.row()] = Question(
            question.text, done, question.appointment_id, question.position, question.id
        )
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.CheckStateRole])
        self._on_tick(question, done)
        return True
