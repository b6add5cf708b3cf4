"""The reminders' Qt part: a timer that asks what is due, and the tray icon that says it.

What is due is worked out in :mod:`journal.reminders.due`; this module only ticks, shows and
remembers. Without a system tray (some desktops, the offscreen tests), a reminder goes to
the window's status bar, and the program never stays behind a closed window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QSystemTrayIcon, QWidget

from journal.reminders.due import Reminder
from journal.ui.reminders.reminders_facade import RemindersFacade
from journal.ui.theme.resources import application_icon

TICK_MS = 30_000
TITLE = "Symptom Journal"


class ReminderTray(QObject):
    """Ticks while the program runs and shows each reminder due, once.

    Signals:
        reminded: a reminder was shown (its words).

    Attributes:
        timer: the clock's tick (every 30 seconds while a reminder is asked for).
        tray: the tray icon, or None when there is no tray or no reminder asked for.
    """

    reminded = Signal(str)

    def __init__(
        self,
        facade: RemindersFacade,
        window: QWidget,
        status: Callable[[str], None],
        clock: Callable[[], datetime] = datetime.now,
        tray_available: bool | None = None,
    ) -> None:
        super().__init__(window)
        self._facade = facade
        self._window = window
        self._status = status
        self._clock = clock
        self._tray_available = (
            QSystemTrayIcon.isSystemTrayAvailable() if tray_available is None else tray_available
        )
        self._ledger = facade.ledger()
        self.tray: QSystemTrayIcon | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.destroyed.connect(_quit_with_last_window)
        self.refresh()

    @property
    def tray_available(self) -> bool:
        """True when the desktop shows tray icons."""
        return self._tray_available

    def refresh(self) -> None:
        """Follow the choices made in Preferences: tick or not, tray icon or not."""
        choices = self._facade.choices()
        if not choices.any:
            self.timer.stop()
            self._hide_tray()
            QApplication.setQuitOnLastWindowClosed(True)
            return
        if self._tray_available and self.tray is None:
            self.tray = self._build_tray()
        # Closing the window then leaves the program running, its icon in the tray.
        QApplication.setQuitOnLastWindowClosed(not (choices.stay_in_tray and self.tray))
        self.timer.start()
        self.tick()

    def tick(self) -> list[Reminder]:
        """Show the reminders due now; returns them."""
        if not self._facade.is_open:
            self.timer.stop()
            return []
        now = self._clock()
        due = self._ledger.tick(self._facade.choices().plan(), self._facade.today(now), now)
        for reminder in due:
            self._show(reminder.text())
        if due:
            self._facade.keep_ledger(self._ledger, now)
        return due

    def _show(self, text: str) -> None:
        if self.tray is not None:
            self.tray.showMessage(TITLE, text, application_icon())
        else:
            self._status(text)
            QApplication.alert(self._window)
        self.reminded.emit(text)

    def _build_tray(self) -> QSystemTrayIcon:
        tray = QSystemTrayIcon(application_icon(), self)
        tray.setToolTip(TITLE)
        menu = QMenu(self._window)
        show = QAction(QCoreApplication.translate("ReminderTray", "&Open Symptom Journal"), menu)
        show.triggered.connect(self.show_window)
        leave = QAction(QCoreApplication.translate("ReminderTray", "&Quit"), menu)
        leave.triggered.connect(QApplication.quit)
        menu.addAction(show)
        menu.addAction(leave)
        tray.setContextMenu(menu)
        tray.activated.connect(lambda _reason: self.show_window())
        tray.messageClicked.connect(self.show_window)
        tray.show()
        return tray

    def _hide_tray(self) -> None:
        if self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None

    def show_window(self) -> None:
        """Bring the window back, from the tray or a notification."""
        self._window.showNormal()
        self._window.raise_()
        self._window.activateWindow()


def _quit_with_last_window() -> None:
    # A window gone takes its tray with it: closing the next window quits as usual.
    QApplication.setQuitOnLastWindowClosed(True)
