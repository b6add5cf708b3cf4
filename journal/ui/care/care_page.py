"""The care record page: medicines, labs, appointments, BASDAI, and context, as tabs."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from journal.ui.care.appointments_view import AppointmentsView
from journal.ui.care.basdai_view import BasdaiView
from journal.ui.care.care_facade import CareFacade
from journal.ui.care.context_view import ContextView
from journal.ui.care.labs_view import LabsView
from journal.ui.care.medicines_view import MedicinesView
from journal.ui.care.visit_dialogs import QuestionDialog
from journal.ui.parts.facade import JournalFacade


class CarePage(QWidget):
    """Everything about treatment and tests, one tab per record.

    Signals:
        status: a short message for the window to show.

    Attributes:
        care: the care record's facade.
        tabs: the record tabs.
    """

    status = Signal(str)

    def __init__(self, journal: JournalFacade, undo_stack: QUndoStack, parent=None) -> None:
        super().__init__(parent)
        self.care = CareFacade(journal, self)
        self.medicines = MedicinesView(self.care, undo_stack, self)
        self.labs = LabsView(self.care, undo_stack, self)
        self.appointments = AppointmentsView(self.care, undo_stack, self)
        self.basdai = BasdaiView(self.care, undo_stack, self)
        self.context = ContextView(self.care, undo_stack, self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("care_tabs")
        self.tabs.setAccessibleName(QCoreApplication.translate("CarePage", "Care record"))
        self.tabs.addTab(self.medicines, QCoreApplication.translate("CarePage", "&Medicines"))
        self.tabs.addTab(self.labs, QCoreApplication.translate("CarePage", "Labs and &imaging"))
        self.tabs.addTab(self.appointments, QCoreApplication.translate("CarePage", "&Appointments"))
        self.tabs.addTab(self.basdai, QCoreApplication.translate("CarePage", "&BASDAI"))
        # Alt+N: Alt+T is the Trends page's.
        self.tabs.addTab(
            self.context, QCoreApplication.translate("CarePage", "Co&ntext and my symptoms")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)

    def ask_question(self) -> None:
        """From anywhere: add a question for the next appointment (Ctrl+Shift+D)."""
        text = QuestionDialog.ask(self.window())
        if text is not None:
            self.care.add_question(text)
            self.status.emit(
                QCoreApplication.translate("CarePage", "Question added for your next appointment.")
            )
