"""The chosen lesion's photos: the dated gallery, adding, comparing and removing photos."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from journal.dates import day_text
from journal.lesions.lesion import Lesion
from journal.lesions.photos import TimelinePhoto
from journal.ui.lesions.gallery_model import PhotoGalleryModel, TimelinePhotoRole
from journal.ui.lesions.gallery_view import PhotoGalleryView
from journal.ui.lesions.lesion_facade import LesionFacade
from journal.ui.lesions.photo_commands import RemovePhoto
from journal.ui.lesions.photo_compare import CompareDialog, describe, first_photo_of_each
from journal.ui.lesions.photo_dialogs import ConfirmRemovePhoto, ImportMessage, PhotoFilesDialog
from journal.ui.lesions.thumbnail_loader import ThumbnailLoader
from journal.ui.parts.buttons import action_button


class PhotoPanel(QWidget):
    """A lesion's photos, oldest first, with the buttons that act on them.

    Signals:
        photo_chosen: the id of the observation whose photo was chosen.
        status: a short message for the window's status bar.

    Attributes:
        gallery: the photos, thumbnails loaded lazily off the UI thread.
        model: the gallery's model.
        compare_dialog: the comparison last opened, if any.
    """

    photo_chosen = Signal(int)
    status = Signal(str)

    def __init__(
        self, facade: LesionFacade, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._facade = facade
        self._undo_stack = undo_stack
        self._lesion: Lesion | None = None
        self._reloading = False
        self.compare_dialog: CompareDialog | None = None
        self.loader = ThumbnailLoader(facade.thumbnail, self)
        self.model = PhotoGalleryModel(self.loader, self)
        self.add_button = action_button(
            self,
            QCoreApplication.translate("PhotoPanel", "Add photos…"),
            QCoreApplication.translate("PhotoPanel", "Add photos"),
            self.add_photos,
        )
        self.compare_button = action_button(
            self,
            QCoreApplication.translate("PhotoPanel", "Compare photos"),
            QCoreApplication.translate("PhotoPanel", "Compare photos"),
            self.compare,
        )
        self.remove_button = action_button(
            self,
            QCoreApplication.translate("PhotoPanel", "Remove photo…"),
            QCoreApplication.translate("PhotoPanel", "Remove photo"),
            self.remove_photo,
        )
        actions = QHBoxLayout()
        for button in (self.add_button, self.compare_button, self.remove_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.gallery = PhotoGalleryView(self.model, self)
        self.gallery.selectionModel().currentChanged.connect(lambda *_: self._show_photo())
        self.gallery.activated.connect(lambda _: self.compare())
        remove = QShortcut(QKeySequence.StandardKey.Delete, self.gallery, self.remove_photo)
        # Only while the photos have the focus: the observations beside them use Delete too.
        remove.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.details = QLabel(self)
        self.details.setObjectName("photo_details")
        self.details.setWordWrap(True)
        self.empty_hint = QLabel(
            QCoreApplication.translate(
                "PhotoPanel",
                "No photos yet. Use “Add photos…”, or drop picture files here or on a lesion.",
            ),
            self,
        )
        self.empty_hint.setObjectName("empty_hint")
        self.empty_hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(actions)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.gallery, 1)
        layout.addWidget(self.details)

    def set_lesion(self, lesion: Lesion | None) -> None:
        """Show ``lesion``'s photos (none for None), the latest chosen when none was."""
        self._lesion = lesion
        # Reloading chooses a photo of its own accord; that is not the user choosing one.
        self._reloading = True
        self.model.set_rows(self._facade.timeline(lesion.id) if lesion is not None else [])
        count = self.model.rowCount()
        self.add_button.setEnabled(lesion is not None)
        self.gallery.setVisible(lesion is not None)
        self.empty_hint.setVisible(lesion is not None and count == 0)
        self.compare_button.setEnabled(count > 0)
        self.remove_button.setEnabled(count > 0)
        if count and not self.gallery.currentIndex().isValid():
            self.gallery.setCurrentIndex(self.model.index(count - 1))
        self._show_photo()
        self._reloading = False

    def show_observation(self, observation_id: int) -> None:
        """Choose the first photo of this observation, if it has any."""
        current = self.current_photo()
        if current is not None and current.observation.id == observation_id:
            return
        for row in range(self.model.rowCount()):
            if self.model.photo_at(row).observation.id == observation_id:
                self.gallery.setCurrentIndex(self.model.index(row))
                return

    def current_photo(self) -> TimelinePhoto | None:
        """The photo chosen in the gallery."""
        index = self.gallery.currentIndex()
        return index.data(TimelinePhotoRole) if index.isValid() else None

    def _show_photo(self) -> None:
        item = self.current_photo()
        if item is None:
            self.details.setText("")
            return
        text = describe(item.observation).replace("\n", " · ")
        self.details.setText(f"{day_text(item.day)} · {text}")
        if not self._reloading:
            self.photo_chosen.emit(item.observation.id)

    # --- actions ------------------------------------------------------------------------

    def add_photos(self) -> None:
        """Choose photo files (several at once) and add them to the lesion."""
        paths = PhotoFilesDialog.ask(self) if self._lesion is not None else None
        if paths:
            self.add_files(self._lesion, paths)

    def add_files(self, lesion: Lesion, paths: list[Path]) -> None:
        """Add files to ``lesion``; say which were not added and why."""
        report = self._facade.add_photos(lesion.id, paths)
        if report.rejected:
            ImportMessage.ask(self, report.summary())
        if report.added:
            self.status.emit(report.summary().splitlines()[0])

    def remove_photo(self) -> None:
        """Remove the chosen photo after asking; Ctrl+Z puts it back."""
        item = self.current_photo()
        if item is None or not ConfirmRemovePhoto.ask(self, item.day):
            return
        self._undo_stack.push(RemovePhoto(self._facade, item, self.status.emit))
        self.status.emit(
            QCoreApplication.translate("PhotoPanel", "Photo removed. Press Ctrl+Z to undo.")
        )

    def compare(self) -> None:
        """Open the lesion's observations side by side: first and latest."""
        if self._lesion is None:
            return
        entries = first_photo_of_each(self._facade.timeline(self._lesion.id))
        if not entries:
            return
        if self.compare_dialog is not None:
            self.compare_dialog.close()
        self.compare_dialog = CompareDialog(self._lesion, entries, self._facade.photo_bytes, self)
        self.compare_dialog.show()
