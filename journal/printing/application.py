"""The one Qt GUI application that painting needs, made on demand for the command line."""

from __future__ import annotations

import os

from PySide6.QtGui import QGuiApplication


def ensure_application() -> QGuiApplication:
    """The running Qt application, or a new windowless one when there is none.

    Fonts and painting need a ``QGuiApplication``. The window already has one; the command
    line does not, and may run where there is no screen, so it gets the offscreen platform
    unless ``QT_QPA_PLATFORM`` asks for another.
    """
    running = QGuiApplication.instance()
    if running is not None:
        return running
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return QGuiApplication(["symptom-journal"])
