"""Red flags as a Qt table model: the flags to look at on top, then the others."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from journal.dates import day_text
from journal.flags import FlagReview, Level
from journal.ui.row_model import RowTableModel

COL_LEVEL = 0
COL_FLAG = 1
COL_DAYS = 2
COL_SEEN = 3
HEADERS = ("How soon", "Red flag", "Days", "Acknowledged")

FlagReviewRole = Qt.ItemDataRole.UserRole + 1

# The banner's colours, lighter: the coloured rows are the ones the banner speaks of.
_BACKGROUNDS = {Level.URGENT: "#f9d6d9", Level.SOON: "#fdecc8", Level.NEXT_APPOINTMENT: "#e4eefb"}
# Dark words on the light backgrounds whatever the palette, so a dark theme stays readable.
_TEXT_ON_BACKGROUND = "#1a1a1a"


class FlagTableModel(RowTableModel):
    """Rows of flags with how soon to act, the rule, the days and whether it was seen.

    The first :attr:`to_look_at` rows are the flags the banner speaks of, coloured by level.
    ``FlagReviewRole`` gives the whole :class:`journal.flags.FlagReview`.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(HEADERS, parent)
        self.to_look_at = 0

    def set_reviews(self, reviews: Sequence[FlagReview], to_look_at: int) -> None:
        """Show ``reviews``, whose first ``to_look_at`` are recent and not acknowledged."""
        self.to_look_at = to_look_at
        self.set_rows(reviews)

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
        if role == Qt.ItemDataRole.BackgroundRole and row < self.to_look_at:
            return QBrush(QColor(_BACKGROUNDS[reviewed.flag.level]))
        if role == Qt.ItemDataRole.ForegroundRole and row < self.to_look_at:
            return QBrush(QColor(_TEXT_ON_BACKGROUND))
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
            return day_text(ack.at.date()) if ack else ""
        return ""
