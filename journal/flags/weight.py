"""Rule 3: unexplained weight loss (seed 000; 5 % in 6 months is the usual clinical line)."""

from __future__ import annotations

from collections import deque
from datetime import date, timedelta

from journal.flags.days import RuleInput, at_least, episodes
from journal.flags.model import DataPoint, Flag, Rule, make_flag, span_words
from journal.metrics import BUILTIN_BY_KEY
from journal.numbers import written, written_short
from journal.translation import translate

WEIGHING_GAP_DAYS = 31
"""People weigh themselves weekly or less often: qualifying weighings up to a month apart
make one flag."""


def weight_loss(given: RuleInput) -> list[Flag]:
    """Rule 3: a weight at least the threshold percentage below the highest weight recorded
    within the period before it (6 months by default, that day included).

    The flag runs from the day of that highest weight to the last day the loss was still at
    or past the threshold; weighings up to a month apart make one flag.
    """
    t = given.thresholds
    weights = {d: day.weight for d, day in given.days.items() if day.weight is not None}
    qualifying = {}
    # The heaviest earlier weight in the window, kept as a decreasing queue (years of daily
    # weights stay linear); on a tie the later day wins.
    heaviest: deque[tuple[date, float]] = deque()
    for d, kg in weights.items():
        since = d - timedelta(days=t.weight_loss_days)
        while heaviest and heaviest[0][0] < since:
            heaviest.popleft()
        if heaviest:
            top_day, top = heaviest[0]
            lost = 100 * (top - kg) / top
            if at_least(lost, t.weight_loss_percent):
                qualifying[d] = (top_day, top, lost)
        while heaviest and heaviest[-1][1] <= kg:
            heaviest.pop()
        heaviest.append((d, kg))
    flags = []
    for run in episodes(qualifying, gap=WEIGHING_GAP_DAYS):
        top_day, top, _ = qualifying[run[0]]
        most = max(qualifying[d][2] for d in run)
        label = BUILTIN_BY_KEY["weight"].label
        points = [DataPoint(top_day, label, given.weight(top))]
        points += [DataPoint(d, label, given.weight(weights[d])) for d in run]
        body = translate(
            "Flags",
            "Your weight was {percent} % or more below an earlier weight {span} (down "
            "{most} % from {top}). Losing weight without trying can be a sign of an infection "
            "or an inflammation and is worth a check; if you meant to lose it, say so.",
        ).format(
            percent=written_short(t.weight_loss_percent),
            span=span_words(run),
            most=written(most),
            top=given.weight(top),
        )
        flags.append(make_flag(Rule.WEIGHT_LOSS, [top_day, *run], points, body))
    return flags
