"""The guard that keeps None alive where the bindings lose references to it."""

from __future__ import annotations

import sys

from journal.printing.binding_fault import LOAN, binding_loses_none, keep_none_alive


def test_where_the_bindings_lose_none_the_guard_lends_it_references():
    before = sys.getrefcount(None)
    keep_none_alive()
    after = sys.getrefcount(None)
    if binding_loses_none():
        assert after >= before + LOAN // 2
    else:
        assert abs(after - before) < LOAN // 2
