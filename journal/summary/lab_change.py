"""How CRP and ESR moved: since the period's first result, and since antibiotics began.

For spinal infection the IDSA guideline has CRP and ESR measured at the start of treatment
and after about four weeks, values that do not fall raising the question of treatment
failure. Page 1 gives that change as plain figures — never as a verdict.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from journal.care.labs import CRP, ESR, is_out_of_range
from journal.care.records import LabResult, Regimen
from journal.dates import short_day_text
from journal.flags.relapse import Course, antibiotic_courses
from journal.numbers import written_short
from journal.translation import translate

MARKERS = (CRP.name, ESR.name)
BASELINE_BEFORE_DAYS = 14
"""A result up to this many days before a course's first day is its baseline (bloods are
usually taken when the infection is found, a few days before treatment starts)."""
BASELINE_AFTER_DAYS = 7
"""Without such a result, the first one in the course's first week stands in."""


@dataclass(frozen=True)
class LabChange:
    """Two results of one test: where it started and where it is now.

    Attributes:
        test: "CRP" or "ESR".
        start: the earlier result (the same as ``latest`` when there is only one).
        latest: the later result.
    """

    test: str
    start: LabResult
    latest: LabResult

    @property
    def single(self) -> bool:
        """Only one result: nothing to compare."""
        return self.start == self.latest

    def text(self) -> str:
        """ "131 → 12 mg/L, 2 Nov–30 Nov" or "48 mg/L (2 Nov), one result".

        The two figures say the change; short enough for one line of page 1's table beside
        the period before.
        """
        if self.single:
            return translate("Summary", "{value}, one result").format(value=_value(self.start))
        if self.start.unit.strip().lower() != self.latest.unit.strip().lower():
            # A change across units would be a wrong number; the two values say enough.
            return translate("Summary", "{first} to {latest}, units differ").format(
                first=_value(self.start), latest=_value(self.latest)
            )
        start, latest = self.start.value or 0, self.latest.value or 0
        unit = f" {self.latest.unit.strip()}" if self.latest.unit.strip() else ""
        days = f"{short_day_text(self.start.taken_on)}–{short_day_text(self.latest.taken_on)}"
        return f"{written_short(start)} → {written_short(latest)}{unit}, {days}"

    @property
    def out_of_range(self) -> bool:
        """The latest value is outside its normal range."""
        return is_out_of_range(self.latest)


def results_of(labs: Iterable[LabResult], test: str) -> list[LabResult]:
    """The numeric results of ``test`` (any spelling of its case), oldest first."""
    wanted = test.strip().lower()
    found = [r for r in labs if r.test.strip().lower() == wanted and r.value is not None]
    return sorted(found, key=lambda r: r.taken_on)


def change_between(
    labs: Iterable[LabResult], test: str, first: date, last: date
) -> LabChange | None:
    """From the first result of ``test`` in the period to its latest, or None without any."""
    within = [r for r in results_of(labs, test) if first <= r.taken_on <= last]
    return LabChange(test, within[0], within[-1]) if within else None


def running_course(regimens: Iterable[Regimen], first: date, last: date) -> Course | None:
    """The latest antibiotic course that runs on any day of the period, or None."""
    running = [
        c
        for c in antibiotic_courses(list(regimens))
        if c.start <= last and (c.end is None or c.end >= first)
    ]
    return running[-1] if running else None


def change_since_course(
    labs: Iterable[LabResult], test: str, course: Course, last: date
) -> LabChange | None:
    """From the course's baseline result of ``test`` to the latest up to ``last``.

    The baseline is the latest result from two weeks before the course's first day to that
    day, or else the first in the course's first week. None without a baseline, or when the
    baseline is the only result up to ``last``.
    """
    results = [r for r in results_of(labs, test) if r.taken_on <= last]
    before = [
        r
        for r in results
        if course.start - timedelta(days=BASELINE_BEFORE_DAYS) <= r.taken_on <= course.start
    ]
    after = [
        r
        for r in results
        if course.start < r.taken_on <= course.start + timedelta(days=BASELINE_AFTER_DAYS)
    ]
    baseline = before[-1] if before else (after[0] if after else None)
    if baseline is None or results[-1] is baseline:
        return None
    return LabChange(test, baseline, results[-1])


def _value(result: LabResult) -> str:
    unit = f" {result.unit.strip()}" if result.unit.strip() else ""
    return f"{written_short(result.value)}{unit} ({short_day_text(result.taken_on)})"
