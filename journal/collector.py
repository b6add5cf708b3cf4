"""Keeping Python's cycle collector out of the way of long work that makes much garbage.

Drawing the summary's charts builds and drops a matplotlib figure per chart: hundreds of
thousands of small objects in cycles. Left alone, the collector runs hundreds of times over
them and, each time it reaches the oldest generation, walks every object the process holds
(ten years of check-ins in the window), with the interpreter lock held: an eighth of the
drawing, and a pause of the window's thread while it lasts.

Inside :func:`collector_paused` the objects alive when it began are frozen (never walked
again, as the Trends page does), automatic collection is off, and the work calls
:func:`collect_young` after each figure, which looks only at what was made since the last
call: the figure's garbage goes at once, for a few milliseconds, and memory stays flat.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
# How many pauses are open (summaries on several threads, one inside another); the collector
# is turned back on by the last to end, and only when it was on before the first.
_depth = 0
_was_enabled = False


@contextmanager
def collector_paused() -> Iterator[None]:
    """Automatic cycle collection off (and the objects alive now frozen) inside the block."""
    global _depth, _was_enabled
    with _lock:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.freeze()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _lock:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()


def collect_young() -> None:
    """Inside :func:`collector_paused`, collect what was made since the last collection.

    Outside it the collector runs by itself, and this does nothing.
    """
    if _depth:
        gc.collect(0)
