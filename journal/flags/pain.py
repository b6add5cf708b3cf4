"""Rules 5 and 6: pain that does not ease, and rapidly worsening pain (seed 000)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date, timedelta

from journal.care.records import DoseStatus, Purpose
from journal.flags.days import RuleInput, at_least, consecutive_runs, episodes, out_of_ten
from journal.flags.model import DataPoint, Flag, Rule, between_words, make_flag, span_words
from journal.numbers import written
from journal.translation import translate

PAIN_MEDICINES = frozenset({Purpose.PAIN_RELIEF, Purpose.ANTI_INFLAMMATORY})
TAKEN = frozenset({DoseStatus.TAKEN, DoseStatus.AS_NEEDED})
MIN_DAYS_IN_SPAN = 2


def _PAIN() -> str:
    return translate("Flags", "Pain")


"""A mean over a 3-day span needs pain on at least 2 of its days: one missed check-in does
not hide worsening pain, and one lone day does not raise a flag."""


def treated_days(given: RuleInput) -> set[date]:
    """Days when a pain medicine was taken or rest was tried.

    That is: a scheduled pain-relief or anti-inflammatory medicine was running, a dose of one
    was taken, or the check-in answered whether rest or a pain medicine helped (an answer
    means it was tried).
    """
    snapshot = given.snapshot
    medicines = {r.id: r for r in snapshot.regimens if r.purpose in PAIN_MEDICINES}
    days = {d for d, day in given.days.items() if day.outcome_recorded}
    ordered = given.ordered_days
    for regimen in medicines.values():
        if regimen.as_needed:
            continue
        # The days Regimen.active_on holds for, from start to end (or on), bisected out of
        # the journal's days rather than asked of each of years of them.
        end = len(ordered) if regimen.end is None else bisect_right(ordered, regimen.end)
        days.update(ordered[bisect_left(ordered, regimen.start) : end])
    days |= {
        dose.at.date()
        for dose in snapshot.doses
        if dose.regimen_id in medicines and dose.status in TAKEN
    }
    return days


def unrelenting_pain(given: RuleInput) -> list[Flag]:
    """Rule 5: pain at or above the threshold on each of N days in a row while treated.

    Every day of the run needs a pain rating at or above the threshold and a pain medicine
    or rest (see :func:`treated_days`); a day without a check-in breaks the run.
    """
    t = given.thresholds
    treated = treated_days(given)
    qualifying = [
        d
        for d, day in given.days.items()
        if d in treated and day.pain is not None and at_least(day.pain, t.unrelenting_pain)
    ]
    label = _PAIN()
    flags = []
    for run in consecutive_runs(qualifying):
        if len(run) < t.unrelenting_days:
            continue
        points = [DataPoint(d, label, out_of_ten(given.days[d].pain)) for d in run]
        body = translate(
            "Flags",
            "Your pain was {score} or more every day {span}, while you took a pain medicine "
            "or rested. Pain that does not ease with rest or medicine is one of the signs that "
            "back pain may not be a simple strain.",
        ).format(score=out_of_ten(t.unrelenting_pain), span=span_words(run))
        flags.append(make_flag(Rule.UNRELENTING_PAIN, run, points, body))
    return flags


def worsening_days(given: RuleInput) -> dict[date, tuple[float, float]]:
    """Days whose latest-N-day mean pain is at least the threshold above the N days before.

    Maps each such day to (mean of the earlier span, mean of the later span, ending that day).
    """
    t = given.thresholds
    n = t.worsening_days
    found = {}
    means = given.mean_pains(n, min(MIN_DAYS_IN_SPAN, n))
    for d in given.days:
        after = means.get(o := d.toordinal())
        before = means.get(o - n)
        if (
            before is not None
            and after is not None
            and at_least(after - before, t.worsening_points)
        ):
            found[d] = (before, after)
    return found


def worsening_pain(given: RuleInput) -> list[Flag]:
    """Rule 6: the 3-day mean pain at least 3 points above the 3 days before.

    The flag covers the compared days: from the first day of the earlier span to the last
    day the rise still held.
    """
    t = given.thresholds
    found = given.once(worsening_days)
    ordered = given.ordered_days  # bisected per flag: years of days stay quick
    label = _PAIN()
    flags = []
    for run in episodes(found):
        first = run[0] - timedelta(days=2 * t.worsening_days - 1)
        covered = ordered[bisect_left(ordered, first) : bisect_right(ordered, run[-1])]
        points = [
            DataPoint(d, label, out_of_ten(p))
            for d in covered
            if (p := given.days[d].pain) is not None
        ]
        before, after = max((found[d] for d in run), key=lambda pair: pair[1] - pair[0])
        body = translate(
            "Flags",
            "Your pain rose quickly {between}: the mean of %n days went from {before} to "
            "{after} out of 10. Back pain that worsens quickly can be a sign of a collection "
            "of pus (an abscess) near the spine, which needs prompt care.",
            None,
            t.worsening_days,
        ).format(
            between=between_words(first, run[-1]), before=written(before), after=written(after)
        )
        flags.append(make_flag(Rule.WORSENING_PAIN, [first, run[-1]], points, body))
    return flags
