"""The summary's look on paper: its fonts, its ink, and lengths in the paint device's units.

Everything is measured in the device's own pixels (1200 per inch for a PDF, whatever the
printer gives), so what is measured when laying out is exactly what is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QPaintDevice

from journal.printing.font_families import FAMILIES

BODY_PT = 10.0
SMALL_PT = 8.5
TABLE_PT = 9.0
HEADING_PT = {1: 15.0, 2: 12.0}
SUBHEADING_PT = 10.5

INK = QColor("#111111")
QUIET_INK = QColor("#505050")
RULE = QColor("#8c8c8c")
FAINT_RULE = QColor("#c8c8c8")
# A light grey behind table titles and marked cells: seen in print, never meaning alone.
TINT = QColor("#eeeeee")
PAPER = QColor("#ffffff")


def font(size_pt: float, bold: bool = False, italic: bool = False) -> QFont:
    """A sans-serif font of ``size_pt`` points, unhinted so measuring matches drawing."""
    made = QFont()
    made.setFamilies(FAMILIES)
    made.setStyleHint(QFont.StyleHint.SansSerif)
    made.setPointSizeF(size_pt)
    made.setBold(bold)
    made.setItalic(italic)
    made.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    # Outlines, never bitmap fonts: the PDF embeds them and they print sharp at any size.
    made.setStyleStrategy(QFont.StyleStrategy.PreferOutline)
    # A ligature ("fi" as one glyph) is extracted as a rare character, so "figures" could
    # not be searched for.
    for tag in ("liga", "clig"):
        made.setFeature(QFont.Tag(tag), 0)
    return made


@dataclass(frozen=True)
class Ruler:
    """Turns millimetres and points into the paint device's pixels.

    Attributes:
        dpi: the device's pixels per inch.
    """

    dpi: float

    @classmethod
    def of(cls, device: QPaintDevice) -> Ruler:
        """The ruler of ``device``."""
        return cls(float(device.logicalDpiY()))

    def mm(self, millimetres: float) -> float:
        """``millimetres`` in device pixels."""
        return millimetres * self.dpi / 25.4

    def pt(self, points: float) -> float:
        """``points`` (1/72 inch) in device pixels."""
        return points * self.dpi / 72.0

    def to_mm(self, pixels: float) -> float:
        """Device ``pixels`` in millimetres."""
        return pixels * 25.4 / self.dpi
