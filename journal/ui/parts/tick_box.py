"""A tick box that is easy to hit: the words and a square around the box all take the click."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton, QWidget

# The smallest target a shaky or tired hand can hit (WCAG 2.2 "target size", 24 CSS px).
HIT_SIZE = 24
# Room after the words, so that the last letter is not the edge of the target.
_TRAILING = 2


def box_inset(widget: QWidget) -> int:
    """How far in from its start a :class:`TickBox` with words draws its box, in ``widget``'s
    style: for lining other things up with the boxes."""
    width = widget.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, widget)
    return max(0, (HIT_SIZE - width) // 2)


class TickBox(QCheckBox):
    """A QCheckBox that a click on its words or near its box toggles, never under 24 px.

    The box sits in the middle of a square of :data:`HIT_SIZE` at the start of the widget,
    so a click up to 11 px from the box's centre, on any side, still lands on it. Without
    words the box is centred in whatever room the layout gives (a cell of a grid), and
    the whole cell takes the click.

    A grid that draws its own keyboard position over its boxes turns on :meth:`set_ring`.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._ring = False

    def set_ring(self, shown: bool) -> None:
        """Draw (or stop drawing) a focus ring around the box: the grid's current cell."""
        if shown != self._ring:
            self._ring = shown
            self.update()

    def has_ring(self) -> bool:
        """Whether the focus ring is drawn: this is the current cell of a focused grid."""
        return self._ring

    def indicator_rect(self) -> QRect:
        """Where the box itself is drawn, in the widget's coordinates."""
        size = self._indicator_size()
        # With words the box starts the widget; alone, it is centred in its cell.
        left = box_inset(self) if self.text() else (self.width() - size.width()) // 2
        top = (self.height() - size.height()) // 2
        rect = QRect(QPoint(left, top), size)
        return QStyle.visualRect(self.layoutDirection(), self.rect(), rect)

    def sizeHint(self) -> QSize:
        if not self.text():
            return QSize(HIT_SIZE, HIT_SIZE)
        hint = super().sizeHint()
        # Qt puts the box flush with the start; we add the room that centres it in a square.
        return QSize(hint.width() + box_inset(self) + _TRAILING, max(hint.height(), HIT_SIZE))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def hit_rect(self) -> QRect:
        """Where a click ticks: the box's square and the words after it, the full height.

        Not the empty room a layout may add after the words: a stray click there should
        not tick a symptom unseen.
        """
        if not self.text():
            return self.rect()
        hit = QRect(0, 0, min(self.width(), self.sizeHint().width()), self.height())
        return QStyle.visualRect(self.layoutDirection(), self.rect(), hit)

    def hitButton(self, pos: QPoint) -> bool:
        return self.hit_rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        indicator = self.indicator_rect()
        if self.text():
            # The style draws the box at the start of the rectangle it is given.
            start = self.rect().adjusted(box_inset(self), 0, 0, 0)
            option.rect = QStyle.visualRect(self.layoutDirection(), self.rect(), start)
        else:
            option.rect = QRect(indicator.left(), 0, indicator.width(), self.height())
        painter = QPainter(self)
        self.style().drawControl(QStyle.ControlElement.CE_CheckBox, option, painter, self)
        if self._ring:
            self._paint_ring(painter, indicator)

    def _paint_ring(self, painter: QPainter, indicator: QRect) -> None:
        # Around the box and its words, or a square of the hit size around a box alone, in
        # the palette's highlight: as plain on a dark palette as on a light one.
        if self.text():
            ring = self.hit_rect().adjusted(1, 1, -1, -1)
        else:
            ring = QRect(0, 0, HIT_SIZE - 2, HIT_SIZE - 2)
            ring.moveCenter(indicator.center())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(self.palette().highlight().color(), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(ring, 4, 4)

    def _indicator_size(self) -> QSize:
        option = QStyleOptionButton()
        self.initStyleOption(option)
        style = self.style()
        return QSize(
            style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, option, self),
            style.pixelMetric(QStyle.PixelMetric.PM_IndicatorHeight, option, self),
        )
