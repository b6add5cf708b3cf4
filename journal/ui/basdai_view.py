"""Weekly BASDAI questionnaires, with an ASDAS wherever a CRP or ESR is near enough."""

from __future__ import annotations

from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from journal.asdas import asdas_scores
from journal.basdai import ACTIVE_FROM, BasdaiAnswers, describe_stiffness_duration
from journal.care import LabResult
from journal.ui.care_facade import CareFacade
from journal.ui.record_table import RecordKind, RecordSection
from journal.ui.visit_dialogs import BasdaiDialog


class BasdaiView(QWidget):
    """The questionnaires, newest first, with their scores.

    Attributes:
        section: the questionnaires' table and its buttons.
    """

    def __init__(self, care: CareFacade, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self._care = care
        self._labs: list[LabResult] = []
        self.status = QLabel(self)
        self.section = RecordSection(
            "BASDAI",
            ("Day", "BASDAI", "Reading", "Stiffness lasted (Q6)", "ASDAS"),
            self._cells,
            RecordKind(
                "BASDAI",
                lambda answers: f"the BASDAI of {answers.taken_on:%d %b}",
                care.delete_basdai,
                care.restore_basdai,
                lambda parent, *answers: BasdaiDialog.ask(parent, *answers),
                care.add_basdai,
                care.change_basdai,
                add_text="Fill in this week's BASDAI…",
                add_name="Fill in BASDAI",
            ),
            undo_stack,
            self.status,
            lambda answers: answers.active,
            self,
        )
        self.section.title.setText("BASDAI and ASDAS")
        explain = QLabel(
            "BASDAI: six questions about the last week, each 0 to 10. A score of "
            f"{ACTIVE_FROM:g} or more is commonly read as active disease. The ASDAS is shown "
            "when you answered the last question and a CRP or ESR was taken within 7 days.",
            self.section,
        )
        explain.setWordWrap(True)
        self.section.column.insertWidget(1, explain)
        layout = QVBoxLayout(self)
        layout.addWidget(self.section, 1)
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
            describe_stiffness_duration(answers.stiffness_duration),
            "; ".join(s.describe() for s in scores),
        )

    def reload(self) -> None:
        """Read the questionnaires (and labs, for ASDAS) again."""
        self._labs = self._care.labs()
        self.section.set_rows(list(reversed(self._care.basdai())))
