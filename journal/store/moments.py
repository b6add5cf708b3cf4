"""Moments on disk as the user lived them: local time and its UTC offset, in two columns."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from functools import cache


def local_columns(moment: datetime) -> tuple[str, int]:
    """``(local ISO time, UTC offset in minutes)`` for an aware datetime."""
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("a stored moment needs its UTC offset")
    # The first 19 characters of the seconds-long ISO form are the local time without its
    # offset ("2026-11-23T08:05:00"): one call, not a copy of the moment and then a call;
    # ten years of doses write 14,600 of these at once.
    return (
        moment.isoformat(timespec="seconds")[:19],
        int(offset.total_seconds() // 60),
    )


@cache
def _zone(offset_min: int) -> timezone:
    # A journal holds a handful of offsets; one zone object each, not one per row.
    return timezone(timedelta(minutes=offset_min))


def from_local_columns(local_time: str, offset_min: int) -> datetime:
    """The aware datetime stored by :func:`local_columns`."""
    return datetime.fromisoformat(local_time).replace(tzinfo=_zone(offset_min))


def within_days(
    column: str, first: date | None, last: date | None
) -> tuple[list[str], list[object]]:
    """SQL conditions and parameters for a local-time ``column`` on ``first``..``last``.

    Inclusive of the whole last day: the bound is the start of the day after.
    """
    clauses: list[str] = []
    params: list[object] = []
    if first is not None:
        clauses.append(f"{column} >= ?")
        params.append(first.isoformat())
    if last is not None:
        clauses.append(f"{column} < ?")
        params.append((last + timedelta(days=1)).isoformat())
    return clauses, params


def day_or_none(text: str | None) -> date | None:
    """A stored ISO day, or None."""
    return date.fromisoformat(text) if text else None
