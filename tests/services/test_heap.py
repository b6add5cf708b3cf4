"""The cycle collector leaves the objects alive before a long piece of work alone during it."""

from __future__ import annotations

import gc

from journal.services.heap import frozen_heap


def test_objects_alive_before_the_work_are_left_out_of_collections_until_it_ends():
    assert gc.get_freeze_count() == 0
    kept = [object() for _ in range(10)]
    with frozen_heap():
        assert gc.get_freeze_count() >= len(kept)
    assert gc.get_freeze_count() == 0


def test_overlapping_work_gives_the_objects_back_when_the_last_one_ends():
    with frozen_heap():
        with frozen_heap():
            pass
        assert gc.get_freeze_count() > 0
    assert gc.get_freeze_count() == 0


def test_the_objects_are_given_back_when_the_work_fails():
    try:
        with frozen_heap():
            raise ValueError("a fault")
    except ValueError:
        pass
    assert gc.get_freeze_count() == 0
