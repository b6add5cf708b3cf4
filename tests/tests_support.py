"""Builders shared by tests."""

from __future__ import annotations

from datetime import timedelta

from conftest import at

from journal.checkin import CheckIn


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
