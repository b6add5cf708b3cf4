"""Weekly BASDAI questionnaires, with an ASDAS wherever a CRP or ESR is near enough."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from journal.care.asdas import LAB_WINDOW_DAYS, asdas_scores, describe_asdas
from journal.care.basdai import (
    ACTIVE_FROM,
    BasdaiAnswers,
    describe_basdai,
    describe_stiffness_duration,
)
from journal.care.records import LabResult
from journal.dates import day_text
from journal.numbers import written_short
from journal.translation import QT_TRANSLATE_NOOP
from journal.ui.care.care_facade import CareFacade
from journal.ui.care.record_table import RecordKind, RecordSection
from journal.ui.care.visit_dialogs import BasdaiDialog

EXPLAIN = QT_TRANSLATE_NOOP(
    "BasdaiView",
    "Two different measures, each on its own scale. BASDAI: six questions about the last "
    "week, scored 0 to 10; {active} or more is the usual mark of active disease. "
    "ASDAS: some of the same answers with a CRP or ESR, scored on a scale of its own: below "
    "1.3 inactive disease, 1.3 to under 2.1 low, 2.1 to 3.5 high, above 3.5 very high disease "
    "activity. So a BASDAI below 4 can sit beside a high ASDAS. The ASDAS is shown when you "
    "answered the last question and a CRP or ESR was taken within {days} days.",
)
NO_BASDAI = QT_TRANSLATE_NOOP(
    "BasdaiView",
    "No BASDAI yet. Once a week, answer its six questions about the last week with "
    "Fill in this week's BASDAI (Alt+W).",
)


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
            QCoreApplication.translate("BasdaiView", "BASDAI"),
            (
                QCoreApplication.translate("BasdaiView", "Day"),
                QCoreApplication.translate("BasdaiView", "BASDAI (0–10)"),
                QCoreApplication.translate("BasdaiView", "Stiffness lasted (Q6)"),
                QCoreApplication.translate("BasdaiView", "ASDAS (its own scale)"),
            ),
            self._cells,
            RecordKind(
                QCoreApplication.translate("BasdaiView", "BASDAI"),
                lambda answers: QCoreApplication.translate(
                    "BasdaiView", "the BASDAI of {day}"
                ).format(day=day_text(answers.taken_on)),
                care.delete_basdai,
                care.restore_basdai,
                lambda parent, *answers: BasdaiDialog.ask(parent, *answers),
                care.add_basdai,
                care.change_basdai,
                add_text=QCoreApplication.translate("BasdaiView", "Fill in this &week's BASDAI…"),
                add_name=QCoreApplication.translate("BasdaiView", "Fill in BASDAI"),
            ),
            undo_stack,
            self.status,
            lambda answers: answers.active,
            self,
        )
        self.section.title.setText(QCoreApplication.translate("BasdaiView", "BASDAI and ASDAS"))
        explain = QLabel(
            QCoreApplication.translate("BasdaiView", EXPLAIN).format(
                active=written_short(ACTIVE_FROM), days=LAB_WINDOW_DAYS
            ),
            self.section,
        )
        explain.setWordWrap(True)
        self.section.say_when_empty(QCoreApplication.translate("BasdaiView", NO_BASDAI))
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
            day_text(answers.taken_on),
            describe_basdai(answers),
            describe_stiffness_duration(answers.stiffness_duration),
            describe_asdas(scores),
        )

    def reload(self) -> None:
        """Read the questionnaires (and labs, for ASDAS) again."""
        self._labs = self._care.labs()
        self.section.set_rows(list(reversed(self._care.basdai())))
