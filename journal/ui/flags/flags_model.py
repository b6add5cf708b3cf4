"""Red flags as a Qt table model: the flags to look at on top, then the others."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from journal.dates import day_text
from journal.flags import FlagReview
from journal.translation import QT_TRANSLATE_NOOP
from journal.ui.parts.row_model import RowTableModel
from journal.ui.theme.theme import flag_row_tone

COL_LEVEL = 0
COL_FLAG = 1
COL_DAYS = 2
COL_SEEN = 3
HEADERS = (
    QT_TRANSLATE_NOOP("FlagTableModel", "How soon"),
    QT_TRANSLATE_NOOP("FlagTableModel", "Red flag"),
    QT_TRANSLATE_NOOP("FlagTableModel", "Days"),
    QT_TRANSLATE_NOOP("FlagTableModel", "Acknowledged"),
)

FlagReviewRole = Qt.ItemDataRole.UserRole + 1

_TONE_ROLES = (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole)


class FlagTableModel(RowTableModel):
    """Rows of flags with how soon to act, the rule, the days and whether it was seen.

    The first :attr:`to_look_at` rows are the flags the banner speaks of, coloured by level.
    ``FlagReviewRole`` gives the whole :class:`journal.flags.FlagReview`.
    """

    def __init__(self, parent=None) -> None:
        super().__init__(
            tuple(QCoreApplication.translate("FlagTableModel", h) for h in HEADERS), parent
        )
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
        if role in _TONE_ROLES and row < self.to_look_at:
            # The rows the banner speaks of, in the banner's colours made calmer: background
            # and text together, from the scheme in use.
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
            return day_text(ack.at.date()) if ack else ""
        return ""
