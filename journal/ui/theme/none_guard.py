"""A guard against a reference-counting fault in PySide6 6.12 on Python 3.11.

PySide6 6.12 hands ``None`` back from every Qt method that returns nothing (``setText``,
``setStyleSheet``, ``processEvents``...) without counting the reference it gives away: each
such call leaves Python's count of references to ``None`` one lower. From Python 3.12 on
``None`` is immortal and the fault is harmless; on 3.11 the count reaches zero after a
long enough session and Python stops with "deallocating None". A window kept open for a day,
or a test run that switches the colour scheme a few times, gets there.

Until the program needs Python 3.12, :func:`keep_none_alive` does what 3.12 does: it gives
``None`` a count so large that no session can run it down.
"""

from __future__ import annotations

import ctypes
import sys

ENOUGH = 1 << 40
"""References added to ``None``: more void calls than any session makes."""


def needs_guard() -> bool:
    """Whether this Python can run out of references to ``None`` (CPython before 3.12)."""
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def keep_none_alive() -> bool:
    """Make ``None`` as good as immortal on CPython 3.11; True if its count was raised.

    Does nothing where ``None`` is immortal already, when it was done before, or when the
    reference count is not where CPython keeps it (a debug build): then it changes nothing.
    """
    if not needs_guard() or sys.getrefcount(None) > ENOUGH:
        return False
    # CPython's object header begins with the reference count; id() is the address.
    count = ctypes.c_ssize_t.from_address(id(None))
    if abs(count.value - sys.getrefcount(None)) > 2:
        return False
    count.value += ENOUGH
    return True
