"""Where it hurts: the back's regions by side, and what the pain feels like.

Each is one stop in the Tab order that the arrow keys move through (see ``TickGrid``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QWidget

from journal.pain import Character, PainSite, Region, Side
from journal.ui.parts.tick_box import HIT_SIZE, TickBox, box_inset
from journal.ui.parts.tick_grid import TickGrid

# Room either side of a side's name over its column of boxes.
_COLUMN_PADDING = 20


class _Words(QLabel):
    """A region's or a side's name, which ticks its whole row or column when clicked."""

    def __init__(self, text: str, on_click: Callable[[], None], parent: QWidget) -> None:
        super().__init__(text, parent)
        self._on_click = on_click
        self.setMinimumHeight(HIT_SIZE)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Accepted, so that the release comes here too; the grid above takes the focus.
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self._on_click()


def _tick_all_or_none(boxes: Sequence[TickBox]) -> None:
    """Tick every box; if every one is ticked already, clear them all.

    So a click never loses a choice that one more click cannot bring back.
    """
    tick = not all(box.isChecked() for box in boxes)
    for box in boxes:
        box.setChecked(tick)


class PainSitePicker(TickGrid):
    """A box for each region of the back (rows, top to bottom) on each side (columns).

    One Tab stop: Up and Down go from region to region, Left and Right from side to side,
    a letter jumps to a region ("l" to the lower back), Space ticks the current box.
    Clicking a region's name ticks it on every side, and a side's name every region on it;
    a second click clears them. Each box is named, for example, "Lower back, left".
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pain_sites")
        self.setAccessibleName(QCoreApplication.translate("PainSitePicker", "Where it hurts"))
        self._boxes: dict[PainSite, TickBox] = {}
        self._grid = layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._build_headers(layout)
        rows = [self._build_region(layout, row, region) for row, region in enumerate(Region, 1)]
        layout.setColumnStretch(len(Side) + 1, 1)
        self.set_cells(rows, [region.label for region in Region])

    def _build_headers(self, layout: QGridLayout) -> None:
        width = max(self.fontMetrics().horizontalAdvance(s.label) for s in Side)
        for column, side in enumerate(Side, start=1):
            words = _Words(side.label, lambda side=side: self._on_side_clicked(side), self)
            words.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(words, 0, column)
            layout.setColumnMinimumWidth(column, max(HIT_SIZE, width + _COLUMN_PADDING))

    def _build_region(self, layout: QGridLayout, row: int, region: Region) -> list[TickBox]:
        words = _Words(region.label, lambda: self._on_region_clicked(region), self)
        # The words start where the boxes of "It feels" below do, so the two line up.
        words.setContentsMargins(box_inset(self), 0, _COLUMN_PADDING // 2, 0)
        layout.addWidget(words, row, 0)
        boxes = []
        for column, side in enumerate(Side, start=1):
            site = PainSite(region, side)
            box = TickBox(parent=self)
            box.setObjectName(f"pain_site_{region.value}_{side.value}")
            box.setAccessibleName(site.label)
            box.setToolTip(site.label)
            # The whole cell under a side's name takes the click, not just the box.
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            layout.addWidget(box, row, column)
            self._boxes[site] = box
            boxes.append(box)
        return boxes

    def paintEvent(self, event: QPaintEvent) -> None:
        # Every other region on a band, so the eye follows a row from its name to its boxes.
        painter = QPainter(self)
        band = self.palette().color(QPalette.ColorRole.AlternateBase)
        for row in range(2, len(Region) + 1, 2):
            rect = self._grid.cellRect(row, 0).united(self._grid.cellRect(row, len(Side)))
            painter.fillRect(rect, band)

    def on_change(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` whenever a box is ticked or cleared."""
        for box in self._boxes.values():
            box.toggled.connect(callback)

    def sites(self) -> frozenset[PainSite]:
        """The ticked sites."""
        return frozenset(site for site, box in self._boxes.items() if box.isChecked())

    def set_sites(self, sites: frozenset[PainSite]) -> None:
        """Tick exactly ``sites``; the keyboard starts again at the first of them."""
        for site, box in self._boxes.items():
            box.setChecked(site in sites)
        self.reset_current()

    def _on_region_clicked(self, region: Region) -> None:
        _tick_all_or_none([self._boxes[PainSite(region, side)] for side in Side])
        self.move_row(list(Region).index(region))

    def _on_side_clicked(self, side: Side) -> None:
        _tick_all_or_none([self._boxes[PainSite(region, side)] for region in Region])
        self.move_column(list(Side).index(side))


class PainCharacterPicker(TickGrid):
    """A box for each thing the pain can feel like, in one row.

    One Tab stop: Left and Right go from one to the next, a letter jumps to one ("b" to
    burning), Space ticks the current box; a click on a box or its words ticks it.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pain_characters")
        self.setAccessibleName(QCoreApplication.translate("PainCharacterPicker", "It feels"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._boxes: dict[Character, TickBox] = {}
        for character in Character:
            box = TickBox(character.label, self)
            box.setObjectName(f"pain_character_{character.value}")
            box.setAccessibleName(
                QCoreApplication.translate("PainCharacterPicker", "Pain feels {character}").format(
                    character=character.value
                )
            )
            layout.addWidget(box)
            self._boxes[character] = box
        layout.addStretch(1)
        self.set_cells([list(self._boxes.values())])

    def on_change(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` whenever a box is ticked or cleared."""
        for box in self._boxes.values():
            box.toggled.connect(callback)

    def characters(self) -> frozenset[Character]:
        """The ticked characters."""
        return frozenset(c for c, box in self._boxes.items() if box.isChecked())

    def set_characters(self, characters: frozenset[Character]) -> None:
        """Tick exactly ``characters``; the keyboard starts again at the first of them."""
        for character, box in self._boxes.items():
            box.setChecked(character in characters)
        self.reset_current()
