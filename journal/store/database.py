"""sqlite-utils, imported without numpy.

At import, sqlite-utils imports numpy (and pandas) when they are installed, only to know
their number types when it guesses a column's type from a value. The journal's columns are
declared by its migrations and its values are Python's own, so that knowledge is never used;
numpy's import is a quarter of a second of every start. The store imports sqlite-utils here
alone, with numpy hidden for that one import; were numpy loaded already (a command that
charts), it is simply imported as it is.
"""

from __future__ import annotations

import importlib.util
import sys

HIDDEN = ("numpy", "pandas")
LAZY = ("dateutil.parser",)
"""Imported by sqlite-utils at its import, used only to read dates out of text values (its
recipes), which the journal never asks of it: loaded on first use instead, a fifth of
sqlite-utils' import."""


def _lazily(name: str) -> None:
    """Put ``name`` in ``sys.modules`` as a module that runs only when first used."""
    if name in sys.modules:
        return
    spec = importlib.util.find_spec(name)
    if spec is None or spec.loader is None:
        return  # not installed: the import below says so in its own words
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    parent, _, child = name.rpartition(".")
    if parent:
        setattr(sys.modules[parent], child, module)


def _import_sqlite_utils() -> None:
    hide = [name for name in HIDDEN if name not in sys.modules]
    for name in hide:
        sys.modules[name] = None  # type: ignore[assignment]  # "import numpy" fails at once
    try:
        for name in LAZY:
            _lazily(name)
        import sqlite_utils
        import sqlite_utils.migrations  # noqa: F401
    finally:
        for name in hide:
            if sys.modules.get(name, "") is None:
                del sys.modules[name]


_import_sqlite_utils()

from sqlite_utils import Database  # noqa: E402
from sqlite_utils.migrations import Migrations  # noqa: E402

__all__ = ["Database", "Migrations"]
