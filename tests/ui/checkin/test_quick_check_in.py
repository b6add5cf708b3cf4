"""A whole check-in from the keyboard, counted key by key."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journal.pain import PainSite, Region, Side

NOTE = "slept badly"
# Besides the note's own letters; the product's target for this check-in.
MOST_KEYSTROKES = 35


class Keyboard:
    """Presses keys where the keyboard focus is, counting them."""

    def __init__(self, qtbot) -> None:
        self._qtbot = qtbot
        self.count = 0

    def press(self, key: Qt.Key, alt: bool = False, ctrl: bool = False, times: int = 1) -> None:
        modifiers = Qt.KeyboardModifier.NoModifier
        if alt:
            modifiers |= Qt.KeyboardModifier.AltModifier
        if ctrl:
            modifiers |= Qt.KeyboardModifier.ControlModifier
        for _ in range(times):
            self._qtbot.keyClick(QApplication.focusWidget(), key, modifiers)
            self.count += 1

    def type(self, text: str, counted: bool = True) -> None:
        self._qtbot.keyClicks(QApplication.focusWidget(), text)
        if counted:
            self.count += len(text)


def test_the_everyday_check_in_takes_at_most_35_keystrokes(qtbot, window):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    keys = Keyboard(qtbot)
    keys.type("6")  # the keyboard starts in Pain now
    keys.press(Qt.Key.Key_Tab)
    keys.type("8")
    # Past "did rest / medicine help" and the two ticks, into "Where it hurts".
    keys.press(Qt.Key.Key_Tab, times=5)
    keys.type("l")  # a region by its first letter: Lower back, on the left
    keys.press(Qt.Key.Key_Space)
    keys.press(Qt.Key.Key_F, alt=True)
    keys.type("38.3")
    keys.press(Qt.Key.Key_Tab)
    keys.press(Qt.Key.Key_Space)  # chills
    keys.press(Qt.Key.Key_S, alt=True)
    keys.type("45")
    keys.press(Qt.Key.Key_H, alt=True)
    keys.type("7")
    keys.press(Qt.Key.Key_N, alt=True)
    keys.type(NOTE, counted=False)
    keys.press(Qt.Key.Key_S, ctrl=True)

    [saved] = window.facade.checkins()
    assert saved.values == {
        "pain_now": 6.0,
        "pain_worst": 8.0,
        "temperature": 38.3,
        "chills": 1.0,
        "stiffness_minutes": 45.0,
        "fatigue": 7.0,
    } | {k: v for k, v in saved.values.items() if v == 0.0}
    assert saved.pain_sites == frozenset({PainSite(Region.LOWER_BACK, Side.LEFT)})
    assert saved.note == NOTE
    assert keys.count <= MOST_KEYSTROKES
