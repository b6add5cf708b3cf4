"""Reading numbers people type, and refusing the ones that are not real amounts.

Python's ``float`` reads ``nan``, ``inf`` and ``1e400`` (infinity) without complaint; none of
them is a pain score, a dose or a lab value, and they break comparisons and storage (SQLite
keeps ``nan`` as NULL). Every field that turns text into a number reads it here, and every
validator checks numbers with :func:`is_real_number`.
"""

from __future__ import annotations

import math


class UnreadableNumber(ValueError):
    """The text is not an ordinary finite number."""


def is_real_number(value: object) -> bool:
    """True for an int or float that is finite (not nan, not infinity); False for bools."""
    kind = type(value)
    # The plain types first: ten years imported check 320,000 values here.
    if kind is float or kind is int:
        return math.isfinite(value)
    if kind is bool or not isinstance(value, int | float):
        return False
    return math.isfinite(value)


def read_number(text: str) -> float | None:
    """The number in ``text`` (a decimal comma is accepted), or None when it is blank.

    Raises:
        UnreadableNumber: the text is not a number, or is nan, infinity or too large to hold.
    """
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        return None
    try:
        number = float(cleaned)
    except ValueError:
        raise UnreadableNumber(text) from None
    if not math.isfinite(number):
        raise UnreadableNumber(text)
    return number


def read_whole_number(text: str) -> int | None:
    """The whole number in ``text`` ("3" or "3.0"), or None when it is blank.

    Raises:
        UnreadableNumber: the text is not a number, or has a fraction.
    """
    number = read_number(text)
    if number is None:
        return None
    if number != int(number):
        raise UnreadableNumber(text)
    return int(number)


# The mark between whole and fraction when a number is written for the user: "." in English,
# "," in German. The window sets it from the language it shows (QLocale); the command line and
# the files the journal exports keep ".".
_decimal_mark = "."


def set_decimal_mark(mark: str) -> None:
    """Write every later number for the user with ``mark`` between whole and fraction."""
    global _decimal_mark
    _decimal_mark = mark


def written(value: float, places: int = 1) -> str:
    """``value`` written for the user with ``places`` decimals and the user's decimal mark.

    >>> written(38.25, 1)
    '38.2'
    """
    text = f"{value:.{places}f}"
    return text if _decimal_mark == "." else text.replace(".", _decimal_mark)


def written_short(value: float, significant: int = 6) -> str:
    """``value`` as short as it is, as ``:g`` writes it ("3", "2.5"), with the user's mark;
    at most ``significant`` digits.

    >>> written_short(5.0)
    '5'
    """
    text = f"{value:.{significant}g}"
    return text if _decimal_mark == "." else text.replace(".", _decimal_mark)


def decimal_mark() -> str:
    """The mark numbers are written with for the user now ("." or ",")."""
    return _decimal_mark
