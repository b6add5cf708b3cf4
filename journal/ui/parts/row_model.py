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
