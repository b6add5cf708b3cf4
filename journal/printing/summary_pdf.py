"""Drawing a summary document: to PDF bytes, to a printer, to a preview — one painting path.

The blocks are measured and broken into pages first, so every page's footer can say
"Page X of Y"; then each page is painted on any ``QPagedPaintDevice``: a ``QPdfWriter``
writing into memory, or the ``QPrinter`` a print or preview dialog gives.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QRectF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from journal.collector import collector_paused
from journal.printing.application import ensure_application
from journal.printing.binding_fault import keep_none_alive
from journal.printing.canvas import Canvas, PhotoLoader
from journal.printing.chart_helper import draw_charts
from journal.printing.charts import chart_job
from journal.printing.layout import Piece, Placed, paginate
from journal.printing.page_furniture import PageFurniture
from journal.printing.painting import piece_of
from journal.printing.typography import Ruler
from journal.summary.blocks import Chart, Document, PhotoPair
from journal.summary.request import Paper
from journal.translation import translate

__all__ = ["PhotoLoader", "PrintCancelled", "Progress", "paint", "pdf_bytes", "photo_ids"]

# Told (pages done, pages in all); returns False to stop.
Progress = Callable[[int, int], bool]

CREATOR = "Symptom Journal"
MARGIN_MM = 15.0
# Fine enough that measured text lands where it is drawn to a hundredth of a millimetre.
PDF_DPI = 1200
PAGE_SIZES = {Paper.A4: QPageSize.PageSizeId.A4, Paper.LETTER: QPageSize.PageSizeId.Letter}


class PrintCancelled(Exception):
    """The user stopped the drawing; nothing was written."""


def photo_ids(document: Document) -> list[int]:
    """Every stored photo the document shows, in order, each once."""
    found: dict[int, None] = {}
    for block in document.blocks:
        if isinstance(block, PhotoPair):
            for photo in (block.first, block.latest):
                if photo is not None:
                    found.setdefault(photo.photo_id)
    return list(found)


def pdf_bytes(
    document: Document, paper: Paper, photos: PhotoLoader, progress: Progress | None = None
) -> bytes:
    """The document as a PDF/A-1b file's bytes, fonts embedded, text extractable.

    Raises:
        PrintCancelled: ``progress`` returned False.
    """
    ensure_application()
    keep_none_alive()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    # Records systems keep PDFs for years; PDF/A is the form made for that.
    writer.setPdfVersion(QPagedPaintDevice.PdfVersion.PdfVersion_A1b)
    writer.setTitle(document.title)
    writer.setCreator(CREATOR)
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(PAGE_SIZES[paper]),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    paint(document, writer, photos, progress)
    buffer.close()
    return bytes(buffer.data())


def paint(
    document: Document,
    printer: QPagedPaintDevice,
    photos: PhotoLoader,
    progress: Progress | None = None,
) -> int:
    """Draw the document on ``printer`` (a QPrinter, as the print and preview dialogs give,
    or any other paged device); returns the number of pages.

    Margins narrower than 15 mm are widened; the paper is the device's.

    Raises:
        PrintCancelled: ``progress`` returned False; a printer's job is aborted.
        RuntimeError: the device cannot be painted on.
    """
    keep_none_alive()
    _keep_margins(printer)
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError(
            translate("Printing", "could not start drawing the summary on this printer")
        )
    try:
        # The charts' figures are garbage as soon as drawn: collected one by one, not walked
        # again and again with everything else the process holds.
        with collector_paused():
            return _paint_pages(document, printer, painter, photos, progress)
    except PrintCancelled:
        abort = getattr(printer, "abort", None)
        if abort is not None:
            abort()
        raise
    finally:
        painter.end()


def _paint_pages(document, device, painter: QPainter, photos, progress) -> int:
    ruler = Ruler.of(device)
    # The painter's origin is the top left of the area inside the margins.
    area = QRectF(0, 0, device.width(), device.height())
    furniture = PageFurniture(document, device, ruler, area.width())
    canvas = Canvas(
        device,
        ruler,
        area.width(),
        area.height() - furniture.header_height - furniture.footer_height,
        photos,
    )
    # The charts all together, so that a helper process may draw some beside this one; the
    # other blocks are measured (their photos read and scaled) while it takes its first.
    blocks = document.blocks
    charted = [i for i, block in enumerate(blocks) if isinstance(block, Chart)]
    pieces: list[Piece | None] = [None] * len(blocks)

    def measure_the_rest() -> None:
        for index, block in enumerate(blocks):
            if not isinstance(block, Chart):
                pieces[index] = piece_of(block, canvas)

    drawn = draw_charts([chart_job(blocks[i], canvas) for i in charted], measure_the_rest)
    for index, svg in zip(charted, drawn, strict=True):
        pieces[index] = piece_of(blocks[index], canvas, svg)
    pages = paginate(pieces, canvas.height)
    total = len(pages)
    _ask(progress, 0, total)
    top = area.top() + furniture.header_height
    for number, page in enumerate(pages, start=1):
        if number > 1:
            device.newPage()
        furniture.draw(painter, area, number, total)
        for placed in page:
            _draw_placed(painter, placed, area.left(), top, canvas.width)
        _ask(progress, number, total)
    return total


def _draw_placed(painter: QPainter, placed: Placed, left: float, top: float, width: float):
    scale = placed.scale
    # Each part starts from the same pen and brush, whatever the one before it left.
    painter.save()
    if scale >= 1.0:
        placed.part.draw(painter, left, top + placed.y)
    else:
        # Taller than a page: shrunk to fit, centred, rather than cut off.
        painter.translate(left + width * (1 - scale) / 2, top + placed.y)
        painter.scale(scale, scale)
        placed.part.draw(painter, 0.0, 0.0)
    painter.restore()


def _keep_margins(device: QPagedPaintDevice) -> None:
    margins = device.pageLayout().margins(QPageLayout.Unit.Millimeter)
    wider = QMarginsF(
        max(margins.left(), MARGIN_MM),
        max(margins.top(), MARGIN_MM),
        max(margins.right(), MARGIN_MM),
        max(margins.bottom(), MARGIN_MM),
    )
    if wider != margins:
        device.setPageMargins(wider, QPageLayout.Unit.Millimeter)


def _ask(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise PrintCancelled
