"""The light and the dark scheme: the palette, the style sheet's colours and the focus ring.

The program follows the system's colour scheme and changes with it. Qt's Fusion style is
used everywhere, so our own palettes apply the same way on every desktop; the colours come
from :mod:`journal.ui.theme.theme_colours`, where each background has its text colour beside it.

To force a scheme (tests, screenshots), call ``apply_theme(app, "dark")`` or start the program
with ``SYMPTOM_JOURNAL_THEME=dark`` (or ``light``) in the environment.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from string import Template

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QToolTip

from journal.flags import Level
from journal.ui.theme.focus_ring import FocusRing
from journal.ui.theme.none_guard import keep_none_alive
from journal.ui.theme.resources import style_sheet_template
from journal.ui.theme.theme_colours import DARK, LIGHT, LIGHT_COLOURS, SCHEMES, SchemeColours, Tone

THEME_VARIABLE = "SYMPTOM_JOURNAL_THEME"

# Kept on the application object, so a second window or a second call finds them.
_SCHEME = "journal_scheme"
_FORCED = "journal_scheme_forced"
_FOLLOWING = "journal_follows_system"

_Role = QPalette.ColorRole


def system_scheme() -> str:
    """``"dark"`` when the system asks for a dark scheme, else ``"light"`` (also when unknown)."""
    hints = QGuiApplication.styleHints()
    return DARK if hints.colorScheme() == Qt.ColorScheme.Dark else LIGHT


def chosen_scheme(environ: Mapping[str, str] = os.environ) -> str:
    """The scheme asked for by ``SYMPTOM_JOURNAL_THEME``, or the system's when it is unset.

    An unknown value is ignored: a typing slip in a launcher must not stop the program.
    """
    forced = environ.get(THEME_VARIABLE, "").strip().lower()
    return forced if forced in SCHEMES else system_scheme()


def build_palette(colours: SchemeColours) -> QPalette:
    """The Qt palette of a scheme, with every role set in every colour group."""
    palette = QPalette()
    roles = {
        _Role.Window: colours.window,
        _Role.WindowText: colours.window_text,
        _Role.Base: colours.base,
        _Role.AlternateBase: colours.alternate_base,
        _Role.Text: colours.text,
        _Role.PlaceholderText: colours.placeholder_text,
        _Role.Button: colours.button,
        _Role.ButtonText: colours.button_text,
        _Role.BrightText: colours.highlighted_text,
        _Role.Highlight: colours.highlight,
        _Role.HighlightedText: colours.highlighted_text,
        _Role.Accent: colours.highlight,
        _Role.ToolTipBase: colours.tooltip_base,
        _Role.ToolTipText: colours.tooltip_text,
        _Role.Link: colours.link,
        _Role.LinkVisited: colours.link_visited,
        _Role.Light: colours.light,
        _Role.Midlight: colours.midlight,
        _Role.Mid: colours.mid,
        _Role.Dark: colours.dark,
        _Role.Shadow: colours.shadow,
    }
    for role, colour in roles.items():
        # Without a group, the colour goes to active, inactive and disabled alike: a
        # selection in a window that lost the focus stays as readable as in the active one.
        palette.setColor(role, QColor(colour))
    disabled = QPalette.ColorGroup.Disabled
    for role in (_Role.WindowText, _Role.Text, _Role.ButtonText, _Role.PlaceholderText):
        palette.setColor(disabled, role, QColor(colours.disabled_text))
    return palette


def style_sheet(colours: SchemeColours, template: str | None = None) -> str:
    """The application style sheet with its ``$name`` slots filled for a scheme.

    Raises:
        KeyError: the template names a colour the scheme does not have.
    """
    text = style_sheet_template() if template is None else template
    return Template(text).substitute(_slots(colours))


def _slots(colours: SchemeColours) -> dict[str, str]:
    slots = {k: v for k, v in vars(colours).items() if isinstance(v, str) and k != "name"}
    slots.update(
        notice_background=colours.notice.background,
        notice_text=colours.notice.text,
        notice_border=colours.notice.border,
        heading_size=f"{scaled_points(HEADING_SCALE):g}pt",
        indicator_size=f"{indicator_pixels()}px",
    )
    return slots


# Headings and the urgent banner are larger than the text around them by these factors, not
# by a fixed size: a user who chose a large system font gets large headings too.
HEADING_SCALE = 1.45
_FALLBACK_POINTS = 9.0  # Qt's own default, for a font given in pixels


# Fusion draws a check box 13 px square whatever the font; beside 14 pt words that is a speck.
# The box grows with the font past the default size: 1.1 times the text's height in pixels.
_INDICATOR_PIXELS = 13
_PIXELS_PER_POINT = 96 / 72  # Qt's logical pixels, before any scaling


def indicator_pixels() -> int:
    """How large a check box or radio button is drawn: never smaller than Fusion's own."""
    return max(_INDICATOR_PIXELS, round(scaled_points(1.0) * _PIXELS_PER_POINT * 1.1))


