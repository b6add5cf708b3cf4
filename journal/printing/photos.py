"""A lesion's first and latest photo side by side, with captions and what changed.

Photos are read through the loader, decoded and scaled by Qt, and drawn as fresh pixels:
nothing of the original file (its EXIF, its GPS position) reaches the PDF. A photo that
cannot be read is drawn as a framed "Photo not available", never an error.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QImageIOHandler, QImageReader, QPainter, QPen

from journal.printing.canvas import Canvas, PhotoLoader
from journal.printing.layout import Part, Piece
from journal.printing.typography import (
    BODY_PT,
    FAINT_RULE,
    INK,
    PAPER,
    QUIET_INK,
    SMALL_PT,
    SUBHEADING_PT,
    font,
)
from journal.printing.wrapped_text import WrappedText
from journal.summary.blocks import Photo, PhotoPair
from journal.translation import QT_TRANSLATE_NOOP, translate

FRAME_MM = 62.0
GAP_MM = 6.0
# Enough for a sharp print; more would only make the file bigger and slower.
PHOTO_DPI = 200
NOT_AVAILABLE = QT_TRANSLATE_NOOP("Printing", "Photo not available")
NO_PHOTO = QT_TRANSLATE_NOOP("Printing", "No photo in this period")


def photo_pair_piece(pair: PhotoPair, canvas: Canvas, gap: float) -> Piece:
    """The pair as one part: never split across pages.

    With one photo only, what changed is written beside it rather than under an empty frame.
    """
    shown = [photo for photo in (pair.first, pair.latest) if photo is not None]
    if len(shown) == 1:
        return _lone_photo_piece(pair, shown[0], canvas, gap)
    device = canvas.device
    column = (canvas.width - canvas.mm(GAP_MM)) / 2
    frame = canvas.mm(FRAME_MM)
    title = WrappedText(pair.title, font(SUBHEADING_PT, bold=True), canvas.width, device)
    captions = [
        WrappedText(photo.caption if photo else "", font(SMALL_PT), column, device)
        for photo in (pair.first, pair.latest)
    ]
    lines = [WrappedText(line, font(BODY_PT), canvas.width, device) for line in pair.lines]
    step = canvas.mm(1.5)
    caption_height = max(c.height for c in captions)
    height = title.height + step + frame + step + caption_height
    height += sum(step / 2 + line.height for line in lines)

    def draw(painter: QPainter, x: float, y: float) -> None:
        title.draw(painter, x, y)
        top = y + title.height + step
        for index, photo in enumerate((pair.first, pair.latest)):
            left = x + index * (column + canvas.mm(GAP_MM))
            box = QRectF(left, top, column, frame)
            draw_photo(painter, photo, box, canvas)
            captions[index].draw(painter, left, top + frame + step, QUIET_INK)
        _draw_lines(painter, lines, x, top + frame + step + caption_height, step)

    return Piece((Part(height, draw),), gap_before=gap)


def _lone_photo_piece(pair: PhotoPair, photo: Photo, canvas: Canvas, gap: float) -> Piece:
    device = canvas.device
    column = (canvas.width - canvas.mm(GAP_MM)) / 2
    frame = canvas.mm(FRAME_MM)
    step = canvas.mm(1.5)
    title = WrappedText(pair.title, font(SUBHEADING_PT, bold=True), canvas.width, device)
    caption = WrappedText(photo.caption, font(SMALL_PT), column, device)
    lines = [WrappedText(line, font(BODY_PT), column, device) for line in pair.lines]
    beside = sum(step / 2 + line.height for line in lines)
    height = title.height + step + max(frame + step + caption.height, beside)

    def draw(painter: QPainter, x: float, y: float) -> None:
        title.draw(painter, x, y)
        top = y + title.height + step
        draw_photo(painter, photo, QRectF(x, top, column, frame), canvas)
        caption.draw(painter, x, top + frame + step, QUIET_INK)
        _draw_lines(painter, lines, x + column + canvas.mm(GAP_MM), top - step / 2, step)

    return Piece((Part(height, draw),), gap_before=gap)


def _draw_lines(painter: QPainter, lines: list[WrappedText], x: float, y: float, step: float):
    for line in lines:
        y += step / 2
        line.draw(painter, x, y)
        y += line.height


def draw_photo(painter: QPainter, photo: Photo | None, box: QRectF, canvas: Canvas) -> None:
    """The photo fitted into ``box`` and centred, or a framed note saying why there is none."""
    if photo is None:
        _framed_words(painter, box, translate("Printing", NO_PHOTO), canvas, QUIET_INK)
        return
    target = QSize(
        max(1, round(canvas.ruler.to_mm(box.width()) / 25.4 * PHOTO_DPI)),
        max(1, round(canvas.ruler.to_mm(box.height()) / 25.4 * PHOTO_DPI)),
    )
    image = load_photo(canvas.photos, photo.photo_id, target)
    if image is None:
        _framed_words(painter, box, translate("Printing", NOT_AVAILABLE), canvas, INK)
        return
    size = image.size().scaled(
        round(box.width()), round(box.height()), Qt.AspectRatioMode.KeepAspectRatio
    )
    fitted = QRectF(0, 0, size.width(), size.height())
    fitted.moveCenter(box.center())
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    painter.drawImage(fitted, image)
    painter.setPen(QPen(FAINT_RULE, canvas.mm(0.2)))
    painter.drawRect(fitted)
    painter.restore()


def load_photo(photos: PhotoLoader, photo_id: int, most: QSize) -> QImage | None:
    """The photo decoded, turned upright, at most ``most`` pixels; None when it cannot be read.

    Any failure of the loader counts as a missing photo: a summary with one unreadable photo
    is still worth printing.
    """
    try:
        data = photos(photo_id)
    except Exception:  # whatever the store raises, the page still prints
        return None
    if not data:
        return None
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and (size.width() > most.width() or size.height() > most.height()):
        # Decoding straight to the printed size is much faster for a large photo. The size
        # is the stored one, before the photo is turned upright.
        if reader.transformation() & QImageIOHandler.Transformation.TransformationRotate90:
            most = most.transposed()
        reader.setScaledSize(size.scaled(most, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    if image.isNull():
        return None
    return fresh_pixels(image)


def fresh_pixels(image: QImage) -> QImage:
    """The picture's pixels alone, on white, in a new image.

    Qt's PDF writer copies a JPEG's original bytes (EXIF, comments, GPS and all) when it can,
    and keeps an image's text fields; a new image painted from the pixels has neither. PDF/A-1
    has no transparency either, so a see-through photo is shown on white paper.
    """
    fresh = QImage(image.size(), QImage.Format.Format_RGB32)
    fresh.fill(PAPER)
    painter = QPainter(fresh)
    painter.drawImage(0, 0, image)
    painter.end()
    return fresh


def _framed_words(painter: QPainter, box: QRectF, words: str, canvas: Canvas, ink: QColor) -> None:
    painter.save()
    painter.setPen(QPen(FAINT_RULE, canvas.mm(0.3), Qt.PenStyle.DashLine))
    painter.drawRect(box)
    text = WrappedText(
        words,
        font(BODY_PT),
        box.width() - canvas.mm(4),
        canvas.device,
        Qt.AlignmentFlag.AlignHCenter,
    )
    text.draw(painter, box.left() + canvas.mm(2), box.center().y() - text.height / 2, ink)
    painter.restore()
