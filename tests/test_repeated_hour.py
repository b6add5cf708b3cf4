"""A time typed in the hour that happens twice when summer time ends: which one is meant."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from zone_builders import local_zone

from journal.checkin import typed_moment

CEST, CET = timedelta(hours=2), timedelta(hours=1)
# 25 Oct 2026 in Berlin: 02:00-03:00 happens first in summer time (+02:00), then in winter time.
WALL = datetime(2026, 10, 25, 2, 30)
FIRST_PASS = datetime(2026, 10, 25, 0, 40, tzinfo=UTC).astimezone  # 02:40+02:00
SECOND_PASS = datetime(2026, 10, 25, 1, 40, tzinfo=UTC).astimezone  # 02:40+01:00


@pytest.fixture(autouse=True)
def berlin():
    with local_zone("Europe/Berlin"):
        yield


def test_typed_during_the_second_pass_it_is_the_second():
    moment = typed_moment(WALL, SECOND_PASS())
    assert moment.replace(tzinfo=None) == WALL
    assert moment.utcoffset() == CET


def test_typed_during_the_first_pass_it_is_the_first():
    moment = typed_moment(WALL, FIRST_PASS())
    assert moment.replace(tzinfo=None) == WALL
    assert moment.utcoffset() == CEST


def test_typed_days_later_it_is_the_second():
    assert typed_moment(WALL, SECOND_PASS() + timedelta(days=3)).utcoffset() == CET


def test_a_time_that_happens_once_keeps_its_one_offset():
    assert typed_moment(datetime(2026, 10, 25, 12, 0), SECOND_PASS()).utcoffset() == CET
    assert typed_moment(datetime(2026, 10, 24, 2, 30), SECOND_PASS()).utcoffset() == CEST
