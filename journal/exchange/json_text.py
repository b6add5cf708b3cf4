"""JSON files a person can read and the program writes fast: the outer levels laid out,
one record a line.

``json.dumps`` with an indent runs Python's own encoder, character by character: ten years
of a journal took 8 of the FHIR export's 11 seconds per year of data there. Without one it
runs the C encoder. Here the outer ``depth`` levels of objects and lists are laid out a
member a line, and each deeper value (a check-in, an Observation) is written by the C
encoder on one line: a file that reads record by record, written at the C encoder's speed.
"""

from __future__ import annotations

import json
from typing import Any

INDENT = " "


# One encoder for every value: json.dumps with options makes a new one on each call.
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, allow_nan=False)


class Encoded(str):
    """JSON text already written, exactly as :func:`layered_json` would write its value
    (keys sorted, one line): placed as it is rather than encoded again."""


def flat_json(value: Any) -> str:
    """``value`` as one line of JSON, as :func:`layered_json` writes its deeper values."""
    return _ENCODER.encode(value)


_flat = flat_json


def layered_json(value: Any, depth: int = 2, level: int = 0) -> str:
    """``value`` as JSON text: keys sorted, UTF-8 characters kept, no NaN or infinity.

    Args:
        value: JSON-ready data.
        depth: how many levels of objects and lists are laid out a member a line.
        level: how deep ``value`` sits (for its indentation).

    Raises:
        ValueError: a NaN or an infinity.
        TypeError: something that is not JSON-ready.
    """
    if isinstance(value, Encoded):
        return str(value)
    if depth <= 0 or not isinstance(value, dict | list) or not value:
        return _flat(value)
    inner = INDENT * (level + 1)
    if isinstance(value, dict):
        members = [
            f"{inner}{_flat(str(key))}: {layered_json(value[key], depth - 1, level + 1)}"
            for key in sorted(value)
        ]
        return "{\n" + ",\n".join(members) + "\n" + INDENT * level + "}"
    items = [f"{inner}{layered_json(item, depth - 1, level + 1)}" for item in value]
    return "[\n" + ",\n".join(items) + "\n" + INDENT * level + "]"
