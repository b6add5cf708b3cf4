"""A read-only table of records, set up the same way in every care view."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from journal.ui.care_models import RecordTableModel


class RecordTable(QTableView):
    """Whole-row selection, no editing, columns sized to their contents, last one stretched."""

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
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)

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


def heading(text: str, parent: QWidget) -> QLabel:
    """A section heading."""
    label = QLabel(text, parent)
    label.setProperty("role", "heading")
    return label
