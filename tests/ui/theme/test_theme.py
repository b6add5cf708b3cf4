"""Light and dark: every colour pair the program shows is readable, in both schemes."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QToolTip, QWidget

from journal.contrast import NON_TEXT_CONTRAST, TEXT_CONTRAST, contrast_ratio
from journal.flags import Level
from journal.ui.theme import theme
from journal.ui.theme.resources import style_sheet_template
from journal.ui.theme.theme import THEME_VARIABLE, apply_theme, chosen_scheme, style_sheet
from journal.ui.theme.theme_colours import DARK, DARK_COLOURS, LIGHT, LIGHT_COLOURS, SCHEMES

R = QPalette.ColorRole
PALETTE_PAIRS = [
    ("text on base", R.Text, R.Base),
    ("text on alternate rows", R.Text, R.AlternateBase),
    ("placeholder on base", R.PlaceholderText, R.Base),
    ("window text on window", R.WindowText, R.Window),
    ("button text on button", R.ButtonText, R.Button),
    ("selected text on selection", R.HighlightedText, R.Highlight),
    ("tool tip text on tool tip", R.ToolTipText, R.ToolTipBase),
    ("link on base", R.Link, R.Base),
]


@pytest.fixture(params=[LIGHT, DARK])
def scheme(request, qapp):
    """The application in one scheme; afterwards it follows the system again."""
    colours = apply_theme(qapp, request.param)
    yield colours
    apply_theme(qapp)


def _hex(palette: QPalette, group: QPalette.ColorGroup, role: QPalette.ColorRole) -> str:
    return palette.color(group, role).name()


def _drawn_colour(qtbot, widget: QWidget, x: int, y: int) -> str:
    """The colour Fusion paints at a point of a widget (it shades some surfaces)."""
    qtbot.addWidget(widget)
    widget.resize(200, 120)
    widget.show()
    qtbot.waitExposed(widget)
    image = widget.grab().toImage()
    return image.pixelColor(x, y).name()


@pytest.mark.parametrize("group", [QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive])
@pytest.mark.parametrize(("pair", "foreground", "background"), PALETTE_PAIRS)
def test_palette_pairs_meet_aa_contrast(scheme, qapp, group, pair, foreground, background):
    palette = qapp.palette()
    ratio = contrast_ratio(_hex(palette, group, foreground), _hex(palette, group, background))
    assert ratio >= TEXT_CONTRAST, f"{scheme.name}: {pair} is only {ratio:.2f}:1"


def test_tool_tips_use_the_scheme_palette(scheme):
    tips = QToolTip.palette()
    assert tips.color(R.ToolTipBase).name() == scheme.tooltip_base
    assert tips.color(R.ToolTipText).name() == scheme.tooltip_text


def _our_pairs(colours):
    yield "error on window", colours.error, colours.window
    yield "error on base", colours.error, colours.base
    yield "text in a field that is wrong", colours.text, colours.invalid_base
    yield "demo note", colours.notice.text, colours.notice.background
    yield "flags could not be checked", colours.failure.text, colours.failure.background
    for level, tone in colours.flags.items():
        yield f"{level} banner", tone.text, tone.background
    for level, tone in colours.flag_rows.items():
        yield f"{level} row", tone.text, tone.background


@pytest.mark.parametrize("colours", SCHEMES.values(), ids=SCHEMES.keys())
def test_our_own_colour_pairs_meet_aa_contrast(colours):
    weak = {
        pair: round(contrast_ratio(fg, bg), 2)
        for pair, fg, bg in _our_pairs(colours)
        if contrast_ratio(fg, bg) < TEXT_CONTRAST
    }
    assert not weak, f"{colours.name}: {weak}"


def test_every_flag_level_has_a_banner_in_both_schemes():
    for colours in SCHEMES.values():
        assert set(colours.flags) == set(Level)


def test_words_stay_readable_on_surfaces_fusion_shades(scheme, qtbot):
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "Page")
    surfaces = {
        "a tab page": _drawn_colour(qtbot, tabs, 100, 90),
        "a push button": _drawn_colour(qtbot, QPushButton("Save"), 6, 60),
    }
    for surface, colour in surfaces.items():
        for words in (scheme.window_text, scheme.error):
            ratio = contrast_ratio(words, colour)
            assert ratio >= TEXT_CONTRAST, f"{words} on {surface} ({colour}): {ratio:.2f}"


@pytest.mark.parametrize("colours", SCHEMES.values(), ids=SCHEMES.keys())
def test_the_focus_ring_stands_out_from_what_it_sits_on(colours):
    for name in ("window", "base", "button"):
        ratio = contrast_ratio(colours.focus, getattr(colours, name))
        assert ratio >= NON_TEXT_CONTRAST, f"{colours.name} focus on {name}: {ratio:.2f}"


def test_the_focus_ring_stands_out_from_a_tab_page(scheme, qtbot):
    tabs = QTabWidget()
    tabs.addTab(QWidget(), "Page")
    assert contrast_ratio(scheme.focus, _drawn_colour(qtbot, tabs, 100, 90)) >= 3.0


def test_the_demo_note_has_its_own_text_colour_in_the_dark(qtbot, qapp):
    apply_theme(qapp, DARK)
    try:
        note = QLabel("This is a demo journal with made-up data.")
        note.setObjectName("demo_banner")
        background = _drawn_colour(qtbot, note, 2, 2)
        words = note.palette().color(R.WindowText).name()
    finally:
        apply_theme(qapp)
    assert background == DARK_COLOURS.notice.background
    assert words == DARK_COLOURS.notice.text
    assert contrast_ratio(words, background) >= TEXT_CONTRAST


def test_error_labels_take_the_scheme_error_colour(scheme, qtbot):
    error = QLabel("Pain is a number from 0 to 10.")
    error.setProperty("role", "error")
    qtbot.addWidget(error)
    error.ensurePolished()
    assert error.palette().color(R.WindowText).name() == scheme.error


# --- the style sheet template -------------------------------------------------------------

_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")


def _rules(sheet: str) -> list[tuple[str, dict[str, str]]]:
    sheet = re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)
    rules = []
    for selector, body in _RULE.findall(sheet):
        declarations = dict(
            (name.strip(), value.strip())
            for name, _, value in (d.partition(":") for d in body.split(";") if d.strip())
        )
        rules.append((selector.strip(), declarations))
    return rules


@pytest.mark.parametrize("colours", SCHEMES.values(), ids=SCHEMES.keys())
def test_the_style_sheet_fills_every_colour_slot(colours):
    assert "$" not in style_sheet(colours)


def test_the_style_sheet_takes_every_colour_from_the_scheme():
    literal = re.compile(r"#[0-9a-fA-F]{3,8}\b|rgb\(|\b(white|black|red)\b")
    for selector, declarations in _rules(style_sheet_template()):
        for name, value in declarations.items():
            assert not literal.search(value), f"{selector} {name}: {value} is fixed"


def test_no_background_in_the_style_sheet_comes_without_its_text_colour():
    for selector, declarations in _rules(style_sheet_template()):
        if any(name.startswith("background") for name in declarations):
            assert "color" in declarations, f"{selector} sets a background but no text colour"


def test_a_slot_the_scheme_lacks_is_an_error_not_a_blank():
    with pytest.raises(KeyError):
        style_sheet(LIGHT_COLOURS, template="QLabel { color: $no_such_colour; }")


# --- choosing the scheme ------------------------------------------------------------------


def test_the_environment_variable_forces_a_scheme():
    assert chosen_scheme({THEME_VARIABLE: "dark"}) == DARK
    assert chosen_scheme({THEME_VARIABLE: " Light "}) == LIGHT


def test_without_the_variable_or_with_a_slip_the_system_decides(monkeypatch):
    monkeypatch.setattr(theme, "system_scheme", lambda: DARK)
    assert chosen_scheme({}) == DARK
    assert chosen_scheme({THEME_VARIABLE: "drak"}) == DARK


def test_the_program_starts_in_the_scheme_the_variable_asks_for(qapp, monkeypatch):
    monkeypatch.setenv(THEME_VARIABLE, DARK)
    try:
        apply_theme(qapp)
        assert qapp.palette().color(R.Window).name() == DARK_COLOURS.window
    finally:
        monkeypatch.delenv(THEME_VARIABLE)
        apply_theme(qapp)
    assert qapp.palette().color(R.Window).name() == LIGHT_COLOURS.window


def test_following_the_system_changes_with_it(qapp, monkeypatch):
    monkeypatch.delenv(THEME_VARIABLE, raising=False)
    apply_theme(qapp)
    monkeypatch.setattr(theme, "system_scheme", lambda: DARK)
    try:
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert qapp.palette().color(R.Window).name() == DARK_COLOURS.window
        assert theme.current_colours() is DARK_COLOURS
    finally:
        monkeypatch.setattr(theme, "system_scheme", lambda: LIGHT)
        apply_theme(qapp)


def test_a_forced_scheme_stays_when_the_system_changes(qapp, monkeypatch):
    apply_theme(qapp, LIGHT)
    monkeypatch.setattr(theme, "system_scheme", lambda: DARK)
    try:
        qapp.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
        assert qapp.palette().color(R.Window).name() == LIGHT_COLOURS.window
    finally:
        monkeypatch.undo()
        apply_theme(qapp)


def test_an_unknown_scheme_is_refused(qapp):
    with pytest.raises(ValueError, match="unknown colour scheme"):
        apply_theme(qapp, "sepia")


# --- text follows the system font size ----------------------------------------------------


@pytest.fixture
def large_font(qapp):
    """The application font as a user who chose a large system font has it (16 pt)."""
    was = qapp.font()
    font = qapp.font()
    font.setPointSizeF(16)
    qapp.setFont(font)
    apply_theme(qapp, LIGHT)
    yield font
    qapp.setFont(was)
    apply_theme(qapp)


def test_headings_grow_with_a_large_system_font(large_font, qtbot):
    heading = QLabel("Nerve symptoms")
    heading.setProperty("role", "heading")
    body = QLabel("Numbness")
    qtbot.addWidget(heading)
    qtbot.addWidget(body)
    heading.ensurePolished()
    body.ensurePolished()
    assert body.font().pointSizeF() == 16
    assert heading.font().pointSizeF() > 16


def test_the_heading_size_in_the_sheet_is_the_users_font_made_larger(qapp):
    base = qapp.font().pointSizeF()
    declared = dict(_rules(style_sheet(LIGHT_COLOURS)))['QLabel[role="heading"]']["font-size"]
    assert declared == f"{round(base * theme.HEADING_SCALE * 2) / 2:g}pt"


def test_tick_boxes_grow_with_a_large_system_font(large_font, qtbot):
    from PySide6.QtWidgets import QCheckBox

    assert theme.indicator_pixels() == round(16 * 96 / 72 * 1.1)
    box = QCheckBox("Chills")
    plain = QCheckBox("Chills")
    plain.setStyleSheet("QCheckBox::indicator { width: 13px; height: 13px; }")
    for each in (box, plain):
        qtbot.addWidget(each)
        each.show()
    assert box.sizeHint().width() >= plain.sizeHint().width() + 8


def test_tick_boxes_keep_fusions_own_size_at_the_usual_font(qapp):
    was = qapp.font()
    font = qapp.font()
    font.setPointSizeF(9)
    qapp.setFont(font)
    try:
        assert theme.indicator_pixels() == 13
    finally:
        qapp.setFont(was)
