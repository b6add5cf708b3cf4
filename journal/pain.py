"""Where the pain is and what it feels like."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Region(StrEnum):
    """Regions of the back, top to bottom, then pain radiating to a limb."""

    NECK = "neck"
    UPPER_BACK = "upper_back"
    MID_BACK = "mid_back"
    LOWER_BACK = "lower_back"
    SACRUM = "sacrum"
    LEG = "leg"
    ARM = "arm"

    @property
    def label(self) -> str:
        """Plain words for the region."""
        return _REGION_LABELS[self]


_REGION_LABELS = {
    Region.NECK: "Neck",
    Region.UPPER_BACK: "Upper back",
    Region.MID_BACK: "Mid back",
    Region.LOWER_BACK: "Lower back",
    Region.SACRUM: "Sacrum or buttocks",
    Region.LEG: "Into a leg",
    Region.ARM: "Into an arm",
}


class Side(StrEnum):
    """Which side of the body."""

    LEFT = "left"
    MIDDLE = "middle"
    RIGHT = "right"

    @property
    def label(self) -> str:
        """Plain words for the side."""
        return self.value.capitalize()


@dataclass(frozen=True, order=True)
class PainSite:
    """A place where pain is felt: a region and a side."""

    region: Region
    side: Side

    @property
    def label(self) -> str:
        """For example "Lower back, left"."""
        return f"{self.region.label}, {self.side.value}"

    @property
    def code(self) -> str:
        """Stable text form used in storage: "lower_back:left"."""
        return f"{self.region.value}:{self.side.value}"

    @classmethod
    def from_code(cls, code: str) -> PainSite:
        """Parse the form written by :attr:`code`."""
        region, _, side = code.partition(":")
        return cls(Region(region), Side(side))


class Character(StrEnum):
    """What the pain feels like."""

    ACHING = "aching"
    SHARP = "sharp"
    BURNING = "burning"
    THROBBING = "throbbing"
    SHOOTING = "shooting"

    @property
    def label(self) -> str:
        """Plain words for the character."""
        return self.value.capitalize()
