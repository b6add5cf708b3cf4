"""A strong ring around the control that has the keyboard focus, in every scheme.

Fusion marks focus with a thin line in the selection colour, and on check boxes and tabs only
around the words; someone moving through the check-in with the keyboard loses their place.
:class:`FocusRing` lays a transparent widget over the focused control and draws a 2-pixel
ring along its edge: over the control rather than around it, so no layout moves when the
focus does, and the same way for every kind of control.

Why not a ``QProxyStyle``: PySide 6.12 loses a reference to ``None`` each time Qt calls a
Python override with a null pointer, which style methods get constantly (``widget=None``);
on Python 3.11 that ends in "deallocating None" after a few hundred windows.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QTabBar, QWidget

RING_WIDTH = 2

_RESTACKING_EVENTS = {
    QEvent.Type.Resize,
    QEvent.Type.LayoutRequest,
    QEvent.Type.ChildAdded,
    QEvent.Type.Show,
}


def ring_target(widget: QWidget | None) -> QWidget | None:
    """The control to ring when ``widget`` has the focus, or None when nothing should be.

    The line edit inside a spin, date or combo box gets the focus; the whole box is ringed.
    """
    if widget is None or widget.isWindow():
        return None
    owner = widget.parentWidget()
    if isinstance(owner, QAbstractSpinBox | QComboBox):
        return owner
    return widget


def ring_rect(target: QWidget) -> QRect:
    """Where the ring goes inside the target: its current tab for a tab bar, else all of it."""
    if isinstance(target, QTabBar) and target.currentIndex() >= 0:
        return target.tabRect(target.currentIndex())
    return target.rect()


class _Overlay(QWidget):
    """The transparent child laid over the focused control; it draws the ring."""

    def __init__(self, ring: FocusRing) -> None:
        super().__init__(None)
        self._ring = ring
        self.setObjectName("focus_ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        target = self.parentWidget()
        if target is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(self._ring.colour, RING_WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        half = RING_WIDTH / 2
        # A pen is centred on its line: inset by half its width so all of it shows.
        box = QRectF(ring_rect(target)).adjusted(half, half, -half, -half)
        painter.drawRoundedRect(box, 3, 3)
        painter.end()


class FocusRing(QObject):
    """Keeps a ring over whichever control of the application has the keyboard focus.

    Attributes:
        colour: the ring's colour; the theme sets it for the scheme in use.
    """

    def __init__(self, app: QApplication, colour: str) -> None:
        super().__init__(app)
        self.setObjectName("journal_focus_ring")
        self.colour = QColor(colour)
        self._overlay: _Overlay | None = None
        self._target: QWidget | None = None
        app.focusChanged.connect(self._on_focus_changed)
        self._on_focus_changed(None, app.focusWidget())

    @property
    def target(self) -> QWidget | None:
        """The control ringed now, if any."""
        return self._target if self._target is not None and _alive(self._target) else None

    def set_colour(self, colour: str) -> None:
        """Draw the ring in another colour (the scheme changed)."""
        self.colour = QColor(colour)
        if self._overlay is not None and _alive(self._overlay):
            self._overlay.update()

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        previous = self.target
        if previous is not None:
            previous.removeEventFilter(self)
        target = ring_target(new)
        self._target = target
        overlay = self._overlay if self._overlay is not None and _alive(self._overlay) else None
        if target is None:
            if overlay is not None:
                overlay.hide()
            return
        if overlay is None:
            overlay = self._overlay = _Overlay(self)
        # A child of the control: it moves, hides and is deleted with it, and paints above it.
        overlay.setParent(target)
        overlay.setGeometry(target.rect())
        overlay.raise_()
        overlay.show()
        target.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Keeps the ring the size of its control, and above the control's own children."""
        if watched is self.target and event.type() in _RESTACKING_EVENTS:
            if event.type() == QEvent.Type.Resize:
                self._overlay.setGeometry(self._target.rect())
            # After the control has handled the event: a table, for one, raises its scroll
            # bars over everything when it lays them out.
            QTimer.singleShot(0, self._raise_overlay)
        return False

    def _raise_overlay(self) -> None:
        if self._overlay is not None and _alive(self._overlay) and self.target is not None:
            self._overlay.raise_()


def _alive(obj: QObject) -> bool:
    # The ring's overlay is deleted with the control it sat on; its Python name outlives it.
    return shiboken6.isValid(obj)
