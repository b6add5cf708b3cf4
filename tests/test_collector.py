"""The cycle collector held back during long work, and the young garbage collected at once."""

from __future__ import annotations

import gc
import weakref

from journal.collector import collect_young, collector_paused


class _Node:
    def __init__(self) -> None:
        self.me = self  # a cycle: only the collector frees it


def test_inside_the_pause_the_collector_is_off_and_on_again_after():
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the outer pause is still open
    assert gc.isenabled()


def test_a_collector_turned_off_before_stays_off():
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_it_is_turned_back_on_when_the_work_fails():
    try:
        with collector_paused():
            raise ValueError("a fault in the work")
    except ValueError:
        pass
    assert gc.isenabled()


def test_young_garbage_is_collected_inside_the_pause():
    with collector_paused():
        node = _Node()
        gone = weakref.ref(node)
        del node
        assert gone() is not None  # nothing collects it by itself
        collect_young()
        assert gone() is None


def test_outside_a_pause_collect_young_leaves_the_collector_alone(monkeypatch):
    calls = []
    monkeypatch.setattr(gc, "collect", lambda *args: calls.append(args))
    collect_young()
    assert calls == []
