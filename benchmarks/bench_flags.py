"""Finding the red flags of each journal, against one plain pass over the same check-ins."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

from benchmarks.suite import Suite
from benchmarks.timing import Figure, Target, timed
from journal.flags import find_flags
from journal.snapshot import JournalSnapshot
from journal.store import open_journal

TARGET = 10.0
"""find_flags folds every value of every check-in into days (alone about 4 plain passes),
then runs twelve rules over the days. Ten plain passes leaves room for noise yet catches any
rule that goes quadratic in the journal's length or in a threshold's span."""


def plain_pass(snapshot: JournalSnapshot) -> dict[date, tuple[float, float]]:
    """The floor: each day's highest pain and highest temperature, in one loop."""
    days: dict[date, tuple[float, float]] = {}
    for c in snapshot.checkins:
        day = c.taken_at.date()
        pain, temperature = days.get(day, (0.0, 0.0))
        days[day] = (
            max(pain, c.values.get("pain_now", 0.0)),
            max(temperature, c.values.get("temperature", 0.0)),
        )
    return days


def run(suite: Suite) -> Iterator[Figure]:
    for journal in suite.journals:
        with open_journal(journal.path) as store:
            snapshot = store.snapshot()
        find_flags(snapshot)  # the first call pays for imports
        yield Figure(
            "find the red flags",
            journal.label,
            timed(lambda s=snapshot: find_flags(s)),
            timed(lambda s=snapshot: plain_pass(s)),
            "one plain pass: daily max pain and temperature",
            Target(ratio=TARGET),
        )
