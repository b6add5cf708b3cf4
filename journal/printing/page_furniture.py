"""What every page carries: who and which period above, "Page X of Y" and the note below."""

from __future__ import annotations

from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QPaintDevice, QPainter, QPen

from journal.printing.typography import INK, QUIET_INK, RULE, SMALL_PT, Ruler, font
from journal.printing.wrapped_text import WrappedText
from journal.summary.blocks import Document
from journal.translation import translate

GAP_MM = 4.0
RULE_GAP_MM = 1.5


def page_number_text(page: int, pages: int) -> str:
    """ "Page 2 of 5"."""
    return translate("Printing", "Page {page} of {pages}").format(page=page, pages=pages)


class PageFurniture:
    """The header and footer of a document's pages, measured once for all of them.

    Attributes:
        header_height: room the header takes at the top of the page area, gap included.
        footer_height: room the footer takes at the bottom, gap included.
    """

    def __init__(self, document: Document, device: QPaintDevice, ruler: Ruler, width: float):
        self._ruler = ruler
        self._width = width
        half = (width - ruler.mm(6)) / 2
        who = document.patient or document.title
        self._who = WrappedText(who, font(SMALL_PT, bold=bool(document.patient)), half, device)
        self._period = WrappedText(
            document.period, font(SMALL_PT), half, device, Qt.AlignmentFlag.AlignRight
        )
        self._note = WrappedText(document.footer_note, font(SMALL_PT), width * 0.7, device)
        self._device = device
        rule = ruler.mm(RULE_GAP_MM)
        self._header_text = max(self._who.height, self._period.height)
        self.header_height = self._header_text + rule + ruler.mm(GAP_MM)
        self._footer_text = self._note.height
        self.footer_height = self._footer_text + rule + ruler.mm(GAP_MM)

    def draw(self, painter: QPainter, page: QRectF, number: int, pages: int) -> None:
        """Draw the header and footer of page ``number`` of ``pages`` inside ``page``."""
        ruler, width = self._ruler, self._width
        left, top = page.left(), page.top()
        self._who.draw(painter, left, top, INK)
        self._period.draw(painter, left + width - self._period.width, top, QUIET_INK)
        painter.save()
        painter.setPen(QPen(RULE, ruler.mm(0.25)))
        rule_y = top + self._header_text + ruler.mm(RULE_GAP_MM) / 2
        painter.drawLine(QLineF(left, rule_y, left + width, rule_y))
        foot_top = page.bottom() - self._footer_text
        foot_rule = foot_top - ruler.mm(RULE_GAP_MM) / 2
        painter.drawLine(QLineF(left, foot_rule, left + width, foot_rule))
        painter.restore()
        self._note.draw(painter, left, foot_top, QUIET_INK)
        numbers = WrappedText(
            page_number_text(number, pages),
            font(SMALL_PT),
            width * 0.28,
            self._device,
            Qt.AlignmentFlag.AlignRight,
        )
        numbers.draw(painter, left + width - numbers.width, foot_top, INK)
