"""The Lesions page: the list of lesions, and the chosen one's observations and photos."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from journal.dates import day_text, short_day_text
from journal.lesions.checks import InvalidLesionRecord
from journal.lesions.lesion import Lesion
from journal.lesions.photos import TimelinePhoto
from journal.numbers import written_short
from journal.translation import english_plural
from journal.ui.lesions.lesion_commands import DeleteLesion
from journal.ui.lesions.lesion_dialogs import HealedDialog, LesionDialog
from journal.ui.lesions.lesion_facade import LesionFacade
from journal.ui.lesions.lesion_questions import ConfirmDeleteLesion
from journal.ui.lesions.lesion_words import word
from journal.ui.lesions.observation_list import ObservationList
from journal.ui.lesions.photo_compare import CompareDialog
from journal.ui.lesions.photo_dialogs import ImportMessage
from journal.ui.lesions.photo_panel import PhotoPanel
from journal.ui.parts.buttons import action_button

LesionIdRole = Qt.ItemDataRole.UserRole + 1


class LesionsPage(QWidget):
    """Lesions on the left; the chosen lesion's observations and dated photos on the right.

    Files dropped on a lesion in the list (or on the photos) are added to it. Choosing a
    photo chooses its observation, and choosing an observation shows its first photo.

    Signals:
        status: a short message for the window to show.

    Attributes:
        lesion_list: the lesions, most recently first seen first.
        observations: the chosen lesion's observations, with or without photos.
        photos: the chosen lesion's photos and their buttons.
        gallery: the photos, oldest first, thumbnails loaded lazily.
        model: the gallery's model.
    """

    status = Signal(str)

    def __init__(
        self,
        facade: LesionFacade,
        undo_stack: QUndoStack,
        parent: QWidget | None = None,
        in_parts: bool = False,
    ) -> None:
        """Build the page; with ``in_parts``, reading the lesions (and showing the first, its
        observations and photos) waits for :meth:`build_next_part` or :meth:`finish_building`.
        """
        super().__init__(parent)
        self.setAccessibleName(QCoreApplication.translate("LesionsPage", "Lesions"))
        self.setObjectName("lesions_page")
        self.setAcceptDrops(True)
        self._facade = facade
        self._undo_stack = undo_stack

        self.lesion_list = QListWidget(self)
        self.lesion_list.setAccessibleName(QCoreApplication.translate("LesionsPage", "Lesion list"))
        self.lesion_list.currentItemChanged.connect(lambda *_: self._show_lesion())
        self.add_lesion_button = action_button(
            self,
            QCoreApplication.translate("LesionsPage", "Add lesion…"),
            QCoreApplication.translate("LesionsPage", "Add lesion"),
            self.add_lesion,
        )
        self.change_lesion_button = action_button(
            self,
            QCoreApplication.translate("LesionsPage", "Change…"),
            QCoreApplication.translate("LesionsPage", "Change lesion"),
            self.change_lesion,
        )
        self.healed_button = action_button(
            self,
            QCoreApplication.translate("LesionsPage", "Mark healed…"),
            QCoreApplication.translate("LesionsPage", "Mark healed"),
            self.mark_healed,
        )
        self.delete_lesion_button = action_button(
            self,
            QCoreApplication.translate("LesionsPage", "Delete lesion…"),
            QCoreApplication.translate("LesionsPage", "Delete lesion"),
            self.delete_lesion,
        )
        left = QVBoxLayout()
        left.addWidget(self._heading(QCoreApplication.translate("LesionsPage", "Lesions")))
        left.addWidget(self.lesion_list, 1)
        for pair in (
            (self.add_lesion_button, self.change_lesion_button),
            (self.healed_button, self.delete_lesion_button),
        ):
            row = QHBoxLayout()
            for button in pair:
                row.addWidget(button)
            left.addLayout(row)

        self.title = self._heading("")
        self.summary = QLabel(self)
        self.summary.setObjectName("lesion_summary")
        self.summary.setWordWrap(True)
        self.observations = ObservationList(facade, undo_stack, self)
        self.photos = PhotoPanel(facade, undo_stack, self)
        self.gallery = self.photos.gallery
        self.model = self.photos.model
        self.photos.status.connect(self.status)
        self.observations.status.connect(self.status)
        self.photos.photo_chosen.connect(self.observations.select_observation)
        self.observations.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._show_observation_photo()
        )
        sections = QSplitter(Qt.Orientation.Vertical, self)
        for heading, widget in (
            (QCoreApplication.translate("LesionsPage", "Observations"), self.observations),
            (QCoreApplication.translate("LesionsPage", "Photos"), self.photos),
        ):
            section = QWidget(sections)
            layout = QVBoxLayout(section)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(self._heading(heading))
            layout.addWidget(widget, 1)
            sections.addWidget(section)
        sections.setSizes([260, 420])
        right = QVBoxLayout()
        right.addWidget(self.title)
        right.addWidget(self.summary)
        right.addWidget(sections, 1)

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
        self._read = False
        if not in_parts:
            self.finish_building()

    def build_next_part(self) -> bool:
        """Read and show the lesions, if not yet; False when they were read already."""
        if self._read:
            return False
        self.reload()
        return True

    def finish_building(self) -> None:
        """Read and show the lesions, if not yet."""
        self.build_next_part()

    def is_built(self) -> bool:
        """True once the lesions are read."""
        return self._read

    @property
    def facade(self) -> LesionFacade:
        """The lesions' facade; its ``changed`` tells other views that lesions changed."""
        return self._facade

    @property
    def compare_dialog(self) -> CompareDialog | None:
        """The comparison last opened, if any."""
        return self.photos.compare_dialog

    # --- building -----------------------------------------------------------------------

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
        return self.photos.current_photo()

    def select_lesion(self, lesion_id: int) -> None:
        """Choose the lesion with this id in the list."""
        for row in range(self.lesion_list.count()):
            item = self.lesion_list.item(row)
            if item.data(LesionIdRole).id == lesion_id:
                self.lesion_list.setCurrentItem(item)
                return

    def reload(self) -> None:
        """Read the lesions again, keeping the chosen one chosen."""
        self._read = True
        chosen = self.current_lesion()
        self.lesion_list.blockSignals(True)
        self.lesion_list.clear()
        for lesion in self._facade.lesions():
            state = (
                QCoreApplication.translate("LesionsPage", "healed {day}").format(
                    day=short_day_text(lesion.healed_on)
                )
                if lesion.healed_on
                else QCoreApplication.translate("LesionsPage", "active")
            )
            item = QListWidgetItem(
                f"{lesion.name}\n{lesion.region.label}, {word(lesion.side.value)} · {state}"
            )
            item.setData(LesionIdRole, lesion)
            self.lesion_list.addItem(item)
        # Chosen with the list's signals still held: each choice would show the lesion, and
        # showing one reads its observations and photos, which is what building the page
        # waits for; it is shown once, below.
        if chosen is not None:
            self.select_lesion(chosen.id)
        if self.lesion_list.currentItem() is None and self.lesion_list.count():
            self.lesion_list.setCurrentRow(0)
        self.lesion_list.blockSignals(False)
        self._show_lesion()

    def _show_lesion(self) -> None:
        lesion = self.current_lesion()
        has = lesion is not None
        for button in (self.change_lesion_button, self.delete_lesion_button):
            button.setEnabled(has)
        self.healed_button.setEnabled(has and lesion.healed_on is None)
        observations = self._facade.observations(lesion.id) if has else []
        if not has:
            self.title.setText(QCoreApplication.translate("LesionsPage", "No lesions yet"))
            self.summary.setText(
                QCoreApplication.translate(
                    "LesionsPage", "Add a lesion to follow it over time, with photos."
                )
            )
        else:
            self.title.setText(lesion.name)
            latest = observations[-1] if observations else None
            facts = [
                f"{lesion.region.label}, {word(lesion.side.value)}",
                QCoreApplication.translate("LesionsPage", "first seen {day}").format(
                    day=day_text(lesion.first_seen)
                ),
                QCoreApplication.translate("LesionsPage", "healed {day}").format(
                    day=day_text(lesion.healed_on)
                )
                if lesion.healed_on
                else QCoreApplication.translate("LesionsPage", "not healed"),
                english_plural(
                    QCoreApplication.translate(
                        "LesionsPage", "%n observation(s)", "", len(observations)
                    ),
                    len(observations),
                ),
            ]
            if latest and latest.size_mm is not None:
                facts.append(
                    QCoreApplication.translate("LesionsPage", "latest size {size} mm").format(
                        size=written_short(latest.size_mm)
                    )
                )
            self.summary.setText(" · ".join(facts))
        self.observations.set_lesion(lesion, observations)
        self.photos.set_lesion(lesion)
        self._show_observation_photo()

    def _show_observation_photo(self) -> None:
        observation = self.observations.current_observation()
        if observation is not None:
            self.photos.show_observation(observation.id)

    def _tell(self, text: str) -> None:
        self.status.emit(text)

    # --- actions ------------------------------------------------------------------------

    def add_lesion(self) -> None:
        """Ask for a new lesion and choose it."""
        lesion = LesionDialog.ask(self, taken_names=self._names_other_than(None))
        if lesion is not None:
            self._save_lesion(lesion)

    def change_lesion(self) -> None:
        """Change the chosen lesion's name, place or dates."""
        current = self.current_lesion()
        if current is not None:
            lesion = LesionDialog.ask(self, current, taken_names=self._names_other_than(current.id))
            if lesion is not None:
                self._save_lesion(lesion)

    def _names_other_than(self, lesion_id: int | None) -> tuple[str, ...]:
        # The dialog refuses a name in use beside its Name field, before anything closes.
        return tuple(lesion.name for lesion in self._facade.lesions() if lesion.id != lesion_id)

    def mark_healed(self) -> None:
        """Ask the day the chosen lesion healed, and keep it."""
        current = self.current_lesion()
        if current is not None:
            lesion = HealedDialog.ask(self, current)
            if lesion is not None:
                self._save_lesion(lesion)

    def _save_lesion(self, lesion: Lesion) -> None:
        try:
            saved = self._facade.save_lesion(lesion)
        except InvalidLesionRecord as exc:
            ImportMessage.ask(self, str(exc))
            return
        self.select_lesion(saved.id)

    def delete_lesion(self) -> None:
        """Delete the chosen lesion with its observations and photos, after asking.

        Ctrl+Z puts it all back.
        """
        lesion = self.current_lesion()
        if lesion is None:
            return
        count = len(self._facade.observations(lesion.id))
        if not ConfirmDeleteLesion.ask(self, lesion, count):
            return
        self._undo_stack.push(DeleteLesion(self._facade, lesion, self._tell))
        self._tell(
            QCoreApplication.translate("LesionsPage", "Lesion deleted. Press Ctrl+Z to undo.")
        )

    def add_files(self, lesion: Lesion, paths: list[Path]) -> None:
        """Add files to ``lesion`` and choose it; say which were not added and why."""
        self.photos.add_files(lesion, paths)
        self.select_lesion(lesion.id)

    def compare(self) -> None:
        """Open the chosen lesion's observations side by side: first and latest."""
        self.photos.compare()

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
