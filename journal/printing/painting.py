"""Measuring each kind of block into a piece that knows how to draw itself.

Headings, paragraphs and facts are here; tables, flags, charts, photos and the drawing of
the back have modules of their own.
"""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF
from PySide6.QtGui import QPainter, QPen

from journal.printing import back_map, charts, flag_list, photos, tables
from journal.printing.canvas import Canvas
from journal.printing.layout import Part, Piece
from journal.printing.typography import (
    BODY_PT,
    HEADING_PT,
    INK,
    QUIET_INK,
    RULE,
    SMALL_PT,
    font,
)
from journal.printing.wrapped_text import WrappedText
from journal.summary.blocks import (
    BackMap,
    Block,
    Chart,
    Facts,
    FlagList,
    Heading,
    PageBreak,
    Paragraph,
    PhotoPair,
    Table,
    Tone,
)

BLOCK_GAP_MM = 3.0
SECTION_GAP_MM = 6.0
# Above a heading inside a section: a little more than between its blocks.
SUBHEADING_GAP_MM = 4.5
NOTICE_PAD_MM = 2.5


def piece_of(block: Block, canvas: Canvas, chart_svg: bytes | None = None) -> Piece:
    """``block`` measured for ``canvas``; a chart's drawing is ``chart_svg`` when given."""
    gap = canvas.mm(BLOCK_GAP_MM)
    match block:
        case PageBreak():
            return Piece(page_break=True)
        case Heading():
            return heading_piece(block, canvas)
        case Paragraph():
            return paragraph_piece(block, canvas, gap)
        case Facts():
            return facts_piece(block, canvas, gap)
        case Table():
            return tables.table_piece(block, canvas, gap)
        case FlagList():
            return flag_list.flag_list_piece(block, canvas, gap)
        case Chart():
            return charts.chart_piece(block, canvas, gap, chart_svg)
        case PhotoPair():
            return photos.photo_pair_piece(block, canvas, gap)
        case BackMap():
            return back_map.back_map_piece(block, canvas, gap)
    raise TypeError(f"no way to draw {type(block).__name__}")


def heading_piece(heading: Heading, canvas: Canvas) -> Piece:
    """A heading, ruled under when it starts a section; kept with what follows."""
    level = 1 if heading.level <= 1 else 2
    text = WrappedText(
        heading.text, font(HEADING_PT[level], bold=True), canvas.width, canvas.device
    )
    rule_gap = canvas.mm(1.2) if level == 1 else 0.0
    below = canvas.mm(1.0)

    def draw(painter: QPainter, x: float, y: float) -> None:
        text.draw(painter, x, y)
        if level == 1:
            line_y = y + text.height + rule_gap / 2
            painter.setPen(QPen(RULE, canvas.mm(0.3)))
            painter.drawLine(QLineF(x, line_y, x + canvas.width, line_y))

    gap = canvas.mm(SECTION_GAP_MM if level == 1 else SUBHEADING_GAP_MM)
    part = Part(text.height + rule_gap + below, draw)
    return Piece((part,), gap_before=gap, keep_with_next=True)


def paragraph_piece(paragraph: Paragraph, canvas: Canvas, gap: float) -> Piece:
    """Running text in its tone; a text longer than a page runs on between its lines."""
    tone = paragraph.tone
    size = SMALL_PT if tone is Tone.QUIET else BODY_PT
    colour = QUIET_INK if tone is Tone.QUIET else INK
    pad = canvas.mm(NOTICE_PAD_MM) if tone is Tone.NOTICE else 0.0
    text = WrappedText(
        paragraph.text,
        font(size, bold=False, italic=tone is Tone.COMPUTED),
        canvas.width - 2 * pad,
        canvas.device,
    )
    parts = []
    for lines in text.slices(canvas.height - 2 * pad):
        height = text.slice_height(*lines) + 2 * pad
        parts.append(Part(height, _paragraph_drawing(text, lines, pad, height, colour, canvas)))
    return Piece(tuple(parts), gap_before=gap)


def _paragraph_drawing(text, lines, pad, height, colour, canvas: Canvas):
    def draw(painter: QPainter, x: float, y: float) -> None:
        if pad:
            painter.save()
            painter.setPen(QPen(INK, canvas.mm(0.35)))
            painter.drawRect(QRectF(x, y, canvas.width, height))
            painter.restore()
        text.draw(painter, x + pad, y + pad, colour, lines)

    return draw


def facts_piece(facts: Facts, canvas: Canvas, gap: float) -> Piece:
    """Label and value lines in two columns."""
    label_width = min(canvas.width * 0.32, canvas.mm(55))
    space = canvas.mm(3)
    value_width = canvas.width - label_width - space
    row_gap = canvas.mm(0.7)
    parts = []
    for label, value in facts.items:
        left = WrappedText(label, font(BODY_PT), label_width, canvas.device)
        right = WrappedText(value, font(BODY_PT), value_width, canvas.device)

        def draw(painter, x, y, left=left, right=right):
            left.draw(painter, x, y, QUIET_INK)
            right.draw(painter, x + label_width + space, y)

        parts.append(Part(max(left.height, right.height) + row_gap, draw))
    return Piece(tuple(parts), gap_before=gap)
