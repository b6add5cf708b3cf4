"""Where the window opens and how big: it fits the screen it is on, whatever was remembered.

Size and place are kept apart rather than as saveGeometry() bytes, which some platforms
restore with the frame counted differently.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The first size the window asks for, and how much of the screen it may take at most.
PREFERRED_SIZE = QSize(1280, 820)
SCREEN_SHARE = 0.92
# The window manager's frame (title bar, borders) comes on top of the size asked for.
FRAME_ALLOWANCE = QSize(16, 40)


def fit_to_screen(size: QSize, area: QRect) -> QSize:
    """``size``, made smaller where it would not fit in ``area`` with a margin to spare.

    On a screen too small for the size wanted, the window takes all of the usable area
    rather than leave a margin that the pages need.
    """
    fits = (
        size.width() <= area.width() * SCREEN_SHARE
        and size.height() <= area.height() * SCREEN_SHARE
    )
    if fits:
        return QSize(size)
    return QSize(
        min(size.width(), area.width() - FRAME_ALLOWANCE.width()),
        min(size.height(), area.height() - FRAME_ALLOWANCE.height()),
    )


def clamp_to_screen(frame: QRect, area: QRect) -> QRect:
    """``frame`` moved (never grown) so that it lies inside ``area``."""
    moved = QRect(frame)
    moved.moveLeft(max(area.left(), min(frame.left(), area.right() - frame.width() + 1)))
    moved.moveTop(max(area.top(), min(frame.top(), area.bottom() - frame.height() + 1)))
    return moved


def centred(size: QSize, area: QRect) -> QPoint:
    """Where a window of ``size`` goes to sit in the middle of ``area``, its frame included.

    move() places the frame, so the title bar's room is counted before centring.
    """
    framed = size + FRAME_ALLOWANCE
    return QPoint(
        area.left() + max(0, (area.width() - framed.width()) // 2),
        area.top() + max(0, (area.height() - framed.height()) // 2),
    )


def _screen_area(window: QWidget, place: QPoint | None) -> QRect:
    """The usable area of the screen the window goes on (task bars left out)."""
    screen = QGuiApplication.screenAt(place) if place is not None else None
    screen = screen or window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def restore_window_place(window: QWidget, settings: QSettings) -> None:
    """Give ``window`` its remembered size and place, made to fit the screens present now."""
    size = settings.value("window/size")
    place = settings.value("window/position")
    area = _screen_area(window, place if isinstance(place, QPoint) else None)
    fitted = fit_to_screen(size if isinstance(size, QSize) else PREFERRED_SIZE, area)
    window.resize(fitted)
    if isinstance(place, QPoint) and QGuiApplication.screenAt(place) is not None:
        window.move(clamp_to_screen(QRect(place, fitted), area).topLeft())
    else:
        window.move(centred(fitted, area))
    if settings.value("window/maximized", False, type=bool):
        window.setWindowState(Qt.WindowState.WindowMaximized)


def keep_window_place(window: QWidget, settings: QSettings) -> None:
    """Remember ``window``'s size, place and maximised state for the next window."""
    if not window.isMaximized():
        settings.setValue("window/size", window.size())
        settings.setValue("window/position", window.pos())
    settings.setValue("window/maximized", window.isMaximized())
    settings.sync()
