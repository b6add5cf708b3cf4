"""Trend charts on paper: drawn by matplotlib as SVG (:mod:`journal.printing.chart_svgs`)
and painted through Qt as vectors."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgRenderer

from journal.printing.canvas import Canvas
from journal.printing.chart_helper import ChartJob, draw_charts
from journal.printing.layout import Part, Piece
from journal.printing.typography import QUIET_INK, SMALL_PT, font
from journal.printing.wrapped_text import WrappedText
from journal.summary.blocks import Chart

MIN_HEIGHT_MM = 30.0


def chart_job(block: Chart, canvas: Canvas) -> ChartJob:
    """What drawing ``block``'s SVG takes: the block and its size in millimetres."""
    _, _, height = _measure(block, canvas)
    return block, canvas.ruler.to_mm(canvas.width), canvas.ruler.to_mm(height)


def chart_piece(block: Chart, canvas: Canvas, gap: float, svg: bytes | None = None) -> Piece:
    """The chart at the page's width and its height (less when the page is smaller).

    ``svg`` is its drawing for :func:`chart_job`'s size, when drawn already.
    """
    caption, below, height = _measure(block, canvas)
    if svg is None:
        [svg] = draw_charts([chart_job(block, canvas)])
    renderer = QSvgRenderer(QByteArray(svg))

    def draw(painter: QPainter, x: float, y: float) -> None:
        painter.save()
        # QtSvg starts from the painter's pen: an element without a stroke must draw none.
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        renderer.render(painter, QRectF(x, y, canvas.width, height))
        painter.restore()
        if caption:
            caption.draw(painter, x, y + height + below, QUIET_INK)

    total = height + (caption.height + below if caption else 0.0)
    return Piece((Part(total, draw),), gap_before=gap)


def _measure(block: Chart, canvas: Canvas) -> tuple[WrappedText | None, float, float]:
    """The caption, the space above it, and the chart's own height on this canvas."""
    caption = (
        WrappedText(block.caption, font(SMALL_PT), canvas.width, canvas.device)
        if block.caption
        else None
    )
    below = canvas.mm(1.2) if caption else 0.0
    room = canvas.height - (caption.height + below if caption else 0.0)
    height = max(min(canvas.mm(block.height_mm), room), canvas.mm(MIN_HEIGHT_MM))
    return caption, below, height
