"""A table of records with its add, change and delete buttons, the same in every care view."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from journal.ui.care.care_commands import ChangeRecord, DeleteRecord
from journal.ui.care.care_models import RecordTableModel
from journal.ui.parts.buttons import action_button
from journal.ui.parts.column_widths import size_columns_by_sample
from journal.ui.parts.empty_hint import EmptyHint, show_when_empty
from journal.ui.parts.facade import NotWritten


class RecordTable(QTableView):
    """Whole-row selection, no editing, columns sized to their contents, last one stretched.

    The widths come from the headers and the first rows, each time the rows are set
    (:mod:`journal.ui.parts.column_widths`): never from ten years of doses.
    """

    def __init__(self, name: str, model: RecordTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name.lower().replace(" ", "_"))
        self.setAccessibleName(name)
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        # Tab leaves the table for the buttons below; arrows move between rows.
        self.setTabKeyNavigation(False)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        size_columns_by_sample(self)

    def record_model(self) -> RecordTableModel:
        """The table's model."""
        model = self.model()
        assert isinstance(model, RecordTableModel)
        return model

    def selected(self) -> Any:
        """The record in the selected row, or None."""
        rows = self.selectionModel().selectedRows()
        return self.record_model().record_at(rows[0].row()) if rows else None

    def select_first(self) -> None:
        """Select the first row, if any, so that buttons act on something visible."""
        if self.record_model().rowCount() and not self.selectionModel().hasSelection():
            self.selectRow(0)

    def select_id(self, record_id: int | None) -> bool:
        """Select the row of the record with this id; False when it is not shown."""
        model = self.record_model()
        for row in range(model.rowCount()):
            if model.record_at(row).id == record_id:
                self.selectRow(row)
                return True
        return False


@dataclass(frozen=True)
class RecordKind:
    """How a :class:`RecordSection` asks for, saves and deletes one kind of record.

    Attributes:
        noun: the record in plain words ("lab result"); buttons are named "Add lab result",
            "Change lab result" and "Delete lab result".
        describe: a record in a few words for messages ("CRP of 03 Nov").
        delete: deletes a record by id and returns what it removed.
        restore: puts back exactly what ``delete`` returned; returns it as now stored
            (its id may be new).
        ask: the dialog: ``ask(parent)`` for a new record, ``ask(parent, record)`` to change
            one; returns the record typed, or None when the user cancelled.
        add: saves a new record; without it there is no Add button.
        change: saves a changed record and returns it as it was before; without it there
            is no Change button.
        add_text: the add button's text, when "Add <noun>…" does not fit; an "&" before
            a letter makes Alt and that letter press it.
        add_name: the add button's accessible name, when "Add <noun>" does not fit.
    """

    noun: str
    describe: Callable[[Any], str]
    delete: Callable[[int], Any]
    restore: Callable[[Any], Any]
    ask: Callable[..., Any] | None = None
    add: Callable[[Any], Any] | None = None
    change: Callable[[Any], Any] | None = None
    add_text: str = ""
    add_name: str = ""


