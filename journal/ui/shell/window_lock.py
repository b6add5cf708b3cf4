"""The idle lock of an encrypted journal's window: the data hidden, then shown again as it was.

The window's pages are not closed or rebuilt while locked, only hidden behind the lock
screen in the same stack: whatever was typed in the check-in form stays in its fields.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDockWidget, QMainWindow, QStackedWidget, QWidget

from journal.ui.encryption.encryption_facade import is_encrypted
from journal.ui.encryption.idle_lock import IdleWatch, LockScreen, idle_minutes

# A dialog open at lock time could hold what is being typed: the lock waits for it.
RETRY_MS = 5000


class WindowLock(QObject):
    """Holds the window's content in a stack with the lock screen, for encrypted journals.

    Attributes:
        stack: the window's central widget: its content, and the lock screen.
        screen: the lock screen; None for a journal that is not encrypted.
        watch: the idle countdown; None for a journal that is not encrypted.
        locked: the data is hidden now.
    """

    def __init__(
        self,
        window: QMainWindow,
        content: QWidget,
        path: Path,
        name: str,
        settings: QSettings,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._keep: tuple[QAction, ...] = ()  # see keep_enabled
        self._disabled: list[QAction] = []
        self._docks: list[QDockWidget] = []
        self.locked = False
        self.stack = QStackedWidget(window)
        self.stack.setObjectName("window_screens")
        self.stack.addWidget(content)
        window.setCentralWidget(self.stack)
        self.screen: LockScreen | None = None
        self.watch: IdleWatch | None = None
        if is_encrypted(path):
            self.screen = LockScreen(path, name, self.stack)
            self.stack.addWidget(self.screen)
            self.screen.unlocked.connect(self.unlock)
            self.watch = IdleWatch(idle_minutes(settings) * 60_000, self)
            self.watch.idle.connect(self.lock)

    def keep_enabled(self, *actions: QAction) -> None:
        """Leave ``actions`` enabled while locked too (Quit). Said after the lock is made:
        it is made before the window's menus, while its pages are still empty."""
        self._keep += actions

    def set_idle_minutes(self, minutes: int) -> None:
        """Lock after ``minutes`` without input from now on (0: never)."""
        if self.watch is not None:
            self.watch.set_idle_ms(minutes * 60_000)

    def lock(self) -> None:
        """Hide the data behind the lock screen; menus that show data are disabled."""
        if self.screen is None or self.locked:
            return
        if QApplication.activeModalWidget() is not None:
            QTimer.singleShot(RETRY_MS, self._lock_when_idle)
            return
        self.locked = True
        self.watch.pause()
        self._disabled = [a for a in self._menu_actions() if a.isEnabled() and a not in self._keep]
        for action in self._disabled:
            action.setEnabled(False)
        # The red-flag banner above the pages shows data too.
        self._docks = [d for d in self._window.findChildren(QDockWidget) if d.isVisible()]
        for dock in self._docks:
            dock.hide()
        self._window.statusBar().clearMessage()
        self.stack.setCurrentWidget(self.screen)
        self.screen.clear()
        self.screen.passphrase.setFocus()

    def _lock_when_idle(self) -> None:
        # Input since the try started the countdown again: the user is back.
        if self.watch is not None and not self.watch.timer.isActive():
            self.lock()

    def unlock(self) -> None:
        """Show the window as it was before the lock."""
        if not self.locked:
            return
        self.locked = False
        self.stack.setCurrentIndex(0)
        for dock in self._docks:
            dock.show()
        for action in self._disabled:
            action.setEnabled(True)
        self._disabled = []
        self.watch.resume()

    def _menu_actions(self) -> list[QAction]:
        found: list[QAction] = []
        menus = [a.menu() for a in self._window.menuBar().actions() if a.menu() is not None]
        while menus:
            menu = menus.pop()
            for action in menu.actions():
                found.append(action)
                if action.menu() is not None:
                    menus.append(action.menu())
        return found
