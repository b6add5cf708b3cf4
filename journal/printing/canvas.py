"""What every block's measuring needs: the device, its ruler, and the room on a page."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QPaintDevice

from journal.printing.typography import Ruler

# Reads a stored photo's bytes by its id (through the store, never by path).
PhotoLoader = Callable[[int], bytes]


@dataclass(frozen=True)
class Canvas:
    """The paint device and the content area of one page, in device pixels.

    Attributes:
        device: what is painted on (a PDF writer or a printer); fonts are measured on it.
        ruler: millimetres and points in the device's pixels.
        width: the content area's width.
        height: the content area's height, between the header and the footer.
        photos: reads a photo's bytes.
    """

    device: QPaintDevice
    ruler: Ruler
    width: float
    height: float
    photos: PhotoLoader

    def mm(self, millimetres: float) -> float:
        """``millimetres`` in device pixels."""
        return self.ruler.mm(millimetres)

    def pt(self, points: float) -> float:
        """``points`` in device pixels."""
        return self.ruler.pt(points)
