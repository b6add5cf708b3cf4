"""The last word on a write the disk refused: a message, never a traceback on stderr.

The views that save say a full disk beside what was typed (the check-in form, the care
record's dialogs). A write the disk refuses anywhere else (a button that saves at once, say)
ends here: Qt runs the slot, the error passes through ``sys.excepthook``, and the user sees
one plain message instead of nothing happening.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from journal.ui.parts.facade import NotWritten

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def told_write_failures(previous: Hook) -> Hook:
    """An ``excepthook`` that shows :class:`NotWritten` in a message and hands on the rest."""

    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None):
        if isinstance(error, NotWritten):
            QMessageBox.warning(
                QApplication.activeWindow(),
                QCoreApplication.translate("WriteFailures", "Not saved"),
                QCoreApplication.translate(
                    "WriteFailures", "{error} That change was not made."
                ).format(error=error),
            )
            return None
        return previous(kind, error, trace)

    return hook


def tell_write_failures() -> None:
    """Install :func:`told_write_failures` over the interpreter's hook (once)."""
    if not getattr(sys.excepthook, "tells_write_failures", False):
        hook = told_write_failures(sys.excepthook)
        hook.tells_write_failures = True  # type: ignore[attr-defined]
        sys.excepthook = hook
