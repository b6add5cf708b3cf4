"""Where the window opens: its size fitted to the screen, its place kept on it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize

from journal.ui.shell.window_place import FRAME_ALLOWANCE, centred, clamp_to_screen, fit_to_screen

LAPTOP = QRect(0, 0, 1366, 768)


def test_a_size_that_fits_with_room_to_spare_is_kept():
    assert fit_to_screen(QSize(1000, 600), LAPTOP) == QSize(1000, 600)


def test_a_size_too_big_takes_the_screen_less_room_for_the_frame():
    fitted = fit_to_screen(QSize(1280, 820), LAPTOP)
    assert fitted == QSize(1280, 768 - FRAME_ALLOWANCE.height())


def test_a_remembered_place_off_the_screen_is_brought_back_whole():
    moved = clamp_to_screen(QRect(QPoint(1200, 700), QSize(800, 500)), LAPTOP)
    assert LAPTOP.contains(moved) and moved.size() == QSize(800, 500)


def test_the_first_place_centres_the_window_with_its_title_bar_on_the_screen():
    size = fit_to_screen(QSize(1280, 820), LAPTOP)
    place = centred(size, LAPTOP)
    framed = QRect(place, size + FRAME_ALLOWANCE)
    assert LAPTOP.contains(framed)
    assert abs((LAPTOP.right() - framed.right()) - (framed.left() - LAPTOP.left())) <= 1
