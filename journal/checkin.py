"""A check-in: what the user recorded at one moment."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from journal.pain import Character, PainSite
from journal.text import readable_fields

# How far ahead of the clock a time may be and still count as "now" (clocks drift).
MAX_FUTURE = timedelta(minutes=5)


@dataclass(frozen=True, slots=True)
class CheckIn:
    """One check-in. Several a day are allowed.

    Attributes:
        taken_at: when it was recorded, timezone-aware (local time with its UTC offset).
        values: metric key -> value in canonical units; a metric not recorded is absent.
        pain_sites: where the pain is.
        pain_characters: what the pain feels like.
        note: free text.
        show_doctor: the user marked the note "show this to my doctor".
        id: the journal's identifier, None until saved.
    """

    taken_at: datetime
    values: Mapping[str, float] = field(default_factory=dict)
    pain_sites: frozenset[PainSite] = frozenset()
    pain_characters: frozenset[Character] = frozenset()
    note: str = ""
    show_doctor: bool = False
    id: int | None = None

    def __post_init__(self) -> None:
        if self.taken_at.tzinfo is None or self.taken_at.utcoffset() is None:
            raise ValueError("a check-in time needs its UTC offset")
        # Kept to the second, as stored, so a saved check-in equals the one read back.
        if self.taken_at.microsecond:
            object.__setattr__(self, "taken_at", self.taken_at.replace(microsecond=0))
        # Text an import brought may hold lone surrogates, which cannot be stored.
        readable_fields(self)

    def value(self, key: str) -> float | None:
        """The recorded value of a metric, or None when it was not recorded."""
        return self.values.get(key)

    def says_yes(self, key: str) -> bool:
        """True when a yes/no metric was recorded as yes."""
        return bool(self.values.get(key))

    @property
    def local_date(self) -> date:
        """The calendar day the user lived it on, in their own time zone then."""
        return self.taken_at.date()

    def with_id(self, checkin_id: int) -> CheckIn:
        """The same check-in, as saved under ``checkin_id``."""
        # Its fields were checked when it was made: ``replace`` would check them all again,
        # which was a third of the Python time of writing ten years of check-ins at once.
        twin = object.__new__(CheckIn)
        for name in _KEPT_BY_WITH_ID:
            object.__setattr__(twin, name, getattr(self, name))
        object.__setattr__(twin, "id", checkin_id)
        return twin


_KEPT_BY_WITH_ID = tuple(name for name in CheckIn.__slots__ if name != "id")


def local_now() -> datetime:
    """The current local time with its UTC offset."""
    return datetime.now().astimezone()


def typed_moment(wall: datetime, now: datetime) -> datetime:
    """The moment a local wall-clock time typed by the user means, with its UTC offset.

    When summer time ends, one hour happens twice (02:00-03:00 in Berlin on 25 Oct 2026):
    a typed 02:30 is then the later of the two if that one is not in the future, as a time
    typed during the second 02:30 is meant to be; else the earlier. Any other time has one
    meaning in the computer's time zone.

    Args:
        wall: the typed time, naive.
        now: the present, timezone-aware, to tell which of a repeated hour's two is meant.
    """
    earlier = wall.replace(fold=0).astimezone()
    later = wall.replace(fold=1).astimezone()
    repeated = earlier.utcoffset() != later.utcoffset() and (
        earlier.replace(tzinfo=None) == later.replace(tzinfo=None) == wall
    )
    if repeated and later <= now + MAX_FUTURE:
        return later
    return earlier
