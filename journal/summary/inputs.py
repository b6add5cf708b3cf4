"""What every part of the summary reads: the journal, the request, the flags, the settings."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property

from journal.checkin import CheckIn
from journal.flags import FlagReview, Thresholds
from journal.snapshot import JournalSnapshot
from journal.summary.figures import PeriodFigures, period_figures
from journal.summary.period import previous_period
from journal.summary.request import SummaryRequest
from journal.units import UnitPreferences


@dataclass(frozen=True)
class SummaryInputs:
    """The whole journal and what the user asked for.

    Attributes:
        snapshot: the whole journal (the period before and the days before that count too:
            comparisons, 7-day means and antibiotic courses reach back).
        request: the period, sections, name and paper.
        reviews: the red flags that touch the period, most pressing first.
        thresholds: the user's red-flag thresholds (the fever line among them).
        units: the user's display units.
        made_at: when the summary is made (local time with its offset).
    """

    snapshot: JournalSnapshot
    request: SummaryRequest
    reviews: tuple[FlagReview, ...]
    thresholds: Thresholds
    units: UnitPreferences
    made_at: datetime

    @property
    def first(self) -> date:
        """The period's first day."""
        return self.request.first

    @property
    def last(self) -> date:
        """The period's last day."""
        return self.request.last

    @cached_property
    def checkins(self) -> tuple[CheckIn, ...]:
        """The period's check-ins, oldest first."""
        return self.checkins_between(self.first, self.last)

    @cached_property
    def previous_checkins(self) -> tuple[CheckIn, ...]:
        """The check-ins of the period of the same length just before, oldest first."""
        return self.checkins_between(*previous_period(self.first, self.last))

    @cached_property
    def figures(self) -> PeriodFigures:
        """The period's figures, worked out once for page 1's table and its gaps."""
        return period_figures(self.checkins, self.first, self.last, self.thresholds)

    @cached_property
    def previous_figures(self) -> PeriodFigures:
        """The same figures for the period before."""
        first, last = previous_period(self.first, self.last)
        return period_figures(self.previous_checkins, first, last, self.thresholds)

    def checkins_between(self, first: date, last: date) -> tuple[CheckIn, ...]:
        """The check-ins from ``first`` to ``last`` inclusive, oldest first."""
        return tuple(c for c in self.snapshot.checkins if first <= c.local_date <= last)
