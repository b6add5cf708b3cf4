"""The shipped files are found where the package keeps them, and the icon draws at any size."""

from __future__ import annotations

from journal.ui.theme.resources import application_icon, style_sheet_template


def test_the_style_sheet_is_read_from_the_package():
    assert "QLabel" in style_sheet_template()


def test_the_application_icon_draws_sharp_at_any_size(qapp):
    icon = application_icon()
    assert not icon.isNull()
    for size in (16, 48, 512):
        image = icon.pixmap(size, size).toImage()
        # Drawn from SVG at each size, not scaled up from a small picture.
        assert (image.width(), image.height()) == (size, size)
        assert image.pixelColor(size // 2, size // 2).alpha() == 255


def test_the_window_has_the_application_icon(window):
    assert not window.windowIcon().isNull()


def test_the_welcome_screen_has_the_application_icon(qtbot, tmp_path):
    from journal.ui.shell.welcome import WelcomeDialog

    welcome = WelcomeDialog(tmp_path / "journal.sqlite")
    qtbot.addWidget(welcome)
    assert not welcome.windowIcon().isNull()
