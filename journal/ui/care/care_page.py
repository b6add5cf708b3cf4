"""The care record page: medicines, labs, appointments, BASDAI, and context, as tabs."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from journal.ui.care.care_facade import CareFacade
from journal.ui.care.visit_dialogs import QuestionDialog
from journal.ui.parts.facade import JournalFacade

if TYPE_CHECKING:
    from journal.ui.care.appointments_view import AppointmentsView
    from journal.ui.care.basdai_view import BasdaiView
    from journal.ui.care.context_view import ContextView
    from journal.ui.care.labs_view import LabsView
    from journal.ui.care.medicines_view import MedicinesView


class CarePage(QWidget):
    """Everything about treatment and tests, one tab per record.

    Signals:
        status: a short message for the window to show.

    Attributes:
        care: the care record's facade.
        tabs: the record tabs.
        medicines, labs, appointments, basdai, context: the record tabs' views (a page
            built in parts has each once its part is built).
    """

    status = Signal(str)

    def __init__(
        self,
        journal: JournalFacade,
        undo_stack: QUndoStack,
        parent=None,
        in_parts: bool = False,
    ) -> None:
        """Build the page; with ``in_parts``, its record tabs wait for :meth:`build_next_part`
        (or :meth:`finish_building`), one each, so that no single turn builds them all."""
        super().__init__(parent)
        self.care = CareFacade(journal, self)
        self._undo_stack = undo_stack
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("care_tabs")
        self.tabs.setAccessibleName(QCoreApplication.translate("CarePage", "Care record"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        # In the tabs' order: each adds its tab after the ones before it.
        self._to_build = [
            self._build_medicines,
            self._build_labs,
            self._build_appointments,
            self._build_basdai,
            self._build_context,
        ]
        if not in_parts:
            self.finish_building()

    # --- building -----------------------------------------------------------------------

    def build_next_part(self) -> bool:
        """Build the next record's tab; False when every tab was built already."""
        if not self._to_build:
            return False
        self._to_build.pop(0)()
        return True

    def finish_building(self) -> None:
        """Build every record's tab not built yet."""
        while self.build_next_part():
            pass

    def is_built(self) -> bool:
        """True once every record's tab is built."""
        return not self._to_build

    # Each part imports its own view, where it is first needed: the imports are part of
    # what one turn would otherwise do in one go.

    def _build_medicines(self) -> None:
        from journal.ui.care.medicines_view import MedicinesView

        self.medicines: MedicinesView = MedicinesView(self.care, self._undo_stack, self)
        self.tabs.addTab(self.medicines, QCoreApplication.translate("CarePage", "&Medicines"))

    def _build_labs(self) -> None:
        from journal.ui.care.labs_view import LabsView

        # Its rows are read in a part of their own when the page is built in parts: ten
        # years of weekly results took a turn of the window as long as building the view.
        self.labs: LabsView = LabsView(self.care, self._undo_stack, self, read_now=False)
        self.tabs.addTab(self.labs, QCoreApplication.translate("CarePage", "Labs and &imaging"))
        self._to_build.insert(0, self.labs.reload)

    def _build_appointments(self) -> None:
        from journal.ui.care.appointments_view import AppointmentsView

        self.appointments: AppointmentsView = AppointmentsView(self.care, self._undo_stack, self)
        self.tabs.addTab(self.appointments, QCoreApplication.translate("CarePage", "&Appointments"))

    def _build_basdai(self) -> None:
        from journal.ui.care.basdai_view import BasdaiView

        self.basdai: BasdaiView = BasdaiView(self.care, self._undo_stack, self)
        self.tabs.addTab(self.basdai, QCoreApplication.translate("CarePage", "&BASDAI"))

    def _build_context(self) -> None:
        from journal.ui.care.context_view import ContextView

        self.context: ContextView = ContextView(self.care, self._undo_stack, self)
        # Alt+N: Alt+T is the Trends page's.
        self.tabs.addTab(
            self.context, QCoreApplication.translate("CarePage", "Co&ntext and my symptoms")
        )

    # --- actions ------------------------------------------------------------------------

    def ask_question(self) -> None:
        """From anywhere: add a question for the next appointment (Ctrl+Shift+D)."""
        text = QuestionDialog.ask(self.window())
        if text is not None:
            self.care.add_question(text)
            self.status.emit(
                QCoreApplication.translate("CarePage", "Question added for your next appointment.")
            )
