"""Keeping Python's cycle collector off what a long piece of work does not touch.

The collector's full passes walk every object the process holds: with ten years of a journal
open (the window's check-ins, the snapshot a summary reads) one pass took from a quarter of a
second to a second, and drawing a summary's charts makes enough objects to start several. A
pass holds the interpreter, so while the summary is drawn off the UI thread the window still
stopped answering that long, each time.

:func:`frozen_heap` moves every object alive when the work starts out of the collector's
sight (``gc.freeze``) for the work's length, then gives them back: the passes during the
work walk only what the work made, and nothing is kept that would otherwise have been freed.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0


@contextmanager
def frozen_heap() -> Iterator[None]:
    """Run the body with the objects alive now left out of cycle collections.

    Nested or overlapping uses (two summaries, one superseding the other) give the objects
    back when the last of them ends.
    """
    global _holders
    with _lock:
        _holders += 1
        gc.freeze()
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0:
                gc.unfreeze()
