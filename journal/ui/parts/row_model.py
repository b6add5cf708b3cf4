"""A Qt table model over a list of domain objects, one object per row.

The views' models (check-ins, observations, care records, red flags) differ only in what a
cell shows; the row bookkeeping Qt asks for lives here once.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex


class RowTableModel(QAbstractTableModel):
    """Rows of domain objects under fixed column headers.

    Subclasses implement :meth:`cell`; everything else (counts, headers, resets, finding a
    row) is shared.
    """

    def __init__(self, headers: Sequence[str], parent=None) -> None:
        super().__init__(parent)
        self._headers = tuple(headers)
        self._rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(rows)
        self._on_rows_set()
        self.endResetModel()

    def _on_rows_set(self) -> None:
        """Hook for subclasses that precompute per-row texts; called inside the reset."""

    def insert_row(self, row: int, obj: Any) -> None:
        """Show ``obj`` as a new row at ``row``; the other rows keep their selection.

        For models without per-row precomputed texts (:meth:`_on_rows_set`): those use
        :meth:`set_rows`.
        """
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.insert(row, obj)
        self.endInsertRows()

    def replace_row(self, row: int, obj: Any) -> None:
        """Show ``obj`` in place of the object in ``row``."""
        self._rows[row] = obj
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self._headers) - 1))

    def remove_row(self, row: int) -> None:
        """Stop showing the object in ``row``."""
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def move_row(self, row: int, to: int, obj: Any) -> None:
        """Show ``obj`` in place of the object in ``row``, moved to stand at ``to``.

        ``to`` counts the rows as they are after the one in ``row`` is taken out. Views keep
        the row selected (if it was) wherever it goes.
        """
        if to == row:
            self.replace_row(row, obj)
            return
        # Qt counts the destination among the rows before the move.
        destination = to + 1 if to > row else to
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        del self._rows[row]
        self._rows.insert(to, obj)
        self.endMoveRows()
        self.replace_row(to, obj)

    def object_at(self, row: int) -> Any:
        """The object shown in ``row``."""
        return self._rows[row]

    def find(self, matches: Callable[[Any], bool]) -> int | None:
        """The first row whose object ``matches``, or None."""
        return next((i for i, obj in enumerate(self._rows) if matches(obj)), None)

    def refresh_all(self) -> None:
        """Tell views that every cell may show something else (units changed, say)."""
        if self._rows:
            last = self.index(len(self._rows) - 1, len(self._headers) - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def cell(self, obj: Any, row: int, column: int, role: int) -> Any:
        """What ``role`` shows for ``obj`` in ``column``; None for nothing."""
        raise NotImplementedError

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        return self.cell(self._rows[index.row()], index.row(), index.column(), role)
