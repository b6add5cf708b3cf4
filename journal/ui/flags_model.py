"""Red flags as a Qt table model, the most recent first."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from journal.flags import FlagReview, Level

COL_LEVEL = 0
COL_FLAG = 1
COL_DAYS = 2
COL_SEEN = 3
HEADERS = ("How soon", "Red flag", "Days", "Acknowledged")

FlagReviewRole = Qt.ItemDataRole.UserRole + 1

_Index = QModelIndex | QPersistentModelIndex
_BACKGROUNDS = {Level.URGENT: "#f9d6d9", Level.SOON: "#fdecc8"}


class FlagTableModel(QAbstractTableModel):
    """Rows of flags with how soon to act, the rule, the days and whether it was seen.

    ``FlagReviewRole`` gives the whole :class:`journal.flags.FlagReview`.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[FlagReview] = []

    def set_rows(self, reviews: list[FlagReview]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self._rows = list(reviews)
        self.endResetModel()

    def review_at(self, row: int) -> FlagReview:
        """The flag shown in ``row``."""
        return self._rows[row]

    def row_of(self, key: str) -> int | None:
        """The row showing the flag with this key, if any."""
        return next((i for i, r in enumerate(self._rows) if r.flag.key == key), None)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(HEADERS):
            return HEADERS[section]
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        reviewed = self._rows[index.row()]
        if role == FlagReviewRole:
            return reviewed
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(reviewed, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and not reviewed.acknowledged:
            colour = _BACKGROUNDS.get(reviewed.flag.level)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return reviewed.flag.message
        return None

    def _text(self, reviewed: FlagReview, column: int) -> str:
        flag = reviewed.flag
        if column == COL_LEVEL:
            return flag.level.label
        if column == COL_FLAG:
            return flag.title
        if column == COL_DAYS:
            return flag.dates
        if column == COL_SEEN:
            ack = reviewed.acknowledgement
            return f"{ack.at:%d %b %Y %H:%M}" if ack else ""
        return ""
