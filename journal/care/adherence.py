"""How well a medicine was taken as prescribed, and how long a course has left to run."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from journal.care.medicines import scheduled_times
from journal.care.records import DoseEvent, DoseStatus, Regimen
from journal.dates import day_text
from journal.translation import translate


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
                return translate("Care", "None taken")
            return translate("Care", "%n dose(s) taken", None, self.taken)
        return translate("Care", "{taken} of %n doses ({percent}%)", None, self.expected).format(
            taken=min(self.taken, self.expected), percent=f"{fraction * 100:.0f}"
        )


def scheduled_days(regimen: Regimen, first: date, last: date) -> int:
    """The days from ``first`` to ``last`` (inclusive) on which the course ran."""
    start = max(first, regimen.start)
    end = last if regimen.end is None else min(last, regimen.end)
    return max(0, (end - start).days + 1)


def expected_doses(regimen: Regimen, first: date, last: date, now: datetime | None = None) -> int:
    """The scheduled doses from ``first`` to ``last`` inclusive, at the medicine's times of day.

    Given ``now``, nothing after it is expected: on today, only the doses whose time has
    come, so that a morning dose taken does not read as half of today's missing.
    """
    times = scheduled_times(regimen)
    if now is not None:
        last = min(last, now.date())
    days = scheduled_days(regimen, first, last)
    expected = len(times) * days
    if days and now is not None and last == now.date() and regimen.active_on(last):
        expected -= sum(at > now.time() for at in times)
    return expected


def adherence(
    regimen: Regimen,
    doses: Iterable[DoseEvent],
    first: date,
    last: date,
    now: datetime | None = None,
) -> Adherence:
    """Adherence of ``regimen`` from ``first`` to ``last`` inclusive.

    Args:
        regimen: the medicine.
        doses: doses logged (of any medicine; only this one's count).
        first: the first day of the period.
        last: its last day (today, for a course still running).
        now: the time it is; doses due later today are not expected yet.
    """
    mine = [d for d in doses if d.regimen_id == regimen.id and first <= d.at.date() <= last]
    taken = sum(d.status in (DoseStatus.TAKEN, DoseStatus.AS_NEEDED) for d in mine)
    missed = sum(d.status is DoseStatus.MISSED for d in mine)
    return Adherence(regimen.id, expected_doses(regimen, first, last, now), taken, missed)


def days_left(regimen: Regimen, today: date) -> int | None:
    """Days after today until the course ends (0 on its last day); None when not running
    today or open-ended."""
    if regimen.end is None or not regimen.active_on(today):
        return None
    return (regimen.end - today).days


def course_status(regimen: Regimen, today: date) -> str:
    """ "Course ends in 12 days", "Last day today", "Starts on Tue 3 Mar 2026",
    "Ended Mon 2 Mar 2026" or ""."""
    if today < regimen.start:
        return translate("Care", "Starts on {day}").format(day=day_text(regimen.start))
    if regimen.end is not None and today > regimen.end:
        return translate("Care", "Ended {day}").format(day=day_text(regimen.end))
    left = days_left(regimen, today)
    if left is None:
        return ""
    if left == 0:
        return translate("Care", "Last day today")
    return translate("Care", "Course ends in %n day(s)", None, left)
