"""Driving Qt's event loop from a benchmark: waiting for a condition, and a stall probe.

The probe is a precise timer that asks to run every few milliseconds: the widest gap
between two of its runs is the longest the UI thread was busy with something else, which
is what the user feels as a window that stops answering.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable

PROBE_MS = 5
SETTLE_S = 20.0  # the longest anything is waited for before it is called lost


def application():
    """The one QApplication of this process, made offscreen if there is none yet."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from journal.ui.theme.none_guard import keep_none_alive

    keep_none_alive()
    return QApplication.instance() or QApplication([])


def wait_until(done: Callable[[], bool], limit: float = SETTLE_S) -> bool:
    """Run the event loop until ``done()``; False when ``limit`` seconds passed first."""
    app = application()
    give_up = time.perf_counter() + limit
    while not done():
        if time.perf_counter() > give_up:
            return False
        app.processEvents()
        time.sleep(0.0005)
    return True


def idle(seconds: float) -> None:
    """Run the event loop for ``seconds``, answering timers and paints as they come."""
    app = application()
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


class StallProbe:
    """A timer asking to run every few ms; the widest gap between its runs is the stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(PROBE_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0
        self.widest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.widest = max(self.widest, now - self._last)
        self._last = now

    def start(self) -> None:
        """Start watching; the widest gap so far is forgotten."""
        self.widest = 0.0
        self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> float:
        """Stop watching; returns the widest gap, in seconds."""
        self._tick()  # a stall that lasts to the end counts too
        self._timer.stop()
        return self.widest
