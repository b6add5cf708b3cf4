"""The red flags of a journal, reviewed: the one pipeline behind the banner, the page,
the command line and the summary."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from journal.flags import (
    Acknowledgement,
    FlagReview,
    Thresholds,
    find_flags,
    flags_between,
    has_anything_to_check,
    review,
)
from journal.flags.days import DayFolds
from journal.recovery import RecoveryProgress, recovery_progress
from journal.snapshot import JournalSnapshot
from journal.units import UnitPreferences


@dataclass(frozen=True)
class FlagCheck:
    """What one look at the journal found.

    Attributes:
        reviews: the flags with their acknowledgements, most pressing first.
        recovery: the antibiotic course running today beside the typical one, or None.
        checked_anything: the journal holds records the rules read; without them "no red
            flags" would mean nothing.
    """

    reviews: list[FlagReview]
    recovery: RecoveryProgress | None
    checked_anything: bool


def check_flags(
    snapshot: JournalSnapshot,
    thresholds: Thresholds,
    units: UnitPreferences,
    acknowledgements: Mapping[str, Acknowledgement],
    today: date,
    first: date | None = None,
    last: date | None = None,
    folds: DayFolds | None = None,
) -> FlagCheck:
    """Find the flags of the whole journal, keep those that touch the period, and review them.

    Rules look back months (weights over six months, stiffness over fourteen days), so they
    read the whole snapshot; ``first`` and ``last`` only choose which flags are kept.

    Args:
        snapshot: the whole journal.
        thresholds: where each rule draws its line.
        units: the user's units, for the flags' words.
        acknowledgements: the flags the user has seen, by flag key.
        today: the day the recovery progress is for.
        first: keep flags that reach this day or later (None: from the start).
        last: keep flags that start on this day or earlier (None: to the end).
        folds: the journal's days as folded by the last check, so that a check after one
            change folds one day again rather than every day of the journal.
    """
    flags = flags_between(find_flags(snapshot, thresholds, units, folds), first, last)
    return FlagCheck(
        reviews=review(flags, acknowledgements),
        recovery=recovery_progress(snapshot, today, thresholds, folds),
        checked_anything=has_anything_to_check(snapshot),
    )
