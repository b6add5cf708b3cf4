"""Red flags as a Qt table model, the most recent first."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from journal.flags import FlagReview
from journal.ui.row_model import RowTableModel
from journal.ui.theme import flag_row_tone

COL_LEVEL = 0
COL_FLAG = 1
COL_DAYS = 2
COL_SEEN = 3
HEADERS = ("How soon", "Red flag", "Days", "Acknowledged")

FlagReviewRole = Qt.ItemDataRole.UserRole + 1

_TONE_ROLES = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)


class FlagTableModel(RowTableModel):
    """Rows of flags with how soon to act, the rule, the days and whether it was seen.

    ``FlagReviewRole`` gives the whole :class:`journal.flags.FlagReview`.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(HEADERS, parent)

    def review_at(self, row: int) -> FlagReview:
        """The flag shown in ``row``."""
        return self.object_at(row)

    def row_of(self, key: str) -> int | None:
        """The row showing the flag with this key, if any."""
        return self.find(lambda r: r.flag.key == key)

    def cell(self, reviewed: FlagReview, row: int, column: int, role: int):
        if role == FlagReviewRole:
            return reviewed
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(reviewed, column)
        if role in _TONE_ROLES and not reviewed.acknowledged:
            # Background and text together, from the scheme in use: a pale row keeps dark words.
            tone = flag_row_tone(reviewed.flag.level)
            if tone is None:
                return None
            colour = tone.background if role == Qt.ItemDataRole.BackgroundRole else tone.text
            return QBrush(QColor(colour))
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
