"""A guard against a reference-counting fault in the Qt bindings, where it is present.

Some builds of the bindings (shiboken 6.12 on CPython 3.11 among them) return ``None`` from
every C++ method that returns nothing without taking a reference to it, so each call costs
``None`` one reference. A window makes few such calls; painting a summary makes tens of
thousands, and when ``None``'s count reaches zero Python aborts. Where the fault shows, the
painting lends ``None`` enough references first. CPython 3.12 made ``None`` immortal, and
there, as wherever the fault does not show, this does nothing.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QRectF

# Far more than any summary's calls; a 64-bit count holds billions of such loans.
LOAN = 1 << 32
_PROBES = 64


def binding_loses_none() -> bool:
    """True when a void method of the bindings leaves ``None`` with fewer references."""
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12):
        return False
    probe = QRectF()
    before = sys.getrefcount(None)
    for _ in range(_PROBES):
        probe.setWidth(1.0)
    return sys.getrefcount(None) <= before - _PROBES // 2


def keep_none_alive() -> None:
    """Lend ``None`` references for the painting ahead, when the bindings lose them."""
    if binding_loses_none():
        # The reference count is the first field of every CPython object.
        count = ctypes.c_ssize_t.from_address(id(None))
        count.value += LOAN
