"""The red flags of the period: each with its level in words and a shape, never colour alone."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPainterPath, QPen, QPolygonF

from journal.flags.model import Level
from journal.printing.canvas import Canvas
from journal.printing.layout import Part, Piece
from journal.printing.typography import BODY_PT, FAINT_RULE, INK, PAPER, QUIET_INK, SMALL_PT, font
from journal.printing.wrapped_text import WrappedText, text_run
from journal.summary.blocks import FlagItem, FlagList
from journal.translation import QT_TRANSLATE_NOOP, translate

LEVEL_WORDS = {
    Level.URGENT: QT_TRANSLATE_NOOP("Printing", "Urgent"),
    Level.SOON: QT_TRANSLATE_NOOP("Printing", "Soon"),
    Level.NEXT_APPOINTMENT: QT_TRANSLATE_NOOP("Printing", "Next appointment"),
}
ICON_MM = 4.2
PAD_MM = 1.2
LINE_GAP_MM = 0.4
# Between the title and its dates on the same line.
DATES_APART = " · "


def flag_list_piece(flags: FlagList, canvas: Canvas, gap: float) -> Piece:
    """The flags, one part each; the list's empty text when there are none."""
    if not flags.items:
        text = WrappedText(flags.empty_text, font(BODY_PT), canvas.width, canvas.device)
        return Piece((Part(text.height, lambda p, x, y: text.draw(p, x, y)),), gap_before=gap)
    return Piece(tuple(_item_part(item, canvas) for item in flags.items), gap_before=gap)


def _item_part(item: FlagItem, canvas: Canvas) -> Part:
    pad = canvas.mm(PAD_MM)
    icon = canvas.mm(ICON_MM)
    column = icon + canvas.mm(3)
    width = canvas.width - column
    lines = [
        (_title_line(item, width, canvas), INK),
        (WrappedText(item.recorded, font(BODY_PT), width, canvas.device), INK),
        (WrappedText(item.advice, font(BODY_PT, italic=True), width, canvas.device), INK),
    ]
    lines = [(text, colour) for text, colour in lines if text.line_count]
    between = canvas.mm(LINE_GAP_MM)
    body = sum(t.height for t, _ in lines) + between * max(0, len(lines) - 1)
    height = max(body, icon) + 2 * pad

    def draw(painter: QPainter, x: float, y: float) -> None:
        painter.save()
        rule = canvas.mm(0.2)
        painter.setPen(QPen(FAINT_RULE, rule))
        bottom = y + height - rule / 2
        painter.drawLine(QLineF(x, bottom, x + canvas.width, bottom))
        painter.restore()
        draw_level_icon(painter, item.level, QRectF(x, y + pad, icon, icon), canvas)
        top = y + pad
        for text, colour in lines:
            text.draw(painter, x + column, top, colour)
            top += text.height + between

    return Part(height, draw)


def _title_line(item: FlagItem, width: float, canvas: Canvas) -> WrappedText:
    """ "Soon: Fever with back pain · Thu 5 Nov 2026": the dates lighter and smaller."""
    known = LEVEL_WORDS.get(item.level)
    level = translate("Printing", known) if known else str(item.level).capitalize()
    title = translate("Printing", "{level}: {title}").format(level=level, title=item.title)
    if not item.dates:
        return WrappedText(title, font(BODY_PT, bold=True), width, canvas.device)
    dates = text_run(len(title), len(DATES_APART) + len(item.dates), font(SMALL_PT), QUIET_INK)
    return WrappedText(
        f"{title}{DATES_APART}{item.dates}",
        font(BODY_PT, bold=True),
        width,
        canvas.device,
        formats=[dates],
    )


def draw_level_icon(painter: QPainter, level: Level, box: QRectF, canvas: Canvas) -> None:
    """A shape per level: a filled triangle (urgent), a filled circle (soon), a ring (next
    appointment); the first two with an exclamation mark cut out of them."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(INK, canvas.mm(0.35)))
    if level is Level.URGENT:
        painter.setBrush(QBrush(INK))
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(box.center().x(), box.top()),
                    QPointF(box.right(), box.bottom()),
                    QPointF(box.left(), box.bottom()),
                ]
            )
        )
        _exclamation(painter, box, 0.42, 0.72, 0.82)
    elif level is Level.SOON:
        painter.setBrush(QBrush(INK))
        painter.drawEllipse(box)
        _exclamation(painter, box, 0.22, 0.6, 0.76)
    else:
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box.adjusted(box.width() * 0.08, box.width() * 0.08, 0, 0))
    painter.restore()


def _exclamation(painter: QPainter, box: QRectF, top: float, bottom: float, dot: float) -> None:
    """A white "!" drawn as shapes (not text, so it adds no stray letters to the text)."""
    stroke = box.width() * 0.14
    path = QPainterPath()
    cx = box.center().x()
    path.addRect(
        QRectF(
            cx - stroke / 2, box.top() + box.height() * top, stroke, box.height() * (bottom - top)
        )
    )
    path.addEllipse(QPointF(cx, box.top() + box.height() * dot), stroke * 0.6, stroke * 0.6)
    painter.fillPath(path, PAPER)
