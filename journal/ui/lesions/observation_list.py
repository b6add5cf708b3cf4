"""The chosen lesion's observations as a table, with add, change and delete beside it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.lesions.lesion import Lesion, LesionObservation
from journal.ui.lesions.lesion_commands import DeleteObservation
from journal.ui.lesions.lesion_dialogs import ObservationDialog
from journal.ui.lesions.lesion_facade import LesionFacade
from journal.ui.lesions.lesion_questions import ConfirmDeleteObservation
from journal.ui.lesions.observation_model import COL_NOTE, ObservationTableModel
from journal.ui.parts.buttons import action_button
from journal.ui.parts.column_widths import size_columns_by_sample


class ObservationList(QWidget):
    """Every observation of one lesion, oldest first, photos or not.

    Enter (or a double click) changes the chosen observation; Delete deletes it after
    asking, and Ctrl+Z puts it back with its photos.

    Signals:
        status: a short message for the window to show (the way back from a delete).

    Attributes:
        table: the observations, one row each.
        model: the table's model.
    """

    status = Signal(str)

    def __init__(
        self, facade: LesionFacade, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._facade = facade
        self._undo_stack = undo_stack
        self._lesion: Lesion | None = None
        self.model = ObservationTableModel(self)
        self.table = QTableView(self)
        # Tab leaves the table for the buttons below; arrows move between rows.
        self.table.setTabKeyNavigation(False)
        self.table.setAccessibleName(QCoreApplication.translate("ObservationList", "Observations"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        # Sized from the first rows, not from every observation of years of them.
        header.setSectionResizeMode(COL_NOTE, QHeaderView.ResizeMode.Stretch)
        size_columns_by_sample(self.table)
        self.table.doubleClicked.connect(lambda _: self.change_observation())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._enable())
        for key, slot in (
            (QKeySequence(Qt.Key.Key_Return), self.change_observation),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.delete_observation),
        ):
            # Only while the table has the focus: the photos beside it use Delete too.
            shortcut = QShortcut(key, self.table, slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.add_button = action_button(
            self,
            QCoreApplication.translate("ObservationList", "Add observation…"),
            QCoreApplication.translate("ObservationList", "Add observation"),
            self.observe,
        )
        self.change_button = action_button(
            self,
            QCoreApplication.translate("ObservationList", "Change observation…"),
            QCoreApplication.translate("ObservationList", "Change observation"),
            self.change_observation,
        )
        self.delete_button = action_button(
            self,
            QCoreApplication.translate("ObservationList", "Delete observation…"),
            QCoreApplication.translate("ObservationList", "Delete observation"),
            self.delete_observation,
        )
        buttons = QHBoxLayout()
        for button in (self.add_button, self.change_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        self._enable()

    def _enable(self) -> None:
        self.add_button.setEnabled(self._lesion is not None)
        chosen = self.current_observation() is not None
        self.change_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def set_lesion(self, lesion: Lesion | None, observations: list[LesionObservation]) -> None:
        """Show ``lesion``'s observations, keeping the chosen one chosen (else the latest)."""
        chosen = self.current_observation()
        same = lesion is not None and self._lesion is not None and lesion.id == self._lesion.id
        self._lesion = lesion
        self.model.set_rows(observations)
        kept = same and chosen is not None and self.select_observation(chosen.id)
        if not kept and observations:
            self.select_observation(observations[-1].id)
        self._enable()

    def current_observation(self) -> LesionObservation | None:
        """The observation chosen in the table."""
        index = self.table.currentIndex()
        return self.model.observation_at(index.row()) if index.isValid() else None

    def select_observation(self, observation_id: int | None) -> bool:
        """Choose the observation with this id; False when the table has none such."""
        row = self.model.row_of(observation_id)
        if row < 0:
            return False
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    # --- actions ------------------------------------------------------------------------

    def observe(self) -> None:
        """Record how the lesion looks today."""
        if self._lesion is None:
            return
        observation = ObservationDialog.ask(self, self._lesion)
        if observation is not None:
            saved = self._facade.save_observation(observation)
            self.select_observation(saved.id)

    def change_observation(self) -> None:
        """Fill in or correct the chosen observation's date, measurements and note."""
        current = self.current_observation()
        if self._lesion is None or current is None:
            return
        observation = ObservationDialog.ask(self, self._lesion, current)
        if observation is not None:
            self._facade.save_observation(observation)

    def delete_observation(self) -> None:
        """Delete the chosen observation after asking; Ctrl+Z puts it back."""
        current = self.current_observation()
        if current is None or not ConfirmDeleteObservation.ask(self, current):
            return
        self._undo_stack.push(DeleteObservation(self._facade, current, self._tell))
        self._tell(
            QCoreApplication.translate(
                "ObservationList", "Observation deleted. Press Ctrl+Z to undo."
            )
        )

    def _tell(self, text: str) -> None:
        self.status.emit(text)
