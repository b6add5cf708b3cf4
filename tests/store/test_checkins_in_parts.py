"""Reading the check-ins a part at a time gives exactly what one read gives, in its order."""

from __future__ import annotations

from builders import at
from hypothesis import given, settings
from hypothesis import strategies as st

from journal.checkin import CheckIn
from journal.store import checkins as checkins_module
from journal.store import open_journal


def _parts(store, count: int) -> list[CheckIn]:
    read: list[CheckIn] = []
    # More parts than the journal has check-ins can only mean a part that never moves on.
    for _ in range(store.checkins.count() + 2):
        part = store.checkins.newest(count, read[-1] if read else None)
        read.extend(part)
        if len(part) < count:
            return read
    raise AssertionError("the parts never came to an end")


# Hours on two days, so that many check-ins share a moment and their ids decide the order.
_HOURS = st.lists(st.integers(0, 47), min_size=0, max_size=40)


@settings(max_examples=30, deadline=None)
@given(hours=_HOURS, count=st.integers(1, 9))
def test_parts_of_any_size_read_every_check_in_once_in_order(tmp_path_factory, hours, count):
    path = tmp_path_factory.mktemp("parts") / "journal.sqlite"
    with open_journal(path) as store:
        store.checkins.add_many(
            CheckIn(at(10 + h // 24, h % 24), {"pain_now": float(n % 11)})
            for n, h in enumerate(hours)
        )
        assert _parts(store, count) == store.checkins.between()


def test_a_part_larger_than_a_statement_names_is_read_by_its_search(store, monkeypatch):
    monkeypatch.setattr(checkins_module, "IDS_PER_STATEMENT", 2)
    store.checkins.add_many(CheckIn(at(10, h), {"pain_now": 1.0}) for h in range(7))
    assert _parts(store, 3) == store.checkins.between()
