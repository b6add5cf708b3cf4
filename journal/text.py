"""Text that can be stored: no lone surrogates.

Python text can hold a lone UTF-16 surrogate (U+D800-U+DFFF on its own): a JSON file with
``"\\ud800"`` in it, a file name that was not UTF-8 (decoded with ``surrogateescape``). Such
text cannot be written as UTF-8, so SQLite refuses the whole record with UnicodeEncodeError.
Every stored record passes its text through :func:`readable` when it is made: a surrogate
pair becomes the one character it stands for, and a lone surrogate becomes U+FFFD "�", the
mark for a character that could not be read. Nothing else in the text changes.
"""

from __future__ import annotations

import re
from dataclasses import fields
from functools import cache

UNREADABLE = "\ufffd"

_SURROGATE = re.compile("[\ud800-\udfff]")


def readable(text: str) -> str:
    """``text`` with each lone surrogate replaced by U+FFFD and each pair joined."""
    if text.isascii() or _SURROGATE.search(text) is None:
        return text  # the usual case, and cheap even for a long note
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def readable_fields(record: object) -> None:
    """Make every text field of a (frozen) dataclass ``record`` readable, in place.

    Meant for ``__post_init__``: text fields, and tuples of text (an appointment's
    questions), are replaced only where they held a surrogate.
    """
    for name in _field_names(type(record)):
        value = getattr(record, name)
        if isinstance(value, str):
            clean: object = readable(value)
        elif isinstance(value, tuple) and value and all(isinstance(v, str) for v in value):
            clean = tuple(readable(v) for v in value)
        else:
            continue
        if clean != value:
            object.__setattr__(record, name, clean)


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    # dataclasses.fields() filters its field table on every call: ten years of doses or
    # check-ins made that a fifth of reading them back.
    return tuple(item.name for item in fields(kind))


def starting_a_sentence(text: str) -> str:
    """``text`` with its first letter made a capital, to begin a sentence with a name that
    may be a file's ("journal is locked" reads as a slip; "Journal is locked" does not)."""
    return text[:1].upper() + text[1:]
