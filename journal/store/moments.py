"""Moments on disk as the user lived them: local time and its UTC offset, in two columns."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone


def local_columns(moment: datetime) -> tuple[str, int]:
    """``(local ISO time, UTC offset in minutes)`` for an aware datetime."""
    offset = moment.utcoffset()
    if offset is None:
        raise ValueError("a stored moment needs its UTC offset")
    return (
        moment.replace(tzinfo=None, microsecond=0).isoformat(timespec="seconds"),
        int(offset.total_seconds() // 60),
    )


def from_local_columns(local_time: str, offset_min: int) -> datetime:
    """The aware datetime stored by :func:`local_columns`."""
    return datetime.fromisoformat(local_time).replace(
        tzinfo=timezone(timedelta(minutes=offset_min))
    )


def day_or_none(text: str | None) -> date | None:
    """A stored ISO day, or None."""
    return date.fromisoformat(text) if text else None
