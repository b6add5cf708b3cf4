"""The Help menu: its four entries, and the windows they open."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMenu

from journal.flags.thresholds import Thresholds
from journal.units import UnitPreferences


class HelpMenu(QObject):
    """Help → Keyboard shortcuts (F1), What the red flags mean, Bringing the summary to an
    appointment, About.

    Attributes:
        menu: the menu, last in the window's menu bar.
        shortcuts_action, flags_action, appointment_action, about_action: its entries.
    """

    def __init__(
        self,
        window: QMainWindow,
        thresholds: Callable[[], Thresholds],
        units: Callable[[], UnitPreferences],
    ) -> None:
        """The Help menu of ``window``.

        Args:
            window: the main window; the list of shortcuts is made from its actions.
            thresholds: the red-flag thresholds in use, asked for each time.
            units: the user's units, asked for each time.
        """
        super().__init__(window)
        self._window = window
        self._thresholds = thresholds
        self._units = units
        self.menu: QMenu = window.menuBar().addMenu(QCoreApplication.translate("HelpMenu", "&Help"))
        self.shortcuts_action = self._action(
            QCoreApplication.translate("HelpMenu", "&Keyboard shortcuts"), self.show_shortcuts
        )
        # F1 by name: the platform's "help" key is empty on some desktops.
        self.shortcuts_action.setShortcut(QKeySequence("F1"))
        self.flags_action = self._action(
            QCoreApplication.translate("HelpMenu", "What the red &flags mean"), self.show_flags
        )
        self.appointment_action = self._action(
            QCoreApplication.translate("HelpMenu", "Bringing the &summary to an appointment"),
            self.show_appointment,
        )
        self.menu.addSeparator()
        self.about_action = self._action(
            QCoreApplication.translate("HelpMenu", "&About Symptom Journal"), self.show_about
        )
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self._window)
        action.triggered.connect(slot)
        self.menu.addAction(action)
        return action

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.open()
        return dialog

    def show_shortcuts(self) -> QDialog:
        """Open Help → Keyboard shortcuts."""
        # Each dialog is imported when opened: the window's first paint needs none of them.
        from journal.ui.help.shortcuts import ShortcutsDialog

        return self._open(ShortcutsDialog(self._window))

    def show_flags(self) -> QDialog:
        """Open Help → What the red flags mean, with the thresholds and units in use."""
        from journal.ui.help.flags_help import FlagsHelpDialog

        return self._open(FlagsHelpDialog(self._thresholds(), self._units(), self._window))

    def show_appointment(self) -> QDialog:
        """Open Help → Bringing the summary to an appointment."""
        from journal.ui.help.appointment_help import AppointmentHelpDialog

        return self._open(AppointmentHelpDialog(self._window))

    def show_about(self) -> QDialog:
        """Open Help → About."""
        from journal.ui.help.about import AboutDialog

        return self._open(AboutDialog(self._window))