def scaled_points(factor: float) -> float:
    """The application font's point size times ``factor``, to the nearest half point."""
    app = QApplication.instance()
    points = app.font().pointSizeF() if isinstance(app, QApplication) else -1.0
    if points <= 0:
        points = _FALLBACK_POINTS
    return round(points * factor * 2) / 2


def apply_theme(app: QApplication, scheme: str | None = None) -> SchemeColours:
    """Give the application the Fusion style with our palette, style sheet and focus ring.

    Args:
        app: the application.
        scheme: ``"light"`` or ``"dark"`` to force one; None to follow the system (or
            ``SYMPTOM_JOURNAL_THEME``) now and whenever the system changes its scheme.

    Raises:
        ValueError: the scheme is neither light nor dark.
    """
    if scheme is not None and scheme not in SCHEMES:
        raise ValueError(f"unknown colour scheme {scheme!r}; use one of {sorted(SCHEMES)}")
    # Re-polishing every widget makes thousands of Qt calls; see journal.ui.theme.none_guard.
    keep_none_alive()
    app.setProperty(_FORCED, scheme is not None)
    if scheme is None and not app.property(_FOLLOWING):
        app.styleHints().colorSchemeChanged.connect(_on_system_scheme_changed)
        app.setProperty(_FOLLOWING, True)
    return _use(app, SCHEMES[scheme or chosen_scheme()])


def ensure_theme(app: QApplication) -> None:
    """Apply the theme, following the system, unless a theme is already in place.

    A second window, or a scheme a test or screenshot forced, is left as it is.
    """
    if app.property(_SCHEME) not in SCHEMES:
        apply_theme(app)


def _on_system_scheme_changed(_scheme: Qt.ColorScheme) -> None:
    app = QApplication.instance()
    if app is not None and not app.property(_FORCED):
        _use(app, SCHEMES[chosen_scheme()])


def _use(app: QApplication, colours: SchemeColours) -> SchemeColours:
    ring = app.findChild(FocusRing)
    if ring is None:
        app.setStyle("Fusion")
        ring = FocusRing(app, colours.focus)
    ring.set_colour(colours.focus)
    palette = build_palette(colours)
    app.setPalette(palette)
    QToolTip.setPalette(palette)
    app.setProperty(_SCHEME, colours.name)
    # Last: setting the sheet polishes every widget again, with the new palette.
    app.setStyleSheet(style_sheet(colours))
    return colours


def current_colours() -> SchemeColours:
    """The colours of the scheme in use (the light one before any theme is applied)."""
    app = QApplication.instance()
    name = app.property(_SCHEME) if app is not None else None
    return SCHEMES.get(name, LIGHT_COLOURS)


def flag_tone(level: Level) -> Tone:
    """The red-flag banner's colours for a level, in the scheme in use."""
    return current_colours().flags[level]


def flag_row_tone(level: Level) -> Tone | None:
    """The colours of an unacknowledged flag's row, or None for a level drawn plainly."""
    return current_colours().flag_rows.get(level)


def failure_tone() -> Tone:
    """The colours of the banner saying the flags could not be checked."""
    return current_colours().failure


THEME_KEY = "appearance/theme"
"""The scheme chosen in Preferences ("system", "light" or "dark"), kept per user."""
SYSTEM = "system"


def forced_by_environment(environ: Mapping[str, str] = os.environ) -> bool:
    """True when ``SYMPTOM_JOURNAL_THEME`` names a scheme: it wins over Preferences."""
    return environ.get(THEME_VARIABLE, "").strip().lower() in SCHEMES


def apply_chosen_theme(app: QApplication, choice: str) -> None:
    """Use the scheme chosen in Preferences, at once; ``SYMPTOM_JOURNAL_THEME`` still wins.

    Args:
        app: the application.
        choice: ``"light"``, ``"dark"``, or anything else to follow the system.
    """
    if forced_by_environment():
        choice = SYSTEM
    wanted = choice if choice in SCHEMES else None
    forced_now = bool(app.property(_FORCED))
    following = not forced_now and app.property(_SCHEME) in SCHEMES
    if (wanted is None and following) or (forced_now and wanted == app.property(_SCHEME)):
        return  # already so: re-polishing every widget is not free
    apply_theme(app, wanted)
