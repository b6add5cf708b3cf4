"""The Trends page's drawing imported ahead, on a thread of its own, once the window is loaded.

The canvas needs matplotlib and numpy, most of a second of imports. Imported when the page is
first shown, they held the window that long on the user's first look at the charts. Imported
here, on a thread, the UI thread keeps answering meanwhile: it takes the interpreter lock back
every few milliseconds. The window starts without them, and a journal that never shows Trends
pays only for their memory, once nothing else is left to load.

The program waits for the import before it ends (:func:`finish_import_ahead`). Left running,
the thread went on creating Qt's classes for matplotlib while PySide tore Qt down at exit,
and the program could crash on its way out.
"""

from __future__ import annotations

import importlib
import sys
import threading
import traceback

CANVAS_MODULE = "journal.ui.trends.trends_canvas"
# Far beyond the import's second or two; only an import hung past reason is left behind.
FINISH_WAIT_S = 30.0

_thread: threading.Thread | None = None


def import_canvas_ahead() -> None:
    """Start importing the canvas's modules on a thread, unless that has begun or is done."""
    global _thread
    if _thread is not None or CANVAS_MODULE in sys.modules:
        return
    _thread = threading.Thread(target=_import, name="trends-canvas-import", daemon=True)
    _thread.start()


def _import() -> None:
    try:
        importlib.import_module(CANVAS_MODULE)
    except Exception:  # the page imports it again when shown, where a failure is seen
        print(traceback.format_exc(), file=sys.stderr, end="")


def finish_import_ahead(timeout: float = FINISH_WAIT_S) -> bool:
    """Wait for an import begun ahead to end; True when none is left running.

    Called once the window has closed, so the wait is out of the user's sight."""
    thread = _thread
    if thread is None or thread is threading.current_thread():
        return True
    thread.join(timeout)
    return not thread.is_alive()
