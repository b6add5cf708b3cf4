"""The Trends page's drawing imported ahead, on a thread of its own, once the window is loaded.

The canvas needs matplotlib and numpy, most of a second of imports. Imported when the page is
first shown, they held the window that long on the user's first look at the charts. Imported
here, on a thread, the UI thread keeps answering meanwhile: it takes the interpreter lock back
every few milliseconds. The window starts without them, and a journal that never shows Trends
pays only for their memory, once nothing else is left to load.
"""

from __future__ import annotations

import importlib
import sys
import threading
import traceback

CANVAS_MODULE = "journal.ui.trends.trends_canvas"

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
