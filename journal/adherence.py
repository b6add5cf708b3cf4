"""How well a medicine was taken as prescribed, and how long a course has left to run."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from journal.care import DoseEvent, DoseStatus, Regimen


@dataclass(frozen=True)
class Adherence:
    """Doses of one medicine over a period.

    Attributes:
        regimen_id: the medicine.
        expected: scheduled doses in the period (0 for an as-needed medicine).
        taken: doses recorded as taken (as-needed doses included).
        missed: doses recorded as missed.
    """

    regimen_id: int | None
    expected: int
    taken: int
    missed: int

    @property
    def fraction(self) -> float | None:
        """Taken doses over expected ones, at most 1; None when nothing was scheduled."""
        if self.expected == 0:
            return None
        return min(self.taken, self.expected) / self.expected

    def describe(self) -> str:
        """Plain words: "40 of 42 doses (95 %)", or "3 doses taken" when as needed."""
        fraction = self.fraction
        if fraction is None:
            if self.taken == 0:
                return "None taken"
            return f"{self.taken} dose{'s' if self.taken != 1 else ''} taken"
        return f"{min(self.taken, self.expected)} of {self.expected} doses ({fraction:.0%})"


def scheduled_days(regimen: Regimen, first: date, last: date) -> int:
    """The days from ``first`` to ``last`` (inclusive) on which the course ran."""
    start = max(first, regimen.start)
    end = last if regimen.end is None else min(last, regimen.end)
    return max(0, (end - start).days + 1)


def adherence(regimen: Regimen, doses: Iterable[DoseEvent], first: date, last: date) -> Adherence:
    """Adherence of ``regimen`` from ``first`` to ``last`` inclusive (pass today as ``last``)."""
    mine = [d for d in doses if d.regimen_id == regimen.id and first <= d.at.date() <= last]
    taken = sum(d.status in (DoseStatus.TAKEN, DoseStatus.AS_NEEDED) for d in mine)
    missed = sum(d.status is DoseStatus.MISSED for d in mine)
    expected = 0
    if regimen.times_per_day is not None:
        expected = regimen.times_per_day * scheduled_days(regimen, first, last)
    return Adherence(regimen.id, expected, taken, missed)


def days_left(regimen: Regimen, today: date) -> int | None:
    """Days after today until the course ends (0 on its last day); None when not running
    today or open-ended."""
    if regimen.end is None or not regimen.active_on(today):
        return None
    return (regimen.end - today).days


def course_status(regimen: Regimen, today: date) -> str:
    """ "Course ends in 12 days", "Last day today", "Starts on 3 Mar", "Ended 2 Mar" or ""."""
    if today < regimen.start:
        return f"Starts on {regimen.start:%d %b}"
    if regimen.end is not None and today > regimen.end:
        return f"Ended {regimen.end:%d %b}"
    left = days_left(regimen, today)
    if left is None:
        return ""
    if left == 0:
        return "Last day today"
    return f"Course ends in {left} day{'s' if left != 1 else ''}"
