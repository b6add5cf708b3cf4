"""A moment's two stored columns: its local time to the second, and its UTC offset."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st

from journal.store.moments import from_local_columns, local_columns

offsets = st.integers(min_value=-14 * 60, max_value=14 * 60).map(
    lambda m: timezone(timedelta(minutes=m))
)
moments = st.builds(
    lambda naive, zone: naive.replace(tzinfo=zone),
    st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
    offsets,
)


@given(moments)
def test_the_local_time_is_the_moment_to_the_second_without_its_offset(moment):
    local_time, offset = local_columns(moment)
    assert local_time == moment.replace(tzinfo=None, microsecond=0).isoformat()
    assert offset == int(moment.utcoffset().total_seconds() // 60)


@given(moments)
def test_the_columns_read_back_as_the_same_moment_to_the_second(moment):
    back = from_local_columns(*local_columns(moment))
    assert back == moment.replace(microsecond=0)
    assert back.utcoffset() == moment.utcoffset()


def test_a_moment_without_an_offset_is_refused():
    import pytest

    with pytest.raises(ValueError):
        local_columns(datetime(2026, 11, 23, 8, 5))
    assert local_columns(datetime(2026, 11, 23, 8, 5, 7, 999, tzinfo=UTC)) == (
        "2026-11-23T08:05:07",
        0,
    )
