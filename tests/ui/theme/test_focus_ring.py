"""The focus ring: every kind of control shows clearly that it has the keyboard focus."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabBar,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from journal.ui.theme.focus_ring import RING_WIDTH, FocusRing, ring_rect
from journal.ui.theme.theme import apply_theme
from journal.ui.theme.theme_colours import DARK, LIGHT


def _combo(editable: bool = False) -> QComboBox:
    box = QComboBox()
    box.addItems(["Not tried", "Helped", "Did not help"])
    box.setEditable(editable)
    return box


def _tabs() -> QTabBar:
    bar = QTabBar()
    bar.addTab("Journal")
    bar.addTab("Lesions")
    return bar


CONTROLS = {
    "line edit": QLineEdit,
    "combo box": _combo,
    "editable combo box": lambda: _combo(editable=True),
    "check box and its words": lambda: QCheckBox("Pain at night"),
    "push button": lambda: QPushButton("Save check-in"),
    "table": lambda: QTableWidget(3, 3),
    "list": lambda: QListWidget(),
    "tab bar tab": _tabs,
    "spin box": QSpinBox,
    "decimal box": QDoubleSpinBox,
    "date box": QDateEdit,
    "date and time box": QDateTimeEdit,
    "plain text box": lambda: QPlainTextEdit("Notes"),
}


@pytest.fixture(params=[LIGHT, DARK])
def scheme(request, qapp):
    """The application in one scheme; afterwards it follows the system again."""
    colours = apply_theme(qapp, request.param)
    yield colours
    apply_theme(qapp)


@pytest.fixture
def place(qtbot):
    """Puts a control in an active window beside another one that can take the focus."""
    windows = []

    def _place(control: QWidget) -> QWidget:
        window = QWidget()
        qtbot.addWidget(window)
        windows.append(window)
        layout = QVBoxLayout(window)
        elsewhere = QLineEdit(window)
        elsewhere.setObjectName("elsewhere")
        layout.addWidget(elsewhere)
        layout.addWidget(control)
        window.resize(320, 240)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
        return elsewhere

    yield _place
    windows.clear()


def _band(rect: QRect, scale: float) -> list[tuple[int, int]]:
    """The pixels wholly under a ring-wide band along the edges, corners left out.

    At 150 % the edges fall between pixels; those half-painted pixels are not counted.
    """
    left, top = rect.left() * scale, rect.top() * scale
    right, bottom = (rect.right() + 1) * scale, (rect.bottom() + 1) * scale
    width, corner = RING_WIDTH * scale, 5 * scale

    def whole(start: float, end: float) -> range:
        return range(math.ceil(start), math.floor(end))

    across = whole(left + corner, right - corner)
    down = whole(top + corner, bottom - corner)
    points = []
    for y in [*whole(top, top + width), *whole(bottom - width, bottom)]:
        points += [(x, y) for x in across]
    for x in [*whole(left, left + width), *whole(right - width, right)]:
        points += [(x, y) for y in down]
    return points


def _share_in_colour(image: QImage, points, colour: QColor) -> float:
    def near(pixel: QColor) -> bool:
        return all(
            abs(a - b) <= 24 for a, b in zip(pixel.getRgb()[:3], colour.getRgb()[:3], strict=True)
        )

    return sum(near(image.pixelColor(x, y)) for x, y in points) / len(points)


@pytest.mark.parametrize("make", CONTROLS.values(), ids=CONTROLS.keys())
def test_a_focused_control_is_ringed_in_the_focus_colour(scheme, place, make, qtbot):
    control = make()
    elsewhere = place(control)
    focus = QColor(scheme.focus)

    elsewhere.setFocus()
    QApplication.processEvents()
    before = control.grab().toImage()
    band = _band(ring_rect(control), before.devicePixelRatio())
    assert _share_in_colour(before, band, focus) < 0.3
    control.setFocus()
    # A table lays out its scroll bars after taking the focus; the ring rises above them.
    qtbot.waitUntil(lambda: _share_in_colour(control.grab().toImage(), band, focus) > 0.95)


def test_the_ring_follows_the_current_tab(scheme, place):
    bar = _tabs()
    place(bar)
    bar.setFocus()
    bar.setCurrentIndex(1)
    QApplication.processEvents()
    image = bar.grab().toImage()
    focus = QColor(scheme.focus)
    assert _share_in_colour(image, _band(bar.tabRect(1), image.devicePixelRatio()), focus) > 0.95
    assert _share_in_colour(image, _band(bar.tabRect(0), image.devicePixelRatio()), focus) < 0.3


def test_the_ring_keeps_the_size_of_its_control(scheme, place, qtbot):
    notes = QPlainTextEdit("Notes")
    place(notes)
    notes.setFocus()
    notes.window().resize(400, 300)
    qtbot.waitUntil(lambda: notes.findChild(QWidget, "focus_ring").size() == notes.size())


def test_a_control_deleted_while_focused_leaves_the_ring_working(scheme, place, qtbot):
    doomed = QLineEdit()
    elsewhere = place(doomed)
    doomed.setFocus()
    QApplication.processEvents()
    doomed.deleteLater()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not doomed)
    elsewhere.setFocus()
    QApplication.processEvents()
    ring = QApplication.instance().findChild(FocusRing)
    assert ring.target is elsewhere
    assert elsewhere.findChild(QWidget, "focus_ring").isVisible()


def test_nothing_is_ringed_when_the_focus_leaves_the_program(scheme, place):
    elsewhere = place(QLineEdit())
    elsewhere.setFocus()
    QApplication.processEvents()
    elsewhere.clearFocus()
    QApplication.processEvents()
    assert QApplication.instance().findChild(FocusRing).target is None
    assert not elsewhere.findChild(QWidget, "focus_ring").isVisible()
