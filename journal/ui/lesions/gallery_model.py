"""A lesion's photos as a Qt list model, oldest first, with thumbnails loaded lazily.

A thumbnail is asked for only when a view asks for a row's picture (rows scrolled into
view), loaded by :class:`ThumbnailLoader` off the UI thread, and kept in a bounded cache
keyed by the picture's content hash (a row id can name another photo after an undo).
The model never reads a full-size photo.
"""

from __future__ import annotations

from collections import OrderedDict, defaultdict

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QIcon, QImage, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from journal.dates import day_text
from journal.lesions.photos import TimelinePhoto
from journal.ui.lesions.lesion_words import long_day
from journal.ui.lesions.thumbnail_loader import ThumbnailLoader

TimelinePhotoRole = Qt.ItemDataRole.UserRole + 1
ThumbnailReadyRole = Qt.ItemDataRole.UserRole + 2
ICON_SIZE = QSize(160, 120)
CACHE_LIMIT = 400

_Index = QModelIndex | QPersistentModelIndex


def _icon(pixmap: QPixmap) -> QIcon:
    # The same picture when selected: Qt's default tints a selected photo grey.
    icon = QIcon(pixmap)
    icon.addPixmap(pixmap, QIcon.Mode.Selected)
    return icon


class PhotoGalleryModel(QAbstractListModel):
    """Rows of timeline photos: date as text, thumbnail as decoration.

    ``TimelinePhotoRole`` gives the TimelinePhoto; ``ThumbnailReadyRole`` whether the
    row's thumbnail has arrived.
    """

    def __init__(self, loader: ThumbnailLoader, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[TimelinePhoto] = []
        self._rows_of: dict[str, list[int]] = {}
        self._loader = loader
        self._cache: OrderedDict[str, QIcon] = OrderedDict()
        self._placeholder: QIcon | None = None
        loader.loaded.connect(self._on_loaded)

    def set_rows(self, photos: list[TimelinePhoto]) -> None:
        """Replace every row (thumbnails already cached are kept)."""
        self.beginResetModel()
        self._rows = list(photos)
        rows_of: dict[str, list[int]] = defaultdict(list)
        for row, item in enumerate(self._rows):
            rows_of[item.photo.sha256].append(row)
        self._rows_of = dict(rows_of)
        self.endResetModel()

    def photo_at(self, row: int) -> TimelinePhoto:
        """The timeline photo in ``row``."""
        return self._rows[row]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        item = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return day_text(item.day)
        if role == Qt.ItemDataRole.DecorationRole:
            return self._thumbnail(item)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return QCoreApplication.translate("GalleryModel", "Photo of {day}").format(
                day=long_day(item.day)
            )
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{item.photo.original_name}\n{item.photo.width} × {item.photo.height}"
        if role == TimelinePhotoRole:
            return item
        if role == ThumbnailReadyRole:
            return item.photo.sha256 in self._cache
        return None

    def _thumbnail(self, item: TimelinePhoto) -> QIcon:
        cached = self._cache.get(item.photo.sha256)
        if cached is not None:
            self._cache.move_to_end(item.photo.sha256)
            return cached
        self._loader.request(item.photo)
        return self._blank()

    def _blank(self) -> QIcon:
        if self._placeholder is None:
            pixmap = QPixmap(ICON_SIZE)
            # The palette's shade for empty wells, so it suits a dark scheme too.
            pixmap.fill(QApplication.palette().color(QPalette.ColorRole.Mid))
            self._placeholder = _icon(pixmap)
        return self._placeholder

    def _on_loaded(self, sha256: str, image: QImage) -> None:
        rows = self._rows_of.get(sha256)
        if not rows:
            return
        if image.isNull():
            icon = self._blank()
        else:
            icon = _icon(
                QPixmap.fromImage(
                    image.scaled(
                        ICON_SIZE,
                        Qt.AspectRatioMode.KeepAspectRatio,
                        Qt.TransformationMode.SmoothTransformation,
                    )
                )
            )
        self._cache[sha256] = icon
        while len(self._cache) > CACHE_LIMIT:
            self._cache.popitem(last=False)
        for row in rows:
            index = self.index(row)
            self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])
