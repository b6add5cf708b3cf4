"""A lesion's observations as a Qt table model: one row per observation, oldest first.

Every observation is a row, with or without photos, so measurements recorded without a
picture can be seen, changed and deleted too.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt

from journal.dates import day_text
from journal.lesions.lesion import LesionObservation
from journal.numbers import written_short
from journal.translation import QT_TRANSLATE_NOOP
from journal.ui.lesions.lesion_words import word
from journal.ui.parts.row_model import RowTableModel

ObservationRole = Qt.ItemDataRole.UserRole + 1


def _number(value: float | int | None, unit: str = "") -> str:
    if value is None:
        return "–"
    text = written_short(value) if isinstance(value, float) else str(value)
    return f"{text}{unit}"


def _yes(flag: bool) -> str:
    return QCoreApplication.translate("ObservationTableModel", "yes") if flag else ""


def _photos(o: LesionObservation) -> str:
    return str(len(o.photo_ids)) if o.photo_ids else ""


# Heading, what a row shows, and what a screen reader says for it.
_COLUMNS: tuple[tuple[str, Callable[[LesionObservation], str]], ...] = (
    (QT_TRANSLATE_NOOP("ObservationTableModel", "Date"), lambda o: day_text(o.observed_on)),
    (QT_TRANSLATE_NOOP("ObservationTableModel", "Size"), lambda o: _number(o.size_mm, " mm")),
    (QT_TRANSLATE_NOOP("ObservationTableModel", "Bumps"), lambda o: _number(o.bump_count)),
    (QT_TRANSLATE_NOOP("ObservationTableModel", "Redness"), lambda o: _number(o.redness)),
    (QT_TRANSLATE_NOOP("ObservationTableModel", "Pus"), lambda o: _yes(o.pus)),
    (
        QT_TRANSLATE_NOOP("ObservationTableModel", "Crusting"),
        lambda o: "" if o.crusting.value == "none" else word(o.crusting.value),
    ),
    (QT_TRANSLATE_NOOP("ObservationTableModel", "Warm"), lambda o: _yes(o.warmth)),
    (QT_TRANSLATE_NOOP("ObservationTableModel", "Swollen"), lambda o: _yes(o.swelling)),
    (QT_TRANSLATE_NOOP("ObservationTableModel", "Pain"), lambda o: _number(o.pain)),
    (QT_TRANSLATE_NOOP("ObservationTableModel", "Dark marks"), lambda o: _yes(o.dark_marks)),
    (QT_TRANSLATE_NOOP("ObservationTableModel", "Photos"), _photos),
    (QT_TRANSLATE_NOOP("ObservationTableModel", "Note"), lambda o: o.note.replace("\n", " ")),
)
COLUMN_NAMES = tuple(name for name, _ in _COLUMNS)
COL_DATE = 0
COL_NOTE = COLUMN_NAMES.index("Note")
_CENTRED = frozenset(range(1, COL_NOTE))


class ObservationTableModel(RowTableModel):
    """Rows of lesion observations; ``ObservationRole`` gives the LesionObservation."""

    def __init__(self, parent=None) -> None:
        super().__init__(
            tuple(QCoreApplication.translate("ObservationTableModel", n) for n in COLUMN_NAMES),
            parent,
        )

    def observation_at(self, row: int) -> LesionObservation:
        """The observation in ``row``."""
        return self.object_at(row)

    def row_of(self, observation_id: int | None) -> int:
        """The row of the observation with this id, or -1."""
        found = self.find(lambda o: o.id == observation_id)
        return -1 if found is None else found

    def cell(self, observation: LesionObservation, row: int, column: int, role: int):
        name, show = _COLUMNS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return show(observation)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            shown = show(observation) or QCoreApplication.translate("ObservationTableModel", "no")
            return QCoreApplication.translate("ObservationTableModel", name) + ": " + shown
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_NOTE:
            return observation.note or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in _CENTRED:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == ObservationRole:
            return observation
        return None
