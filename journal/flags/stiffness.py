"""Rule 7: the inflammatory pattern of long morning stiffness on most days (seed 003)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import timedelta

from journal.flags.days import RuleInput, episodes
from journal.flags.model import DataPoint, Flag, Rule, between_words, make_flag
from journal.numbers import written_short
from journal.translation import translate


def inflammatory_pattern(given: RuleInput) -> list[Flag]:
    """Rule 7: morning stiffness longer than 30 minutes on at least 10 of the last 14 days.

    Checked on every recorded day, over the 14 calendar days ending that day (days without
    a check-in count as not stiff). The flag runs from the first long-stiffness day of the
    first window that held (or the first after the previous flag) to the last day the
    pattern still held.
    """
    t = given.thresholds
    stiff = {
        d
        for d, day in given.days.items()
        if day.stiffness is not None and day.stiffness > t.stiffness_minutes
    }
    # Stiff days in a window are counted, and found, by bisecting the sorted stiff days:
    # years of days stay quick whatever the window's length.
    ordered = sorted(stiff)
    reach = timedelta(days=t.stiffness_window_days - 1)
    holding = [
        d
        for d in given.days
        if bisect_right(ordered, d) - bisect_left(ordered, d - reach) >= t.stiffness_days
    ]
    label, minutes = translate("Flags", "Morning stiffness"), translate("Flags", "{minutes} min")
    flags = []
    previous_end = None
    for run in episodes(holding):
        first = ordered[bisect_left(ordered, run[0] - reach)]
        if previous_end is not None and first <= previous_end:
            # The window reaches back into the previous flag; each day belongs to one flag.
            later = bisect_right(ordered, previous_end)
            if later == len(ordered) or ordered[later] > run[-1]:
                continue  # held up only by long days the previous flag already shows
            first = ordered[later]
        previous_end = run[-1]
        covered = ordered[bisect_left(ordered, first) : bisect_right(ordered, run[-1])]
        points = [
            DataPoint(d, label, minutes.format(minutes=written_short(given.days[d].stiffness)))
            for d in covered
        ]
        body = translate(
            "Flags",
            "Your morning stiffness lasted more than {minutes} minutes on %n days {between}: "
            "at least {days} days out of {window} at a time. Long morning stiffness on most "
            "days can be a sign of inflammation of the spine (as in ankylosing spondylitis), "
            "which blood tests like CRP and ESR can help check.",
            None,
            len(covered),
        ).format(
            minutes=written_short(t.stiffness_minutes),
            between=between_words(first, run[-1]),
            days=t.stiffness_days,
            window=t.stiffness_window_days,
        )
        flags.append(make_flag(Rule.INFLAMMATORY_PATTERN, [first, run[-1]], points, body))
    return flags
