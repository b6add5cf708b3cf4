"""Tables: column titles, rows of wrapped cells, and a note; they break between rows."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QPainter, QPen

from journal.printing.canvas import Canvas
from journal.printing.layout import Part, Piece
from journal.printing.typography import (
    FAINT_RULE,
    INK,
    QUIET_INK,
    SMALL_PT,
    TABLE_PT,
    TINT,
    font,
)
from journal.printing.wrapped_text import WrappedText
from journal.summary.blocks import CELL_MARK, Cell, Table

PAD_X_MM, PAD_Y_MM = 1.5, 1.1


def table_piece(table: Table, canvas: Canvas, gap: float) -> Piece:
    """``table`` measured: its titles as the repeated header, one part per row."""
    widths = column_widths(table, canvas.width)
    header = _row_part([Cell(t, strong=True) for t in table.columns], widths, canvas, True)
    parts = [_row_part(list(row), widths, canvas) for row in table.rows]
    if table.note:
        note = _note_part(table.note, canvas)
        if parts:
            # The note stays with the last row, so it never starts a page alone.
            parts[-1] = _joined(parts[-1], note)
        else:
            parts.append(note)
    return Piece(tuple(parts), gap_before=gap, header=header, breaks=True)


def column_widths(table: Table, width: float) -> list[float]:
    """Each column's width in device pixels, from the table's shares (equal when not given)."""
    count = max(1, len(table.columns))
    shares = list(table.widths) if len(table.widths) == count else [1.0] * count
    shares = [s if s > 0 else 1.0 for s in shares]
    total = sum(shares)
    return [width * s / total for s in shares]


def cell_text(cell: Cell) -> str:
    """What a cell prints: a marked cell starts with the mark."""
    return f"{CELL_MARK} {cell.text}" if cell.marked else cell.text


def _row_part(cells: list[Cell], widths: list[float], canvas: Canvas, title: bool = False) -> Part:
    pad_x, pad_y = canvas.mm(PAD_X_MM), canvas.mm(PAD_Y_MM)
    # A row with fewer cells than columns still draws; extra cells are left out.
    cells = (cells + [Cell("")] * len(widths))[: len(widths)]
    texts = [
        WrappedText(
            cell_text(cell),
            font(TABLE_PT, bold=cell.strong or cell.marked or title),
            width - 2 * pad_x,
            canvas.device,
        )
        for cell, width in zip(cells, widths, strict=True)
    ]
    height = max((t.height for t in texts), default=0.0) + 2 * pad_y

    def draw(painter: QPainter, x: float, y: float) -> None:
        left = x
        for cell, width, text in zip(cells, widths, texts, strict=True):
            if title or cell.marked:
                painter.fillRect(QRectF(left, y, width, height), TINT)
            text.draw(painter, left + pad_x, y + pad_y)
            left += width
        right = x + sum(widths)
        painter.save()
        if title:
            painter.setPen(QPen(INK, canvas.mm(0.3)))
            painter.drawLine(QLineF(x, y, right, y))
            painter.drawLine(QLineF(x, y + height, right, y + height))
        else:
            painter.setPen(QPen(FAINT_RULE, canvas.mm(0.2)))
            painter.drawLine(QLineF(x, y + height, right, y + height))
        painter.restore()

    return Part(height, draw)


def _note_part(note: str, canvas: Canvas) -> Part:
    text = WrappedText(note, font(SMALL_PT), canvas.width, canvas.device)
    above = canvas.mm(1.2)

    def draw(painter: QPainter, x: float, y: float) -> None:
        text.draw(painter, x, y + above, QUIET_INK)

    return Part(text.height + above, draw)


def _joined(first: Part, second: Part) -> Part:
    def draw(painter: QPainter, x: float, y: float) -> None:
        first.draw(painter, x, y)
        second.draw(painter, x, y + first.height)

    return Part(first.height + second.height, draw)
