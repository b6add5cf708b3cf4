"""Finding and using controls the way a user or a screen reader would."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)


def by_name(root: QWidget, name: str) -> QWidget:
    """The one visible-or-not child of ``root`` whose accessible name is ``name``."""
    found = [w for w in root.findChildren(QWidget) if w.accessibleName() == name]
    assert len(found) == 1, f"{len(found)} controls are named {name!r}"
    return found[0]


_INTERACTIVE = (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QAbstractItemView,
)
# Parts that Qt builds inside a composite control; the control itself carries the name.
_INSIDE = (QAbstractSpinBox, QComboBox, QCalendarWidget, QTabBar, QAbstractItemView)


def unnamed_controls(root: QWidget) -> list[str]:
    """Interactive controls under ``root`` that a screen reader could not name."""
    unnamed = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, _INTERACTIVE) or widget.accessibleName():
            continue
        parent, inside = widget.parentWidget(), False
        while parent is not None and not inside:
            inside = isinstance(parent, _INSIDE)
            parent = parent.parentWidget()
        if not inside and not widget.objectName().startswith("qt_"):
            text = widget.text() if hasattr(widget, "text") else ""
            unnamed.append(f"{type(widget).__name__} {widget.objectName()!r} {text!r}")
    return unnamed


def tick(qtbot, box: QWidget) -> None:
    """Tick or clear a box from the keyboard, as a user would (it may be scrolled away)."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def _inside_composite(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, _INSIDE):
            return True
        parent = parent.parentWidget()
    return False


def focusable_controls(root: QWidget) -> list[QWidget]:
    """The controls under ``root`` that Tab can reach (shown now or not), the parts Qt builds
    inside a composite control left out: the control itself carries the name."""
    found = []
    for widget in root.findChildren(QWidget):
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if not takes_tab or widget.objectName().startswith("qt_") or widget.isWindow():
            continue
        if not _inside_composite(widget):
            found.append(widget)
    return found


def _describe(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__} {widget.objectName()!r} {text!r}"


def unnamed_focusable(root: QWidget) -> list[str]:
    """Controls that Tab reaches under ``root`` but a screen reader could not name."""
    return [_describe(w) for w in focusable_controls(root) if not w.accessibleName().strip()]


def duplicate_names(root: QWidget) -> dict[str, list[str]]:
    """Accessible names that two or more reachable controls under ``root`` share."""
    by_name: dict[str, list[str]] = {}
    for widget in focusable_controls(root):
        if widget.accessibleName():
            by_name.setdefault(widget.accessibleName(), []).append(_describe(widget))
    return {name: found for name, found in by_name.items() if len(found) > 1}
