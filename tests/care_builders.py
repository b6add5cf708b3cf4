"""Builders for care-record tests."""

from __future__ import annotations

from datetime import date, timedelta

from journal.care.records import Purpose, Regimen, Route


def iv_course(today: date | None = None, **changes) -> Regimen:
    """An IV antibiotic course running today: started 3 days ago, 10 days to go."""
    today = today or date.today()
    values = dict(
        name="Flucloxacillin",
        dose=2.0,
        dose_unit="g",
        route=Route.IV,
        purpose=Purpose.ANTIBIOTIC,
        start=today - timedelta(days=3),
        end=today + timedelta(days=10),
        times_per_day=4,
    )
    values.update(changes)
    return Regimen(**values)
