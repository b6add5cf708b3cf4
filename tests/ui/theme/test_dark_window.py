"""The demo window in the dark: nothing pale is left behind words meant for the light."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QFrame, QLabel

from journal.contrast import TEXT_CONTRAST, contrast_ratio
from journal.flags import Level
from journal.store.demo_writer import write_demo
from journal.ui.flags.flags_banner import FlagBanner
from journal.ui.flags.flags_model import COL_FLAG
from journal.ui.theme.theme import apply_theme
from journal.ui.theme.theme_colours import DARK, DARK_COLOURS


@pytest.fixture
def dark_demo(qapp, open_window, journal_path):
    """The demo journal's window, opened in the dark scheme."""
    apply_theme(qapp, DARK)
    write_demo(journal_path).close()
    yield open_window(journal_path, is_demo=True)
    apply_theme(qapp)


def test_the_demo_note_is_dark_with_light_words(dark_demo):
    note = dark_demo.findChild(QFrame, "demo_banner")
    image = note.grab().toImage()
    background = image.pixelColor(3, 3).name()
    text = note.findChild(QLabel, "demo_note_text")
    words = text.palette().color(QPalette.ColorRole.WindowText).name()
    assert background == DARK_COLOURS.notice.background
    assert contrast_ratio(words, background) >= TEXT_CONTRAST


def test_flag_rows_not_yet_acknowledged_carry_their_own_dark_colours(dark_demo):
    model = dark_demo.flags_page.table.model()
    soon = [
        row
        for row in range(model.rowCount())
        if model.review_at(row).flag.level is Level.SOON and not model.review_at(row).acknowledged
    ]
    assert soon, "the demo story has a flag worth telling a doctor soon"
    index = model.index(soon[0], COL_FLAG)
    background = model.data(index, Qt.ItemDataRole.BackgroundRole).color().name()
    words = model.data(index, Qt.ItemDataRole.ForegroundRole).color().name()
    assert background == DARK_COLOURS.flag_rows[Level.SOON].background
    assert contrast_ratio(words, background) >= TEXT_CONTRAST


def test_the_red_flag_banner_takes_the_dark_colours_of_its_level(dark_demo):
    banner = dark_demo.findChild(FlagBanner)
    tone = DARK_COLOURS.flags[banner.level]
    assert f"background: {tone.background}" in banner.styleSheet()
    assert f"color: {tone.text}" in banner.styleSheet()
