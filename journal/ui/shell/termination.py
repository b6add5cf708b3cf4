"""Closing the window properly when the system asks the program to end (SIGTERM).

A logout, a shutdown or ``kill`` sends SIGTERM. Without a handler Python dies at once, and
what was typed but not saved is lost; with this one the window closes as if the user had
closed it (the draft is kept, the journal backed up and closed) and the program exits 0.

Python runs a signal handler only when the interpreter has control, which it does not
while Qt's event loop waits in C++; a timer gives it control a few times a second.
"""

from __future__ import annotations

import signal

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

WAKE_MS = 250


def close_on_termination(app: QCoreApplication) -> QTimer:
    """Make SIGTERM close every window and quit ``app``; returns the timer that keeps
    Python awake to hear it."""

    def end(_signum, _frame) -> None:
        # Closing each window runs its closeEvent: the draft is saved there.
        QApplication.closeAllWindows()
        app.quit()

    signal.signal(signal.SIGTERM, end)
    timer = QTimer(app)
    timer.setInterval(WAKE_MS)
    timer.timeout.connect(lambda: None)
    timer.start()
    return timer
