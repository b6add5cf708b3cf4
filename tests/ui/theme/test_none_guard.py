"""The guard that keeps PySide6 6.12 from running Python 3.11 out of references to None."""

import sys

from PySide6.QtCore import QObject

from journal.ui.theme.none_guard import ENOUGH, keep_none_alive, needs_guard


def test_none_outlives_any_number_of_qt_calls_that_return_nothing():
    keep_none_alive()
    named = QObject()
    before = sys.getrefcount(None)
    for _ in range(10_000):
        named.setObjectName("x")
    # Where None is mortal, its count is now far above what any session can use up.
    assert sys.getrefcount(None) > (ENOUGH if needs_guard() else 1 << 31)
    assert before - sys.getrefcount(None) <= 10_000


def test_the_guard_is_applied_once():
    keep_none_alive()
    assert keep_none_alive() is False
    # Raised once, not again on every window or scheme change.
    assert sys.getrefcount(None) < 2 * ENOUGH
