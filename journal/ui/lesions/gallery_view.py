"""The dated photo timeline of a lesion: thumbnails in rows, oldest first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from journal.ui.lesions.gallery_model import ICON_SIZE, PhotoGalleryModel


class PhotoGalleryView(QListView):
    """Thumbnails with their dates, wrapping in rows; every item the same size.

    Uniform sizes let the view lay out thousands of photos without asking for their
    pictures, so only the thumbnails scrolled into view are loaded.
    """

    def __init__(self, model: PhotoGalleryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("PhotoGalleryView", "Photos"))
        self.setModel(model)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setMovement(QListView.Movement.Static)
        self.setUniformItemSizes(True)
        self.setIconSize(ICON_SIZE)
        self.setGridSize(ICON_SIZE + QSize(24, 40))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSpacing(6)
