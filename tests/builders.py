"""Builders shared by tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from journal.checkin import CheckIn

CET = timezone(timedelta(hours=1))


def at(day: int, hour: int = 9, minute: int = 0, tz=CET) -> datetime:
    """A fixed, timezone-aware moment in November 2026, for readable tests."""
    return datetime(2026, 11, day, hour, minute, tzinfo=tz)


def many_checkins(count: int) -> list[CheckIn]:
    """``count`` plain check-ins, one an hour, ending on 2026-11-20."""
    end = at(20, 20)
    return [
        CheckIn(
            taken_at=end - timedelta(hours=i),
            values={"pain_now": float(i % 11), "temperature": 36.5 + (i % 20) / 10},
            note=f"note {i}" * 5,
        )
        for i in range(count)
    ]
