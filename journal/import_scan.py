"""A lighter look, by PySide6, at each module imported after it.

PySide6 6.12 asks of every module imported once it is loaded whether the module uses PySide6
(for its ``__feature__`` switches), and finds out with ``inspect.getsource``: the module's
whole source is read into ``linecache``, split into lines, and kept there for the life of the
process. With the window up and matplotlib loaded that is over 500 files, about 29 MB of
Python strings nobody reads again (a seventh of the window's memory with ten years open) and
a tenth of a second of the start.

:func:`scan_imports_lightly` gives the binding the same answer from the file's bytes, read
and dropped. A module whose source is not a plain ``.py`` file (built in, frozen, in an
archive) is still asked about the binding's own way. Where the binding has no such scan, as
in other versions, nothing changes.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

_MARK = b"PySide6"
"""What the binding looks for in a module's source."""


def scan_imports_lightly() -> bool:
    """Make PySide6's scan of imported modules read each file once and keep nothing.

    Call it before PySide6 itself is first imported (``shiboken6`` is imported here, which
    loads the scan but runs it on nothing yet). Returns True if the scan was replaced now.
    """
    import shiboken6  # noqa: F401 - loads the binding's support modules, the scan among them

    feature = sys.modules.get("shibokensupport.feature")
    binding_scan = getattr(feature, "_mod_uses_pyside", None)
    if binding_scan is None or getattr(binding_scan, "is_light", False):
        return False

    def uses_pyside(module: ModuleType) -> bool:
        source = getattr(module, "__file__", None)
        if not isinstance(source, str) or not source.endswith(".py"):
            return binding_scan(module)
        try:
            return _MARK in Path(source).read_bytes()
        except OSError:
            return binding_scan(module)

    uses_pyside.is_light = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    return True
