"""Text wrapped to a width and measured on the device it will be drawn on.

``QTextLayout`` breaks the lines once; the same lines are then drawn, so a measured height
is never wrong by a wrapped word, and a long text can be drawn a slice of lines at a time.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPaintDevice,
    QPainter,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)

from journal.printing.typography import INK

# Qt's layout breaks lines at this character, not at "\n".
LINE_SEPARATOR = "\u2028"


class WrappedText:
    """``text`` in ``font`` broken into lines no wider than ``width`` device pixels.

    Attributes:
        height: the height of all its lines.
        width: the width it was wrapped to.
    """

    def __init__(
        self,
        text: str,
        font: QFont,
        width: float,
        device: QPaintDevice,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        formats: Sequence[QTextLayout.FormatRange] = (),
    ) -> None:
        self.width = max(1.0, width)
        self._layout = QTextLayout(_one_paragraph(text), font, device)
        if formats:
            # Runs of the text in another look (a lighter, smaller date after a title).
            self._layout.setFormats(list(formats))
        option = QTextOption(align)
        # A long word (a file name, a URL) breaks anywhere rather than running out of a cell.
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self._layout.setTextOption(option)
        leading = max(0.0, QFontMetricsF(font, device).leading())
        self._tops: list[float] = []
        y = 0.0
        self._layout.beginLayout()
        while True:
            line = self._layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(self.width)
            line.setPosition(QPointF(0.0, y))
            self._tops.append(y)
            y += line.height() + leading
        self._layout.endLayout()
        self.height = y - leading if self._tops else 0.0

    @property
    def line_count(self) -> int:
        """How many lines it takes."""
        return len(self._tops)

    def slice_height(self, start: int, end: int) -> float:
        """The height of lines ``start`` to ``end`` (exclusive)."""
        if start >= end:
            return 0.0
        last = self._layout.lineAt(end - 1)
        return self._tops[end - 1] + last.height() - self._tops[start]

    def slices(self, most: float) -> list[tuple[int, int]]:
        """The lines cut into runs each at most ``most`` high (at least one line a run)."""
        runs: list[tuple[int, int]] = []
        start = 0
        for end in range(1, self.line_count + 1):
            if end - start > 1 and self.slice_height(start, end) > most:
                runs.append((start, end - 1))
                start = end - 1
        if start < self.line_count:
            runs.append((start, self.line_count))
        return runs

    def draw(
        self,
        painter: QPainter,
        x: float,
        y: float,
        colour: QColor = INK,
        lines: tuple[int, int] | None = None,
    ) -> None:
        """Draw the text (or only ``lines``) with its top left at (``x``, ``y``)."""
        start, end = lines if lines is not None else (0, self.line_count)
        if start >= end:
            return
        painter.save()
        painter.setPen(colour)
        shift = y - self._tops[start]
        for index in range(start, end):
            self._layout.lineAt(index).draw(painter, QPointF(x, shift))
        painter.restore()

    def natural_width(self) -> float:
        """The width of its widest line: for text that needs less than it was given."""
        return max(
            (self._layout.lineAt(i).naturalTextWidth() for i in range(self.line_count)),
            default=0.0,
        )


def _one_paragraph(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", LINE_SEPARATOR)


def text_run(start: int, length: int, font: QFont, colour: QColor) -> QTextLayout.FormatRange:
    """Characters ``start`` to ``start + length`` of a text drawn in ``font`` and ``colour``."""
    look = QTextCharFormat()
    look.setFont(font)
    look.setForeground(colour)
    run = QTextLayout.FormatRange()
    run.start, run.length, run.format = start, length, look
    return run


def longest_word_width(
    text: str, font: QFont, device: QPaintDevice, at_hyphens: bool = False
) -> float:
    """The width of ``text``'s widest word: text this wide or wider breaks no word inside.

    With ``at_hyphens`` a hyphenated word counts as its pieces ("Anti-", "inflammatory"),
    as Qt may break a line after a hyphen.
    """
    if at_hyphens:
        # Laid out on lines as narrow as can be, each line holds one piece.
        return _widest_line(text, font, device, QTextOption.WrapMode.WordWrap, 1.0)
    return max((unwrapped_width(word, font, device) for word in text.split()), default=0.0)


def unwrapped_width(text: str, font: QFont, device: QPaintDevice) -> float:
    """The width of ``text``'s widest line when it is not wrapped at all."""
    return _widest_line(text, font, device, QTextOption.WrapMode.NoWrap, 1e9)


def _widest_line(
    text: str, font: QFont, device: QPaintDevice, mode: QTextOption.WrapMode, width: float
) -> float:
    layout = QTextLayout(_one_paragraph(text), font, device)
    option = QTextOption()
    option.setWrapMode(mode)
    layout.setTextOption(option)
    widest = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        widest = max(widest, line.naturalTextWidth())
    layout.endLayout()
    return widest
