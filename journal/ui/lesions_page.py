"""The Lesions page: the list of lesions, and the chosen one's observations and photos."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journal.lesion_checks import InvalidLesionRecord
from journal.lesions import Lesion
from journal.photos import TimelinePhoto
from journal.ui.facade import JournalFacade
from journal.ui.gallery_model import PhotoGalleryModel, TimelinePhotoRole
from journal.ui.gallery_view import PhotoGalleryView
from journal.ui.lesion_dialogs import LesionDialog, ObservationDialog
from journal.ui.lesion_facade import LesionFacade
from journal.ui.photo_commands import RemovePhoto
from journal.ui.photo_compare import CompareDialog, describe, first_photo_of_each
from journal.ui.photo_dialogs import ConfirmRemovePhoto, ImportMessage, PhotoFilesDialog
from journal.ui.thumbnail_loader import ThumbnailLoader

LesionIdRole = Qt.ItemDataRole.UserRole + 1


class LesionsPage(QWidget):
    """Lesions on the left; the chosen lesion's observations and dated photos on the right.

    Files dropped on a lesion in the list (or on the photos) are added to it.

    Attributes:
        lesion_list: the lesions, most recently first seen first.
        gallery: the chosen lesion's photos, oldest first, thumbnails loaded lazily.
        compare_dialog: the comparison last opened, if any.
    """

    def __init__(
        self, facade: LesionFacade, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName("Lesions")
        self.setObjectName("lesions_page")
        self.setAcceptDrops(True)
        self._facade = facade
        self._undo_stack = undo_stack
        self.compare_dialog: CompareDialog | None = None
        self.loader = ThumbnailLoader(facade.thumbnail, self)
        self.model = PhotoGalleryModel(self.loader, self)

        self.lesion_list = QListWidget(self)
        self.lesion_list.setAccessibleName("Lesion list")
        self.lesion_list.currentItemChanged.connect(lambda *_: self._show_lesion())
        self.add_lesion_button = self._button("Add lesion…", "Add lesion", self.add_lesion)
        self.change_lesion_button = self._button("Change…", "Change lesion", self.change_lesion)
        left = QVBoxLayout()
        left.addWidget(self._heading("Lesions"))
        left.addWidget(self.lesion_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.add_lesion_button)
        row.addWidget(self.change_lesion_button)
        left.addLayout(row)

        self.title = self._heading("")
        self.summary = QLabel(self)
        self.summary.setObjectName("lesion_summary")
        self.summary.setWordWrap(True)
        self.observe_button = self._button("Add observation…", "Add observation", self.observe)
        self.change_observation_button = self._button(
            "Change observation…", "Change observation", self.change_observation
        )
        self.add_photos_button = self._button("Add photos…", "Add photos", self.add_photos)
        self.compare_button = self._button("Compare photos", "Compare photos", self.compare)
        self.remove_button = self._button("Remove photo", "Remove photo", self.remove_photo)
        actions = QHBoxLayout()
        for button in (
            self.observe_button,
            self.change_observation_button,
            self.add_photos_button,
            self.compare_button,
            self.remove_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)

        self.gallery = PhotoGalleryView(self.model, self)
        self.gallery.selectionModel().currentChanged.connect(lambda *_: self._show_photo())
        self.gallery.activated.connect(lambda _: self.compare())
        QShortcut(QKeySequence.StandardKey.Delete, self.gallery, self.remove_photo)
        self.photo_details = QLabel(self)
        self.photo_details.setObjectName("photo_details")
        self.photo_details.setWordWrap(True)
        self.empty_hint = QLabel(
            "No photos yet. Use “Add photos…”, or drop picture files here or on a lesion.", self
        )
        self.empty_hint.setObjectName("empty_hint")

        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.summary)
        right.addLayout(actions)
        right.addWidget(self.empty_hint)
        right.addWidget(self.gallery, 1)
        right.addWidget(self.photo_details)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        for layout, stretch in ((left, 0), (right, 1)):
            holder = QWidget(splitter)
            holder.setLayout(layout)
            splitter.addWidget(holder)
            splitter.setStretchFactor(splitter.count() - 1, stretch)
        splitter.setSizes([260, 900])
        outer = QVBoxLayout(self)
        outer.addWidget(splitter)

        facade.changed.connect(self.reload)
        self.reload()

    @property
    def facade(self) -> LesionFacade:
        """The lesions' facade; its ``changed`` tells other views that lesions changed."""
        return self._facade

    @classmethod
    def for_journal(cls, journal: JournalFacade, undo_stack: QUndoStack) -> LesionsPage:
        """The page for an open journal, with its own lesion facade over the journal's store."""
        facade = LesionFacade(journal.store)
        page = cls(facade, undo_stack)
        facade.setParent(page)
        return page

    # --- building -----------------------------------------------------------------------

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text, self)
        label.setProperty("role", "heading")
        return label

    # --- state --------------------------------------------------------------------------

    def current_lesion(self) -> Lesion | None:
        """The lesion chosen in the list."""
        item = self.lesion_list.currentItem()
        return item.data(LesionIdRole) if item is not None else None

    def current_photo(self) -> TimelinePhoto | None:
        """The photo chosen in the gallery."""
        index = self.gallery.currentIndex()
        return index.data(TimelinePhotoRole) if index.isValid() else None

    def select_lesion(self, lesion_id: int) -> None:
        """Choose the lesion with this id in the list."""
        for row in range(self.lesion_list.count()):
            item = self.lesion_list.item(row)
            if item.data(LesionIdRole).id == lesion_id:
                self.lesion_list.setCurrentItem(item)
                return

    def reload(self) -> None:
        """Read the lesions again, keeping the chosen one chosen."""
        chosen = self.current_lesion()
        self.lesion_list.blockSignals(True)
        self.lesion_list.clear()
        for lesion in self._facade.lesions():
            state = f"healed {lesion.healed_on:%d %b}" if lesion.healed_on else "active"
            item = QListWidgetItem(
                f"{lesion.name}\n{lesion.region.label}, {lesion.side.value} · {state}"
            )
            item.setData(LesionIdRole, lesion)
            self.lesion_list.addItem(item)
        self.lesion_list.blockSignals(False)
        if chosen is not None:
            self.select_lesion(chosen.id)
        if self.lesion_list.currentItem() is None and self.lesion_list.count():
            self.lesion_list.setCurrentRow(0)
        self._show_lesion()

    def _show_lesion(self) -> None:
        lesion = self.current_lesion()
        has = lesion is not None
        for button in (self.change_lesion_button, self.observe_button, self.add_photos_button):
            button.setEnabled(has)
        if not has:
            self.title.setText("No lesions yet")
            self.summary.setText("Add a lesion to follow it over time, with photos.")
            self.model.set_rows([])
        else:
            observations = self._facade.observations(lesion.id)
            self.title.setText(lesion.name)
            latest = observations[-1] if observations else None
            facts = [
                f"{lesion.region.label}, {lesion.side.value}",
                f"first seen {lesion.first_seen:%d %b %Y}",
                f"healed {lesion.healed_on:%d %b %Y}" if lesion.healed_on else "not healed",
                f"{len(observations)} observation{'s' if len(observations) != 1 else ''}",
            ]
            if latest and latest.size_mm is not None:
                facts.append(f"latest size {latest.size_mm:g} mm")
            self.summary.setText(" · ".join(facts))
            self.model.set_rows(self._facade.timeline(lesion.id))
        count = self.model.rowCount()
        self.gallery.setVisible(has)
        self.empty_hint.setVisible(has and count == 0)
        self.compare_button.setEnabled(count > 0)
        self.remove_button.setEnabled(count > 0)
        self.change_observation_button.setEnabled(count > 0)
        if count and not self.gallery.currentIndex().isValid():
            self.gallery.setCurrentIndex(self.model.index(count - 1))
        self._show_photo()

    def _show_photo(self) -> None:
        item = self.current_photo()
        if item is None:
            self.photo_details.setText("")
            return
        text = describe(item.observation).replace("\n", " · ")
        self.photo_details.setText(f"{item.day:%a %d %b %Y} · {text}")

    # --- actions ------------------------------------------------------------------------

    def add_lesion(self) -> None:
        """Ask for a new lesion and choose it."""
        lesion = LesionDialog.ask(self)
        if lesion is not None:
            self._save_lesion(lesion)

    def change_lesion(self) -> None:
        """Change the chosen lesion's name, place or dates (mark it healed)."""
        current = self.current_lesion()
        if current is not None:
            lesion = LesionDialog.ask(self, current)
            if lesion is not None:
                self._save_lesion(lesion)

    def _save_lesion(self, lesion: Lesion) -> None:
        try:
            saved = self._facade.save_lesion(lesion)
        except InvalidLesionRecord as exc:
            ImportMessage.ask(self, str(exc))
            return
        self.select_lesion(saved.id)

    def observe(self) -> None:
        """Record how the chosen lesion looks today."""
        lesion = self.current_lesion()
        if lesion is None:
            return
        observation = ObservationDialog.ask(self, lesion)
        if observation is not None:
            self._facade.save_observation(observation)

    def change_observation(self) -> None:
        """Fill in or correct the measurements of the chosen photo's observation."""
        lesion, item = self.current_lesion(), self.current_photo()
        if lesion is None or item is None:
            return
        observation = ObservationDialog.ask(self, lesion, item.observation)
        if observation is not None:
            self._facade.save_observation(observation)

    def add_photos(self) -> None:
        """Choose photo files (several at once) and add them to the chosen lesion."""
        lesion = self.current_lesion()
        paths = PhotoFilesDialog.ask(self) if lesion is not None else None
        if paths:
            self.add_files(lesion, paths)

    def add_files(self, lesion: Lesion, paths: list[Path]) -> None:
        """Add files to ``lesion``; say which were not added and why."""
        report = self._facade.add_photos(lesion.id, paths)
        self.select_lesion(lesion.id)
        if report.rejected:
            ImportMessage.ask(self, report.summary())
        window = self.window()
        if hasattr(window, "statusBar") and report.added:
            window.statusBar().showMessage(report.summary().splitlines()[0], 5000)

    def remove_photo(self) -> None:
        """Remove the chosen photo after asking; Ctrl+Z puts it back."""
        item = self.current_photo()
        if item is None or not ConfirmRemovePhoto.ask(self, item.day):
            return
        self._undo_stack.push(RemovePhoto(self._facade, item))
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage("Photo removed. Press Ctrl+Z to undo.", 8000)

    def compare(self) -> None:
        """Open the chosen lesion's observations side by side: first and latest."""
        lesion = self.current_lesion()
        if lesion is None:
            return
        entries = first_photo_of_each(self._facade.timeline(lesion.id))
        if not entries:
            return
        if self.compare_dialog is not None:
            self.compare_dialog.close()
        self.compare_dialog = CompareDialog(lesion, entries, self._facade.photo_path, self)
        self.compare_dialog.show()

    # --- drag and drop ------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.lesion_list.count():
            event.acceptProposedAction()

    def dragMoveEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        lesion = self._lesion_at(event.position().toPoint()) or self.current_lesion()
        if not paths or lesion is None:
            return
        event.acceptProposedAction()
        self.add_files(lesion, paths)

    def _lesion_at(self, point: QPoint) -> Lesion | None:
        inside = self.lesion_list.viewport().mapFrom(self, point)
        item = self.lesion_list.itemAt(inside)
        return item.data(LesionIdRole) if item is not None else None
