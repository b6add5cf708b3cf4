"""Skin lesions of the back, followed over time (seed 004)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from journal.pain import Region, Side
from journal.text import readable_fields


class Crusting(StrEnum):
    """Crust on a lesion; yellow or green crusting suggests infection."""

    NONE = "none"
    YELLOW = "yellow"
    GREEN = "green"


@dataclass(frozen=True)
class Lesion:
    """A lesion as a thing that lasts: a name and a place on the back.

    Attributes:
        name: the user's name for it ("Left shoulder boil").
        region: where on the back (the same regions as pain).
        side: which side.
        first_seen: the day it was first noticed.
        healed_on: the day it healed, or None while it is active.
        id: the journal's identifier, None until saved.
    """

    name: str
    region: Region
    side: Side
    first_seen: date
    healed_on: date | None = None
    id: int | None = None

    def __post_init__(self) -> None:
        # Text an import brought may hold lone surrogates, which cannot be stored.
        readable_fields(self)

    def active_on(self, day: date) -> bool:
        """True when the lesion existed and had not healed on ``day``."""
        return self.first_seen <= day and (self.healed_on is None or day < self.healed_on)

    def with_id(self, lesion_id: int) -> Lesion:
        """The same lesion, as saved under ``lesion_id``."""
        return replace(self, id=lesion_id)


@dataclass(frozen=True)
class LesionObservation:
    """How a lesion looked on one day. Measurements not taken are None.

    Attributes:
        lesion_id: the lesion observed.
        observed_on: the day.
        size_mm: longest diameter in millimetres.
        bump_count: number of bumps.
        redness: 0 (none) to 10 (deep red or purple).
        pus: pus or drainage.
        crusting: none, yellow or green.
        warmth: warm to the touch.
        swelling: swollen.
        pain: 0–10.
        dark_marks: dark marks left after healing.
        note: free text.
        photo_ids: the photos taken at this observation.
        id: the journal's identifier, None until saved.
    """

    lesion_id: int
    observed_on: date
    size_mm: float | None = None
    bump_count: int | None = None
    redness: int | None = None
    pus: bool = False
    crusting: Crusting = Crusting.NONE
    warmth: bool = False
    swelling: bool = False
    pain: int | None = None
    dark_marks: bool = False
    note: str = ""
    photo_ids: tuple[int, ...] = ()
    id: int | None = None

    def __post_init__(self) -> None:
        # Text an import brought may hold lone surrogates, which cannot be stored.
        readable_fields(self)