class RecordSection(QWidget):
    """A heading, a table of one kind of record, and Add, Change and Delete under it.

    Changes and deletes go on the undo stack, so Ctrl+Z takes them back. Views add their
    own buttons with :meth:`add_extra_button`.

    Attributes:
        column: the section's layout (heading, table, buttons), for a view to add a note.
        title: the heading above the table.
        model: the table's model.
        table: the table.
        add_button: asks for a new record.
        change_button: opens the selected record in its dialog, filled in.
        delete_button: deletes the selected record.
        empty_hint: the note the empty table shows, once :meth:`say_when_empty` gave it.
    """

    def __init__(
        self,
        title: str,
        headers: Sequence[str],
        cells: Callable[[Any], Sequence[str]],
        kind: RecordKind,
        undo_stack: QUndoStack,
        status: QLabel,
        marked: Callable[[Any], bool] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._kind = kind
        self._undo = undo_stack
        self._status = status
        self.model = RecordTableModel(headers, cells, marked)
        self.table = RecordTable(title, self.model, self)
        noun = kind.noun
        self.buttons = QHBoxLayout()
        self.add_button: QPushButton | None = None
        self.change_button: QPushButton | None = None
        self.empty_hint: EmptyHint | None = None
        if kind.add is not None:
            self.add_button = action_button(
                self,
                kind.add_text
                or QCoreApplication.translate("RecordSection", "Add {noun}…").format(noun=noun),
                kind.add_name
                or QCoreApplication.translate("RecordSection", "Add {noun}").format(noun=noun),
                self.add,
            )
            self.buttons.addWidget(self.add_button)
        if kind.change is not None:
            self.change_button = action_button(
                self,
                QCoreApplication.translate("RecordSection", "Change…"),
                QCoreApplication.translate("RecordSection", "Change {noun}").format(noun=noun),
                self.change,
            )
            self.buttons.addWidget(self.change_button)
            self.table.doubleClicked.connect(lambda _: self.change())
        self.buttons.addStretch(1)
        self.delete_button = action_button(
            self,
            QCoreApplication.translate("RecordSection", "Delete"),
            QCoreApplication.translate("RecordSection", "Delete {noun}").format(noun=noun),
            self.delete,
        )
        self.buttons.addWidget(self.delete_button)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.title = heading(title, self)
        self.column.addWidget(self.title)
        self.column.addWidget(self.table, 1)
        self.column.addLayout(self.buttons)

    def say_when_empty(self, text: str) -> EmptyHint:
        """Show ``text`` over the table while it has no rows: what goes there, how to add it."""
        self.empty_hint = show_when_empty(self.table, text)
        return self.empty_hint

    def add_extra_button(self, text: str, name: str, slot: Callable[[], None]) -> QPushButton:
        """Another button for the selected record, before the stretch that parts Delete."""
        button = action_button(self, text, name, slot)
        self.buttons.insertWidget(self.buttons.count() - 2, button)
        return button

    def set_rows(self, records: Sequence[Any]) -> None:
        """Show ``records``, keeping the selected record selected (else the first row)."""
        selected = self.table.selected()
        self.model.set_rows(records)
        if selected is None or not self.table.select_id(selected.id):
            self.table.select_first()
        has_rows = self.model.rowCount() > 0
        if self.change_button is not None:
            self.change_button.setEnabled(has_rows)
        self.delete_button.setEnabled(has_rows)

    def selected(self) -> Any:
        """The selected record, or None."""
        return self.table.selected()

    def add(self) -> None:
        """Ask for a new record and save it."""
        assert self._kind.ask is not None and self._kind.add is not None
        record = self._kind.ask(self)
        while record is not None:
            try:
                saved = self._kind.add(record)
            except NotWritten as problem:
                record = self._ask_again(record, problem)
                continue
            said = QCoreApplication.translate("RecordSection", "Added {what}.")
            self._status.setText(said.format(what=self._kind.describe(saved)))
            self.table.select_id(saved.id)
            return

    def _ask_again(self, record: Any, problem: NotWritten) -> Any:
        """Say why ``record`` was not saved, and open it again as typed, to save once there
        is room (or cancel)."""
        self._status.setText(
            QCoreApplication.translate("RecordSection", "Not saved: {problem}").format(
                problem=problem
            )
        )
        QMessageBox.warning(
            self,
            QCoreApplication.translate("RecordSection", "Not saved"),
            QCoreApplication.translate(
                "RecordSection",
                "{problem}\n\nWhat you typed is shown again, to save once there is room.",
            ).format(problem=problem),
        )
        return self._kind.ask(self, record)

    def change(self) -> None:
        """Open the selected record in its dialog and save the changes; Ctrl+Z undoes them."""
        record = self.table.selected()
        if record is None or self._kind.ask is None:
            return
        changed = self._kind.ask(self, record)
        while changed is not None and changed != record:
            try:
                self.push_change(changed)
                return
            except NotWritten as problem:
                changed = self._ask_again(changed, problem)

    def push_change(self, changed: Any) -> None:
        """Save a changed record as one undoable step."""
        assert self._kind.change is not None
        what = self._kind.describe(changed)
        said = QCoreApplication.translate("RecordSection", "Change {what}").format(what=what)
        self._undo.push(ChangeRecord(said, self._kind.change, changed))
        self._status.setText(
            QCoreApplication.translate(
                "RecordSection", "Changed {what}. Press Ctrl+Z to undo."
            ).format(what=what)
        )

    def delete(self) -> None:
        """Delete the selected record; Ctrl+Z puts it back."""
        record = self.table.selected()
        if record is None:
            return
        what = self._kind.describe(record)
        try:
            self._undo.push(
                DeleteRecord(
                    QCoreApplication.translate("RecordSection", "Delete {what}").format(what=what),
                    record.id,
                    self._kind.delete,
                    self._kind.restore,
                    self._status.setText,
                )
            )
        except NotWritten as problem:
            self._status.setText(
                QCoreApplication.translate("RecordSection", "Not deleted: {problem}").format(
                    problem=problem
                )
            )
            return
        self._status.setText(
            QCoreApplication.translate(
                "RecordSection", "Deleted {what}. Press Ctrl+Z to undo."
            ).format(what=what)
        )


def heading(text: str, parent: QWidget) -> QLabel:
    """A section heading."""
    label = QLabel(text, parent)
    label.setProperty("role", "heading")
    return label
