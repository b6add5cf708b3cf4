"""Marks on the time axis that come from other analyses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class FlagMarker:
    """A red flag to mark on a chart.

    Attributes:
        day: the day the flag was raised.
        label: a few plain words ("Fever with back pain").
        level: a red-flag level ("urgent" is drawn in red, "soon" in orange, the rest amber).
    """

    day: date
    label: str
    level: str = "next appointment"
