"""The idle lock: how long without input, noticing input, and the screen that hides the data."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from journal.text import starting_a_sentence
from journal.ui.encryption.passphrase_field import (
    field_message,
    passphrase_edit,
    passphrase_opens,
    show_problem,
)
from journal.ui.parts.buttons import action_button

IDLE_KEY = "encryption/idle_minutes"
DEFAULT_IDLE_MINUTES = 10
MAX_IDLE_MINUTES = 240

# Input that shows someone is at the computer; a repaint or a timer is not.
_INPUT = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}


def idle_minutes(settings: QSettings) -> int:
    """The minutes without input before an encrypted journal locks (0: never)."""
    try:
        minutes = int(settings.value(IDLE_KEY, DEFAULT_IDLE_MINUTES))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES
    return max(0, min(minutes, MAX_IDLE_MINUTES))


def set_idle_minutes(settings: QSettings, minutes: int) -> None:
    """Keep the user's choice of idle time, for every encrypted journal."""
    settings.setValue(IDLE_KEY, int(minutes))
    settings.sync()


class IdleWatch(QObject):
    """Says ``idle`` once no key or mouse input reached the program for a while.

    Signals:
        idle: nothing was typed or moved for the time set.

    Attributes:
        timer: the countdown, started again by every input.
    """

    idle = Signal()

    def __init__(self, idle_ms: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paused = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        QApplication.instance().installEventFilter(self)
        self.set_idle_ms(idle_ms)

    def set_idle_ms(self, idle_ms: int) -> None:
        """Count down ``idle_ms`` from now; 0 never says idle."""
        self.timer.setInterval(max(0, idle_ms))
        if not self._paused:
            self.resume()

    def pause(self) -> None:
        """Stop counting (while locked already)."""
        self._paused = True
        self.timer.stop()

    def resume(self) -> None:
        """Count again from now, unless set to never."""
        self._paused = False
        if self.timer.interval() > 0:
            self.timer.start()
        else:
            self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Started again even after it said idle: a lock put off (a dialog was open) then
        # sees that the user came back.
        if event.type() in _INPUT and not self._paused and self.timer.interval() > 0:
            self.timer.start()
        return False


class LockScreen(QWidget):
    """What the window shows while locked: the passphrase field and Unlock, no data.

    Signals:
        unlocked: the right passphrase was typed.
    """

    unlocked = Signal()

    def __init__(self, path: Path, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._path = Path(path)
        self.setObjectName("lock_screen")
        said = QCoreApplication.translate("LockScreen", "{name} is locked")
        title = QLabel(said.format(name=starting_a_sentence(name)), self)
        title.setObjectName("lock_title")
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        text = QLabel(
            QCoreApplication.translate(
                "LockScreen",
                "It was locked after a while without use, so that nobody passing by can read it. "
                "What you were typing is kept. Type the passphrase to carry on.",
            ),
            self,
        )
        text.setWordWrap(True)
        self.passphrase = passphrase_edit(
            self, QCoreApplication.translate("LockScreen", "Passphrase")
        )
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.message = field_message(self, "lock_message")
        self.unlock_button = action_button(
            self,
            QCoreApplication.translate("LockScreen", "&Unlock"),
            QCoreApplication.translate("LockScreen", "Unlock"),
            self.try_unlock,
        )
        self._lay_out(title, text)

    def _lay_out(self, title: QLabel, text: QLabel) -> None:
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(text)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        column.addLayout(row)
        column.addWidget(self.message)
        box = QWidget(self)
        box.setLayout(column)
        # A set width: word-wrapped labels in a centred box otherwise get too little height.
        box.setFixedWidth(480)
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(box)
        middle.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(middle)
        outer.addStretch(2)

    def clear(self) -> None:
        """Empty the field and its message, ready for the next lock."""
        self.passphrase.clear()
        show_problem(self.passphrase, self.message, None)

    def try_unlock(self) -> None:
        """Check what is typed; the right passphrase says ``unlocked``."""
        if passphrase_opens(self._path, self.passphrase, self.message):
            self.clear()
            self.unlocked.emit()
