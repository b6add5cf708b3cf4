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
from journal.printing.wrapped_text import WrappedText, longest_word_width, unwrapped_width
from journal.summary.blocks import CELL_MARK, Cell, Table

PAD_X_MM, PAD_Y_MM = 1.5, 0.8
# Measured and drawn widths agree to a fraction of a pixel; this much more keeps a word
# that just fits from wrapping.
SLACK_PX = 2.0


def table_piece(table: Table, canvas: Canvas, gap: float) -> Piece:
    """``table`` measured: its titles as the repeated header, one part per row."""
    widths = column_widths(table, canvas)
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


def column_widths(table: Table, canvas: Canvas) -> list[float]:
    """Each column's width in device pixels: never narrower than its longest word.

    What is left is shared in proportion to the table's widths, or to how wide each
    column's text is when the table gives none. Where whole words cannot all fit, a
    hyphenated word may break after its hyphen; only a word wider than the page allows is
    broken inside.
    """
    count = max(1, len(table.columns))
    columns = [[Cell(title, strong=True) for title in table.columns]] + [
        (list(row) + [Cell("")] * count)[:count] for row in table.rows
    ]
    pad = 2 * canvas.mm(PAD_X_MM) + SLACK_PX

    def widest(measure) -> list[float]:
        return [
            max(measure(cell_text(row[i]), _cell_font(row[i]), canvas.device) for row in columns)
            + pad
            for i in range(count)
        ]

    least = widest(longest_word_width)
    if sum(least) > canvas.width:
        least = widest(
            lambda text, font, device: longest_word_width(text, font, device, at_hyphens=True)
        )
    if len(table.widths) == count and all(w > 0 for w in table.widths):
        shares = [float(w) for w in table.widths]
    else:
        shares = widest(unwrapped_width)
    return fit_columns(shares, least, canvas.width, widest(unwrapped_width))


def fit_columns(
    shares: list[float], least: list[float], width: float, most: list[float] | None = None
) -> list[float]:
    """Widths summing to ``width``: each at least its ``least``, the rest by ``shares``.

    A column given ``most`` (the width its text needs unwrapped) takes no more than that
    while another column still wraps. When the least widths alone are wider than
    ``width``, the widest of them are cut to one common width, so only the columns with
    the longest words give way.
    """
    if sum(least) >= width:
        return _capped(least, width)
    count = len(shares)
    shares = [max(s, 1e-9) for s in shares]
    most = [max(m, low) for m, low in zip(most, least, strict=True)] if most else None
    held: dict[int, float] = {}
    while True:
        free = width - sum(held.values())
        open_ = [i for i in range(count) if i not in held]
        if not open_:
            # Every column has what it needs: the spare width goes by shares.
            spare = width - sum(held.values())
            return [held[i] + spare * shares[i] / sum(shares) for i in range(count)]
        total = sum(shares[i] for i in open_)
        fair = {i: free * shares[i] / total for i in open_}
        short = {i: least[i] for i in open_ if fair[i] < least[i]}
        if not short and most:
            short = {i: most[i] for i in open_ if fair[i] > most[i]}
        if not short:
            return [held[i] if i in held else fair[i] for i in range(count)]
        held.update(short)


def _capped(least: list[float], width: float) -> list[float]:
    remaining, left = width, len(least)
    cap = max(least, default=0.0)
    for value in sorted(least):
        if value * left > remaining:
            cap = remaining / left
            break
        remaining -= value
        left -= 1
    return [min(value, cap) for value in least]


def _cell_font(cell: Cell, title: bool = False):
    return font(TABLE_PT, bold=cell.strong or cell.marked or title)


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
            _cell_font(cell, title),
            width - 2 * pad_x,
            canvas.device,
        )
        for cell, width in zip(cells, widths, strict=True)
    ]
    height = max((t.height for t in texts), default=0.0) + 2 * pad_y

    heavy, faint = canvas.mm(0.3), canvas.mm(0.2)

    def draw(painter: QPainter, x: float, y: float) -> None:
        # Every rule and fill stays inside the row's own height: a marked cell below the
        # titles must not paint over their rule, or the titles on a continued page would
        # look unlike the first page's.
        rule = heavy if title else faint
        left = x
        for cell, width, text in zip(cells, widths, texts, strict=True):
            if title or cell.marked:
                painter.fillRect(QRectF(left, y, width, height - rule), TINT)
            text.draw(painter, left + pad_x, y + pad_y)
            left += width
        right = x + sum(widths)
        painter.save()
        if title:
            painter.setPen(QPen(INK, heavy))
            painter.drawLine(QLineF(x, y + heavy / 2, right, y + heavy / 2))
            painter.drawLine(QLineF(x, y + height - heavy / 2, right, y + height - heavy / 2))
        else:
            painter.setPen(QPen(FAINT_RULE, faint))
            painter.drawLine(QLineF(x, y + height - faint / 2, right, y + height - faint / 2))
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
