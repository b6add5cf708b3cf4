"""Where it hurts: a grid of back regions by side, and what the pain feels like."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QHBoxLayout, QLabel, QWidget

from journal.pain import Character, PainSite, Region, Side


class PainSitePicker(QWidget):
    """Tick boxes for each region of the back (rows) on each side (columns).

    A clear list works from the keyboard and with a screen reader; each box is named, for
    example, "Lower back, left".
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("Where it hurts")
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setHorizontalSpacing(14)
        layout.setVerticalSpacing(2)
        for column, side in enumerate(Side, start=1):
            header = QLabel(side.label, self)
            header.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(header, 0, column)
        self._boxes: dict[PainSite, QCheckBox] = {}
        for row, region in enumerate(Region, start=1):
            layout.addWidget(QLabel(region.label, self), row, 0)
            for column, side in enumerate(Side, start=1):
                site = PainSite(region, side)
                box = QCheckBox(self)
                box.setObjectName(f"pain_site_{region.value}_{side.value}")
                box.setAccessibleName(site.label)
                box.setToolTip(site.label)
                layout.addWidget(box, row, column, Qt.AlignmentFlag.AlignCenter)
                self._boxes[site] = box

    def on_change(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` whenever a box is ticked or cleared."""
        for box in self._boxes.values():
            box.toggled.connect(callback)

    def boxes(self) -> list[QCheckBox]:
        """The tick boxes in reading order: region by region, left to right."""
        return list(self._boxes.values())

    def sites(self) -> frozenset[PainSite]:
        """The ticked sites."""
        return frozenset(site for site, box in self._boxes.items() if box.isChecked())

    def set_sites(self, sites: frozenset[PainSite]) -> None:
        """Tick exactly ``sites``."""
        for site, box in self._boxes.items():
            box.setChecked(site in sites)


class PainCharacterPicker(QWidget):
    """Tick boxes for what the pain feels like."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self._boxes: dict[Character, QCheckBox] = {}
        for character in Character:
            box = QCheckBox(character.label, self)
            box.setObjectName(f"pain_character_{character.value}")
            box.setAccessibleName(f"Pain feels {character.value}")
            layout.addWidget(box)
            self._boxes[character] = box
        layout.addStretch(1)

    def on_change(self, callback: Callable[[], None]) -> None:
        """Call ``callback`` whenever a box is ticked or cleared."""
        for box in self._boxes.values():
            box.toggled.connect(callback)

    def boxes(self) -> list[QCheckBox]:
        """The tick boxes in reading order."""
        return list(self._boxes.values())

    def characters(self) -> frozenset[Character]:
        """The ticked characters."""
        return frozenset(c for c, box in self._boxes.items() if box.isChecked())

    def set_characters(self, characters: frozenset[Character]) -> None:
        """Tick exactly ``characters``."""
        for character, box in self._boxes.items():
            box.setChecked(character in characters)
