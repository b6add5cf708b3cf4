"""Snapshots and lookups shared by the chart tests."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import numpy as np
from matplotlib import dates as mdates

from journal.checkin import CheckIn
from journal.snapshot import JournalSnapshot

FIRST = date(2026, 3, 1)


def day_num(day: date) -> float:
    """A day as matplotlib's date number, as the chart draws it."""
    return float(mdates.date2num(np.datetime64(day, "D")))


def snapshot_of(days: dict[int, dict[str, float]], **records) -> JournalSnapshot:
    """A snapshot with one check-in at 9:00 on each listed day (counted from ``FIRST``)."""
    checkins = tuple(
        CheckIn(
            datetime.combine(FIRST + timedelta(days=day), time(9)).astimezone(),
            values,
            id=100 + day,
        )
        for day, values in sorted(days.items())
    )
    return JournalSnapshot(checkins=checkins, **records)


def artist(figure, gid: str, index: int = 0):
    """The ``index``-th artist of the figure carrying ``gid``."""
    found = figure.findobj(lambda a: a.get_gid() == gid)
    assert found, f"nothing drawn as {gid!r}"
    return found[index]


def artists(figure, gid: str) -> list:
    """Every artist of the figure carrying ``gid``."""
    return figure.findobj(lambda a: a.get_gid() == gid)
