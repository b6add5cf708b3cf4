"""Numbers written in the window as Python's ``g`` format writes them, with the locale's mark.

"38.5" in English and "38,5" in German; no group separators, so "1500" stays "1500" in a
table cell, as it was typed.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale


def number_text(value: float) -> str:
    """``value`` as ``f"{value:g}"`` with the default locale's decimal mark."""
    return f"{value:g}".replace(".", QLocale().decimalPoint())
