"""Lab results and imaging, newest first, with values out of range in bold."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal.care import Imaging, LabResult
from journal.labs import is_out_of_range
from journal.ui.care_delete import DeleteRecord
from journal.ui.care_facade import CareFacade
from journal.ui.care_models import RecordTableModel
from journal.ui.lab_dialogs import ImagingDialog, LabDialog
from journal.ui.record_table import RecordTable, heading


def _number(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _lab_cells(lab: LabResult) -> tuple[str, ...]:
    if lab.value is not None:
        result = f"{_number(lab.value)} {lab.unit}".strip()
        if lab.text:
            result += f" ({lab.text})"
    else:
        result = lab.text
    if lab.reference_low is not None or lab.reference_high is not None:
        low, high = _number(lab.reference_low), _number(lab.reference_high)
        span = f"{low or '0'}–{high}" if high else f"from {low}"
        normal = f"{span} {lab.unit}"
    else:
        normal = ""
    return (f"{lab.taken_on:%a %d %b %Y}", lab.test, result, normal.strip())


def _imaging_cells(imaging: Imaging) -> tuple[str, ...]:
    return (f"{imaging.done_on:%a %d %b %Y}", imaging.kind, imaging.result)


class LabsView(QWidget):
    """The lab results table and the imaging table, each with add and delete."""

    def __init__(self, care: CareFacade, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self._care = care
        self._undo = undo_stack
        self.model = RecordTableModel(
            ("Day", "Test", "Result", "Normal range"), _lab_cells, is_out_of_range
        )
        self.table = RecordTable("Lab results", self.model, self)
        self.imaging_model = RecordTableModel(("Day", "Scan", "Result"), _imaging_cells)
        self.imaging_table = RecordTable("Imaging", self.imaging_model, self)
        self.status = QLabel(self)

        self.add_button = self._button("Add lab result…", "Add lab result", self.add_lab)
        self.delete_button = self._button("Delete", "Delete lab result", self.delete_lab)
        self.add_imaging_button = self._button("Add imaging…", "Add imaging", self.add_imaging)
        self.delete_imaging_button = self._button("Delete", "Delete imaging", self.delete_imaging)
        layout = QVBoxLayout(self)
        layout.addWidget(heading("Lab results", self))
        note = QLabel("Values outside the normal range are in bold.", self)
        layout.addWidget(note)
        layout.addWidget(self.table, 3)
        layout.addLayout(self._row(self.add_button, self.delete_button))
        layout.addWidget(heading("Imaging", self))
        layout.addWidget(self.imaging_table, 1)
        layout.addLayout(self._row(self.add_imaging_button, self.delete_imaging_button))
        layout.addWidget(self.status)
        care.labs_changed.connect(self.reload)
        self.reload()

    def _button(self, text: str, name: str, slot) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def _row(self, add: QPushButton, delete: QPushButton) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch(1)
        row.addWidget(delete)
        return row

    def reload(self) -> None:
        """Read labs and imaging again, newest first."""
        self.model.set_rows(list(reversed(self._care.labs())))
        self.imaging_model.set_rows(list(reversed(self._care.imaging())))
        self.table.select_first()
        self.imaging_table.select_first()
        self.delete_button.setEnabled(self.model.rowCount() > 0)
        self.delete_imaging_button.setEnabled(self.imaging_model.rowCount() > 0)

    def add_lab(self) -> None:
        """Ask for a lab result and save it."""
        lab = LabDialog.ask(self)
        if lab is not None:
            self._care.add_lab(lab)
            self.status.setText(f"Added {lab.test} of {lab.taken_on:%d %b}.")

    def add_imaging(self) -> None:
        """Ask for an imaging study and save it."""
        imaging = ImagingDialog.ask(self)
        if imaging is not None:
            self._care.add_imaging(imaging)
            self.status.setText(f"Added {imaging.kind} of {imaging.done_on:%d %b}.")

    def delete_lab(self) -> None:
        """Delete the selected lab result; Ctrl+Z puts it back."""
        lab = self.table.selected()
        if lab is None:
            return
        self._undo.push(
            DeleteRecord(
                f"Delete {lab.test} of {lab.taken_on:%d %b}",
                lambda: self._care.delete_lab(lab.id),
                self._care.restore_lab,
            )
        )
        self.status.setText(f"Deleted {lab.test}. Press Ctrl+Z to undo.")

    def delete_imaging(self) -> None:
        """Delete the selected imaging study; Ctrl+Z puts it back."""
        imaging = self.imaging_table.selected()
        if imaging is None:
            return
        self._undo.push(
            DeleteRecord(
                f"Delete {imaging.kind} of {imaging.done_on:%d %b}",
                lambda: self._care.delete_imaging(imaging.id),
                self._care.restore_imaging,
            )
        )
        self.status.setText(f"Deleted {imaging.kind}. Press Ctrl+Z to undo.")
