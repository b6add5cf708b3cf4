"""Flags as the user sees them: acknowledged or not, active or past, and on a chart."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from journal.flags.model import Acknowledgement, Flag, Level

ACTIVE_DAYS = 30
"""A flag whose last day is within this many days of today is active: the banner shows it
until it is acknowledged."""


@dataclass(frozen=True)
class FlagReview:
    """A flag with what the user did about it.

    Attributes:
        flag: the flag.
        acknowledgement: the user's acknowledgement, if it covers the flag's latest day.
    """

    flag: Flag
    acknowledgement: Acknowledgement | None = None

    @property
    def acknowledged(self) -> bool:
        """The user acknowledged the flag as it stands now."""
        return self.acknowledgement is not None

    def active_on(self, today: date) -> bool:
        """Not acknowledged, and recent enough on ``today`` to be shown in the banner."""
        return not self.acknowledged and self.flag.last_day >= today - timedelta(days=ACTIVE_DAYS)


def pressing_order(flag: Flag) -> tuple[int, int, int]:
    """The sort key of every list of flags: how soon it matters, then the newest.

    Urgent before soon before next appointment; within a level the latest last day first,
    and on the same last day the latest first day (the flag that began more recently).
    """
    return (flag.level.rank, -flag.last_day.toordinal(), -flag.first_day.toordinal())


def most_pressing_first(reviews: Iterable[FlagReview]) -> list[FlagReview]:
    """``reviews`` in :func:`pressing_order`; flags alike in it keep the order given."""
    return sorted(reviews, key=lambda r: pressing_order(r.flag))


def to_look_at_first(reviews: Iterable[FlagReview], today: date) -> list[FlagReview]:
    """The order of the Red flags page: the banner's flags on top, then the others.

    The banner's flags (:func:`active`) come first, so the page's first row is the flag the
    banner names and the rows after it are the ones it counts; below them the flags that
    are acknowledged or older than :data:`ACTIVE_DAYS`. Each part is most pressing first.
    """
    ordered = most_pressing_first(reviews)
    return [r for r in ordered if r.active_on(today)] + [
        r for r in ordered if not r.active_on(today)
    ]


def review(
    flags: Iterable[Flag], acknowledgements: Mapping[str, Acknowledgement]
) -> list[FlagReview]:
    """Pair each flag with its acknowledgement, most pressing first (:func:`pressing_order`).

    An acknowledgement counts only while the flag ends on or before the last day it covered
    when acknowledged: fever that goes on after the user saw the flag is news again.
    """
    reviewed = []
    for flag in flags:
        ack = acknowledgements.get(flag.key)
        covers = ack is not None and flag.last_day <= ack.last_day
        reviewed.append(FlagReview(flag, ack if covers else None))
    return most_pressing_first(reviewed)


def active(reviews: Iterable[FlagReview], today: date) -> list[FlagReview]:
    """The flags for the banner: recent and not acknowledged, most pressing first."""
    return [r for r in most_pressing_first(reviews) if r.active_on(today)]


def flags_between(flags: Iterable[Flag], first: date | None, last: date | None) -> list[Flag]:
    """The flags that cover any day from ``first`` to ``last`` (either end open when None).

    Rules look back (six months of weights, fourteen days of stiffness), so flags are found
    on the whole journal and then chosen by period, never found on a cut snapshot.
    """
    return [
        f
        for f in flags
        if (first is None or f.last_day >= first) and (last is None or f.first_day <= last)
    ]


def most_pressing(reviews: Iterable[FlagReview]) -> Level | None:
    """The most pressing level among ``reviews``, or None when there are none."""
    levels = [r.flag.level for r in reviews]
    return min(levels, key=lambda level: level.rank) if levels else None


def flag_markers(flags: Iterable[Flag]) -> list[tuple[date, str, str]]:
    """Chart markers: (first day, the rule's short name, level value) per flag, oldest first."""
    return sorted((f.first_day, f.title, f.level.value) for f in flags)
