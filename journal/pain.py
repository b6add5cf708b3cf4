"""Where the pain is and what it feels like."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from journal.translation import QT_TRANSLATE_NOOP, translate


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
        """Plain words for the region, in the user's language."""
        return translate("Pain", _REGION_LABELS[self])


_REGION_WORDS = {
    Region.NECK: QT_TRANSLATE_NOOP("Pain", "neck"),
    Region.UPPER_BACK: QT_TRANSLATE_NOOP("Pain", "upper back"),
    Region.MID_BACK: QT_TRANSLATE_NOOP("Pain", "mid back"),
    Region.LOWER_BACK: QT_TRANSLATE_NOOP("Pain", "lower back"),
    Region.SACRUM: QT_TRANSLATE_NOOP("Pain", "sacrum or buttocks"),
    Region.LEG: QT_TRANSLATE_NOOP("Pain", "into a leg"),
    Region.ARM: QT_TRANSLATE_NOOP("Pain", "into an arm"),
}
"""The regions as a sentence names them (lower case in English)."""

_REGION_LABELS = {
    Region.NECK: QT_TRANSLATE_NOOP("Pain", "Neck"),
    Region.UPPER_BACK: QT_TRANSLATE_NOOP("Pain", "Upper back"),
    Region.MID_BACK: QT_TRANSLATE_NOOP("Pain", "Mid back"),
    Region.LOWER_BACK: QT_TRANSLATE_NOOP("Pain", "Lower back"),
    Region.SACRUM: QT_TRANSLATE_NOOP("Pain", "Sacrum or buttocks"),
    Region.LEG: QT_TRANSLATE_NOOP("Pain", "Into a leg"),
    Region.ARM: QT_TRANSLATE_NOOP("Pain", "Into an arm"),
}


class Side(StrEnum):
    """Which side of the body."""

    LEFT = "left"
    MIDDLE = "middle"
    RIGHT = "right"

    @property
    def label(self) -> str:
        """Plain words for the side, in the user's language ("Left")."""
        return translate("Pain", _SIDE_LABELS[self])

    @property
    def words(self) -> str:
        """The side as it follows a region, in the user's language ("left")."""
        return translate("Pain", self.value)


_SIDE_LABELS = {
    Side.LEFT: QT_TRANSLATE_NOOP("Pain", "Left"),
    Side.MIDDLE: QT_TRANSLATE_NOOP("Pain", "Middle"),
    Side.RIGHT: QT_TRANSLATE_NOOP("Pain", "Right"),
}
# The sides as they follow a region ("Lower back, left"): their values, marked here.
_SIDE_WORDS = (
    QT_TRANSLATE_NOOP("Pain", "left"),
    QT_TRANSLATE_NOOP("Pain", "middle"),
    QT_TRANSLATE_NOOP("Pain", "right"),
)


@dataclass(frozen=True, order=True)
class PainSite:
    """A place where pain is felt: a region and a side."""

    region: Region
    side: Side

    @property
    def label(self) -> str:
        """For example "Lower back, left"."""
        return translate("Pain", "{region}, {side}").format(
            region=self.region.label, side=self.side.words
        )

    @property
    def words(self) -> str:
        """As a sentence names it: "lower back, left" in English."""
        return translate("Pain", "{region}, {side}").format(
            region=translate("Pain", _REGION_WORDS[self.region]), side=self.side.words
        )

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
        """Plain words for the character, in the user's language ("Aching")."""
        return translate("Pain", _CHARACTER_LABELS[self])


_CHARACTER_LABELS = {
    Character.ACHING: QT_TRANSLATE_NOOP("Pain", "Aching"),
    Character.SHARP: QT_TRANSLATE_NOOP("Pain", "Sharp"),
    Character.BURNING: QT_TRANSLATE_NOOP("Pain", "Burning"),
    Character.THROBBING: QT_TRANSLATE_NOOP("Pain", "Throbbing"),
    Character.SHOOTING: QT_TRANSLATE_NOOP("Pain", "Shooting"),
}
