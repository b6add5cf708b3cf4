"""A small outline of the back, seen from behind: lesion marks and where pain was recorded.

The shading of a region says how often pain was recorded there; the key beside the drawing
says the same in words, so nothing rests on a shade of grey alone.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from journal.pain import PainSite, Region, Side
from journal.printing.canvas import Canvas
from journal.printing.layout import Part, Piece
from journal.printing.typography import BODY_PT, FAINT_RULE, INK, PAPER, QUIET_INK, SMALL_PT, font
from journal.printing.wrapped_text import WrappedText
from journal.summary.blocks import BackMap, BackMark
from journal.translation import translate

# The drawing is laid out on a grid 60 wide and 100 high, scaled to the figure's box.
GRID_W, GRID_H = 60.0, 100.0
FIGURE_MM = 68.0
COLUMNS = {Side.LEFT: (12.0, 24.0), Side.MIDDLE: (24.0, 36.0), Side.RIGHT: (36.0, 48.0)}
BANDS = {
    Region.UPPER_BACK: (21.0, 38.0),
    Region.MID_BACK: (38.0, 55.0),
    Region.LOWER_BACK: (55.0, 68.0),
    Region.SACRUM: (68.0, 80.0),
}
NECK = (25.0, 35.0, 15.0, 21.0)
ARMS = {Side.LEFT: (3.0, 10.5, 23.0, 60.0), Side.RIGHT: (49.5, 57.0, 23.0, 60.0)}
LEGS = {Side.LEFT: (14.0, 29.0, 81.0, 100.0), Side.RIGHT: (31.0, 46.0, 81.0, 100.0)}
DARKEST = 150  # the grey of the most painful region, out of 255


def back_map_piece(block: BackMap, canvas: Canvas, gap: float) -> Piece:
    """The drawing and its key as one part."""
    box_h = canvas.mm(FIGURE_MM)
    box_w = box_h * GRID_W / GRID_H
    key_x = box_w + canvas.mm(10)
    key = _key_texts(block, canvas.width - key_x, canvas)
    step = canvas.mm(1.6)
    key_height = sum(t.height for t, _ in key) + step * max(0, len(key) - 1)
    side_words = canvas.mm(5)
    height = max(box_h + side_words, key_height)

    def draw(painter: QPainter, x: float, y: float) -> None:
        _draw_figure(painter, block, QRectF(x, y, box_w, box_h), canvas)
        top = y
        for text, colour in key:
            text.draw(painter, x + key_x, top, colour)
            top += text.height + step

    return Piece((Part(height, draw),), gap_before=gap)


def _key_texts(block: BackMap, width: float, canvas: Canvas):
    device = canvas.device
    texts = [
        (
            WrappedText(
                translate("Printing", "Seen from behind: the patient's left is on the left."),
                font(SMALL_PT),
                width,
                device,
            ),
            QUIET_INK,
        )
    ]
    # The caption is the key in words (which lesion each number is, where pain was most),
    # made with the summary's content so that it is tested as data.
    if block.caption:
        texts.append((WrappedText(block.caption, font(BODY_PT), width, device), INK))
    return texts


def _draw_figure(painter: QPainter, block: BackMap, box: QRectF, canvas: Canvas) -> None:
    unit = box.height() / GRID_H

    def rect(left: float, right: float, top: float, bottom: float) -> QRectF:
        return QRectF(
            box.left() + left * unit,
            box.top() + top * unit,
            (right - left) * unit,
            (bottom - top) * unit,
        )

    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    cells = _cells(rect)
    _shade(painter, cells, block.pain)
    outline = QPen(INK, canvas.mm(0.35))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(FAINT_RULE, canvas.mm(0.2)))
    for left, right in COLUMNS.values():
        painter.drawRect(rect(left, right, 21.0, 80.0))
    for top, bottom in BANDS.values():
        painter.drawLine(
            rect(12.0, 48.0, top, bottom).topLeft(), rect(12, 48, top, bottom).topRight()
        )
    painter.setPen(outline)
    painter.drawEllipse(
        QPointF(box.left() + 30 * unit, box.top() + 8 * unit), 6.5 * unit, 7.5 * unit
    )
    painter.drawRect(rect(*NECK))
    painter.drawRoundedRect(rect(12.0, 48.0, 21.0, 80.0), 4 * unit, 4 * unit)
    for limb in (*ARMS.values(), *LEGS.values()):
        painter.drawRoundedRect(rect(*limb), 3 * unit, 3 * unit)
    painter.setFont(font(SMALL_PT))
    painter.setPen(QUIET_INK)
    below = QRectF(box.left(), box.bottom() + canvas.mm(0.8), box.width(), canvas.mm(4))
    painter.drawText(below, Qt.AlignmentFlag.AlignLeft, translate("Pain", "Left"))
    painter.drawText(below, Qt.AlignmentFlag.AlignRight, translate("Pain", "Right"))
    _marks(painter, block.lesions, cells, unit, canvas)
    painter.restore()


def _cells(rect) -> dict[tuple[Region, Side], list[QRectF]]:
    """Where each region and side is drawn (a middle arm or leg is both of them)."""
    cells: dict[tuple[Region, Side], list[QRectF]] = {}
    for region, (top, bottom) in BANDS.items():
        for side, (left, right) in COLUMNS.items():
            cells[(region, side)] = [rect(left, right, top, bottom)]
    left, right, top, bottom = NECK
    third = (right - left) / 3
    for index, side in enumerate((Side.LEFT, Side.MIDDLE, Side.RIGHT)):
        cells[(Region.NECK, side)] = [
            rect(left + index * third, left + (index + 1) * third, top, bottom)
        ]
    for region, limbs in ((Region.ARM, ARMS), (Region.LEG, LEGS)):
        for side, limb in limbs.items():
            cells[(region, side)] = [rect(*limb)]
        cells[(region, Side.MIDDLE)] = [rect(*limb) for limb in limbs.values()]
    return cells


def _shade(painter: QPainter, cells, pain: Mapping[PainSite, int]) -> None:
    most = max(pain.values(), default=0)
    if most <= 0:
        return
    for site, count in pain.items():
        if count <= 0:
            continue
        grey = round(255 - (255 - DARKEST) * (0.25 + 0.75 * count / most))
        for cell in cells.get((site.region, site.side), ()):
            painter.fillRect(cell, QColor(grey, grey, grey))


def _marks(painter: QPainter, marks, cells, unit: float, canvas: Canvas) -> None:
    """Each lesion's label in a ring; several in one place sit two by two, rows centred."""
    groups: dict[tuple[Region, Side], list[BackMark]] = {}
    for mark in marks:
        where = (mark.region, mark.side)
        groups.setdefault(where if where in cells else (Region.MID_BACK, Side.MIDDLE), []).append(
            mark
        )
    painter.setPen(QPen(INK, canvas.mm(0.3)))
    painter.setBrush(PAPER)
    for where, group in groups.items():
        cell = cells[where][0]
        rows = (len(group) + 1) // 2
        # Many lesions in one place shrink their rings to stay inside it.
        radius = min(2.8 * unit, cell.height() / (rows * 2.1))
        label = font(SMALL_PT - 1, bold=True)
        label.setPointSizeF(label.pointSizeF() * radius / (2.8 * unit))
        painter.setFont(label)
        for index, mark in enumerate(group):
            centre = _slot(cell, index, len(group), radius)
            painter.drawEllipse(centre, radius, radius)
            ring = QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius)
            painter.drawText(ring, Qt.AlignmentFlag.AlignCenter, mark.label)


def _slot(cell: QRectF, index: int, count: int, radius: float) -> QPointF:
    across = 2
    row, column = divmod(index, across)
    in_row = min(across, count - row * across)
    step = 2.1 * radius
    rows = (count + across - 1) // across
    x = cell.center().x() + (column - (in_row - 1) / 2) * step
    y = cell.center().y() + (row - (rows - 1) / 2) * step
    return QPointF(x, y)
