"""Weekly BASDAI questionnaires, with an ASDAS wherever a CRP or ESR is near enough."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from journal.asdas import asdas_scores
from journal.basdai import ACTIVE_FROM, BasdaiAnswers
from journal.care import LabResult
from journal.ui.care_delete import DeleteRecord
from journal.ui.care_facade import CareFacade
from journal.ui.care_models import RecordTableModel
from journal.ui.record_table import RecordTable, heading
from journal.ui.visit_dialogs import BasdaiDialog


class BasdaiView(QWidget):
    """The questionnaires, newest first, with their scores."""

    def __init__(self, care: CareFacade, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self._care = care
        self._undo = undo_stack
        self._labs: list[LabResult] = []
        self.model = RecordTableModel(
            ("Day", "BASDAI", "Reading", "ASDAS"), self._cells, lambda a: a.active
        )
        self.table = RecordTable("BASDAI", self.model, self)
        self.fill_button = QPushButton("Fill in this week's BASDAI…", self)
        self.fill_button.setAccessibleName("Fill in BASDAI")
        self.fill_button.clicked.connect(self.fill_in)
        self.delete_button = QPushButton("Delete", self)
        self.delete_button.setAccessibleName("Delete BASDAI")
        self.delete_button.clicked.connect(self.delete)
        self.status = QLabel(self)
        explain = QLabel(
            "BASDAI: six questions about the last week, each 0 to 10. A score of "
            f"{ACTIVE_FROM:g} or more is commonly read as active disease. The ASDAS is shown "
            "when you answered the last question and a CRP or ESR was taken within 7 days.",
            self,
        )
        explain.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.fill_button)
        row.addStretch(1)
        row.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading("BASDAI and ASDAS", self))
        layout.addWidget(explain)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.status)
        care.basdai_changed.connect(self.reload)
        care.labs_changed.connect(self.reload)
        self.reload()

    def _cells(self, answers: BasdaiAnswers) -> tuple[str, ...]:
        scores = asdas_scores(answers, self._labs)
        return (
            f"{answers.taken_on:%a %d %b %Y}",
            f"{answers.score:.1f}",
            "Active" if answers.active else "Not active",
            "; ".join(s.describe() for s in scores),
        )

    def reload(self) -> None:
        """Read the questionnaires (and labs, for ASDAS) again."""
        self._labs = self._care.labs()
        self.model.set_rows(list(reversed(self._care.basdai())))
        self.table.select_first()
        self.delete_button.setEnabled(self.model.rowCount() > 0)

    def fill_in(self) -> None:
        """Ask the week's questions and save the answers."""
        answers = BasdaiDialog.ask(self)
        if answers is not None:
            saved = self._care.add_basdai(answers)
            self.status.setText(f"Saved: BASDAI {saved.score:.1f}.")

    def delete(self) -> None:
        """Delete the selected questionnaire; Ctrl+Z puts it back."""
        answers = self.table.selected()
        if answers is None:
            return
        self._undo.push(
            DeleteRecord(
                f"Delete the BASDAI of {answers.taken_on:%d %b}",
                lambda: self._care.delete_basdai(answers.id),
                self._care.restore_basdai,
            )
        )
        self.status.setText("Deleted. Press Ctrl+Z to undo.")
