"""The colours of the light and the dark scheme, as plain ``#rrggbb`` text.

Every background here comes with the text colour meant for it, so no view ever puts its own
words on a background chosen for the other scheme. ``tests/ui/theme/test_theme.py`` holds each pair
to the WCAG contrast the pair needs (:mod:`journal.contrast`).
"""

from __future__ import annotations

from dataclasses import dataclass

from journal.flags import Level

LIGHT = "light"
DARK = "dark"


@dataclass(frozen=True)
class Tone:
    """A coloured area: its background, the text on it and its edge.

    Attributes:
        background: the fill.
        text: the colour of words on the fill.
        border: the edge around the fill (decoration: the words carry the meaning).
    """

    background: str
    text: str
    border: str


@dataclass(frozen=True)
class SchemeColours:
    """One scheme: the Qt palette's colours, then our own roles.

    Attributes:
        name: ``"light"`` or ``"dark"``.
        window: behind labels and forms; ``window_text`` goes on it.
        base: inside fields and tables; ``text`` and ``placeholder_text`` go on it.
        alternate_base: every other table row.
        button: push buttons; ``button_text`` goes on it.
        highlight: selected rows and text; ``highlighted_text`` goes on it.
        tooltip_base: tool tips; ``tooltip_text`` goes on it.
        light, midlight, mid, dark, shadow: the bevels the Fusion style draws with.
        disabled_text: text of controls that cannot be used now.
        focus: the ring around the control that has the keyboard focus.
        error: error words beside a field, and the edge of a field that is wrong.
        invalid_base: the inside of a field that is wrong.
        notice: the demo journal's note.
        flags: each red-flag level's banner.
        flag_rows: the rows of flags not yet acknowledged, by level.
        failure: the banner saying the flags could not be checked.
    """

    name: str
    window: str
    window_text: str
    base: str
    alternate_base: str
    text: str
    placeholder_text: str
    button: str
    button_text: str
    highlight: str
    highlighted_text: str
    tooltip_base: str
    tooltip_text: str
    link: str
    link_visited: str
    light: str
    midlight: str
    mid: str
    dark: str
    shadow: str
    disabled_text: str
    focus: str
    error: str
    invalid_base: str
    notice: Tone
    flags: dict[Level, Tone]
    flag_rows: dict[Level, Tone]
    failure: Tone


LIGHT_COLOURS = SchemeColours(
    name=LIGHT,
    window="#efefef",
    window_text="#1a1a1a",
    base="#ffffff",
    alternate_base="#f5f5f5",
    text="#1a1a1a",
    placeholder_text="#6b6b6b",
    button="#efefef",
    button_text="#1a1a1a",
    highlight="#1a5fb4",
    highlighted_text="#ffffff",
    tooltip_base="#ffffdc",
    tooltip_text="#1a1a1a",
    link="#0b57d0",
    link_visited="#6a1b9a",
    light="#ffffff",
    midlight="#e3e3e3",
    mid="#b8b8b8",
    dark="#9f9f9f",
    shadow="#767676",
    disabled_text="#8c8c8c",
    focus="#1a5fb4",
    error="#b00020",
    invalid_base="#fff3f3",
    notice=Tone("#fff4d6", "#3d2b00", "#c9a227"),
    flags={
        # Urgent is unmistakable: strong red with white words; the others are calmer.
        Level.URGENT: Tone("#b00020", "#ffffff", "#7a0016"),
        Level.SOON: Tone("#fff1cc", "#3d2b00", "#d9a400"),
        Level.NEXT_APPOINTMENT: Tone("#e4eefb", "#102a43", "#8fb3e0"),
    },
    flag_rows={
        Level.URGENT: Tone("#f9d6d9", "#1a1a1a", "#f9d6d9"),
        Level.SOON: Tone("#fdecc8", "#1a1a1a", "#fdecc8"),
        Level.NEXT_APPOINTMENT: Tone("#e4eefb", "#1a1a1a", "#e4eefb"),
    },
    failure=Tone("#fff3f3", "#5c0011", "#b00020"),
)

DARK_COLOURS = SchemeColours(
    name=DARK,
    window="#242424",
    window_text="#eeeeee",
    # Fields lighter than the window: Fusion outlines them, and check boxes, in a shade
    # darker than the window, which would vanish around a field darker still.
    base="#363636",
    alternate_base="#3d3d3d",
    text="#eeeeee",
    placeholder_text="#b0b0b0",
    # Fusion draws buttons and tab pages a little lighter than this; words must stay clear.
    button="#353535",
    button_text="#eeeeee",
    highlight="#2f65b0",
    highlighted_text="#ffffff",
    tooltip_base="#404040",
    tooltip_text="#eeeeee",
    link="#8ab4f8",
    link_visited="#c58af9",
    light="#5a5a5a",
    midlight="#4a4a4a",
    mid="#2c2c2c",
    dark="#1a1a1a",
    shadow="#0d0d0d",
    disabled_text="#8f8f8f",
    # Lighter than the selection colour: a ring must stand out from a dark window.
    focus="#7cb4f5",
    error="#ff9aa3",
    invalid_base="#3d1b20",
    notice=Tone("#3a3220", "#f6e7bf", "#8f7a3a"),
    flags={
        Level.URGENT: Tone("#b00020", "#ffffff", "#ff9aa3"),
        Level.SOON: Tone("#4a3a10", "#ffe7a3", "#c9a227"),
        Level.NEXT_APPOINTMENT: Tone("#1d3550", "#dbe9fb", "#5b88c0"),
    },
    flag_rows={
        Level.URGENT: Tone("#5c1a24", "#f5f5f5", "#5c1a24"),
        Level.SOON: Tone("#4d3b12", "#f5f5f5", "#4d3b12"),
        Level.NEXT_APPOINTMENT: Tone("#1d3550", "#f5f5f5", "#1d3550"),
    },
    failure=Tone("#3d1016", "#ffd9de", "#ff9aa3"),
)

SCHEMES = {LIGHT: LIGHT_COLOURS, DARK: DARK_COLOURS}
