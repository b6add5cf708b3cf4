"""Lab results and imaging, newest first, with values out of range in bold."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from journal.care.labs import is_out_of_range
from journal.care.records import Imaging, LabResult
from journal.dates import day_text
from journal.numbers import written_short
from journal.translation import QT_TRANSLATE_NOOP
from journal.ui.care.care_facade import CareFacade
from journal.ui.care.lab_dialogs import ImagingDialog, LabDialog
from journal.ui.care.record_table import RecordKind, RecordSection

NO_LABS = QT_TRANSLATE_NOOP(
    "LabsView",
    "No lab results yet. Add one from the report with Add lab result (Alt+D): CRP, ESR, "
    "white cell count, a blood culture, or any other test.",
)
NO_IMAGING = QT_TRANSLATE_NOOP(
    "LabsView", "No scans yet. Add an MRI, X-ray, CT or ultrasound with Add imaging (Alt+G)."
)


def _number(value: float | None) -> str:
    return "" if value is None else written_short(value)


def _lab_cells(lab: LabResult) -> tuple[str, ...]:
    if lab.value is not None:
        result = f"{_number(lab.value)} {lab.unit}".strip()
        if lab.text:
            result += f" ({lab.text})"
    else:
        result = lab.text
    if lab.reference_low is not None or lab.reference_high is not None:
        low, high = _number(lab.reference_low), _number(lab.reference_high)
        span = (
            f"{low or '0'}–{high}"
            if high
            else QCoreApplication.translate("LabsView", "from {low}").format(low=low)
        )
        normal = f"{span} {lab.unit}"
    else:
        normal = ""
    return (day_text(lab.taken_on), lab.test, result, normal.strip())


def _imaging_cells(imaging: Imaging) -> tuple[str, ...]:
    return (day_text(imaging.done_on), imaging.kind, imaging.result)


class LabsView(QWidget):
    """The lab results table and the imaging table, each with add, change and delete.

    Attributes:
        labs: the lab results section.
        imaging: the imaging section.
    """

    def __init__(
        self, care: CareFacade, undo_stack: QUndoStack, parent=None, read_now: bool = True
    ) -> None:
        """Build the view; with ``read_now`` False its rows wait for :meth:`reload`."""
        super().__init__(parent)
        self._care = care
        self.status = QLabel(self)
        self.labs = RecordSection(
            QCoreApplication.translate("LabsView", "Lab results"),
            (
                QCoreApplication.translate("LabsView", "Day"),
                QCoreApplication.translate("LabsView", "Test"),
                QCoreApplication.translate("LabsView", "Result"),
                QCoreApplication.translate("LabsView", "Normal range"),
            ),
            _lab_cells,
            RecordKind(
                QCoreApplication.translate("LabsView", "lab result"),
                lambda lab: QCoreApplication.translate("LabsView", "the {test} of {day}").format(
                    test=lab.test, day=day_text(lab.taken_on)
                ),
                care.delete_lab,
                care.restore_lab,
                lambda parent, *lab: LabDialog.ask(parent, *lab),
                care.add_lab,
                care.change_lab,
                add_text=QCoreApplication.translate("LabsView", "A&dd lab result…"),
            ),
            undo_stack,
            self.status,
            is_out_of_range,
            self,
        )
        self.labs.column.insertWidget(
            1,
            QLabel(
                QCoreApplication.translate(
                    "LabsView", "Values outside the normal range are in bold."
                ),
                self.labs,
            ),
        )
        self.imaging = RecordSection(
            QCoreApplication.translate("LabsView", "Imaging"),
            (
                QCoreApplication.translate("LabsView", "Day"),
                QCoreApplication.translate("LabsView", "Scan"),
                QCoreApplication.translate("LabsView", "Result"),
            ),
            _imaging_cells,
            RecordKind(
                QCoreApplication.translate("LabsView", "imaging"),
                lambda imaging: QCoreApplication.translate(
                    "LabsView", "the {scan} of {day}"
                ).format(scan=imaging.kind, day=day_text(imaging.done_on)),
                care.delete_imaging,
                care.restore_imaging,
                lambda parent, *imaging: ImagingDialog.ask(parent, *imaging),
                care.add_imaging,
                care.change_imaging,
                add_text=QCoreApplication.translate("LabsView", "Add ima&ging…"),
            ),
            undo_stack,
            self.status,
            parent=self,
        )
        self.labs.say_when_empty(QCoreApplication.translate("LabsView", NO_LABS))
        self.imaging.say_when_empty(QCoreApplication.translate("LabsView", NO_IMAGING))
        layout = QVBoxLayout(self)
        layout.addWidget(self.labs, 3)
        layout.addWidget(self.imaging, 1)
        layout.addWidget(self.status)
        care.labs_changed.connect(self.reload)
        if read_now:
            self.reload()

    def reload(self) -> None:
        """Read labs and imaging again, newest first."""
        self.labs.set_rows(list(reversed(self._care.labs())))
        self.imaging.set_rows(list(reversed(self._care.imaging())))
