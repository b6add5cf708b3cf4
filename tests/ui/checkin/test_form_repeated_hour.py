"""Check-ins saved from the form in the hour that happens twice when summer time ends."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QDateTime
from ui.finders import by_name
from zone_builders import local_zone

CET = timedelta(hours=1)
# 02:35 in Berlin on 25 Oct 2026, the second time round (winter time, +01:00).
SECOND_0235 = datetime(2026, 10, 25, 1, 35, tzinfo=UTC)


@pytest.fixture
def berlin_window(window):
    with local_zone("Europe/Berlin"):
        window.form.clock = SECOND_0235.astimezone
        window.form.clear()
        yield window


def _type_pain(window):
    field = by_name(window, "Pain now")
    field.setText("5")
    field.textEdited.emit("5")


def test_following_the_clock_it_is_stored_in_winter_time(berlin_window):
    _type_pain(berlin_window)
    saved = berlin_window.form.save()
    assert saved.taken_at.replace(tzinfo=None) == datetime(2026, 10, 25, 2, 35)
    assert saved.taken_at.utcoffset() == CET
    assert berlin_window.facade.checkin(saved.id).taken_at.utcoffset() == CET


def test_a_time_typed_then_is_stored_in_winter_time(berlin_window):
    by_name(berlin_window, "Check-in time").setDateTime(QDateTime(2026, 10, 25, 2, 30, 0))
    _type_pain(berlin_window)
    saved = berlin_window.form.save()
    assert saved.taken_at.replace(tzinfo=None) == datetime(2026, 10, 25, 2, 30)
    assert saved.taken_at.utcoffset() == CET
    assert saved.taken_at == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
