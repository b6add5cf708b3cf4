"""How readable one colour is on another, by the WCAG 2 contrast ratio.

People keeping this diary may be feverish, tired or reading at night; text and warnings must
stay readable in the light and the dark scheme alike. WCAG 2.x asks for 4.5:1 for ordinary
text (success criterion 1.4.3) and 3:1 for the parts of a control that show its state, such
as a focus ring (1.4.11). The maths is the one WCAG defines, so a test can hold every colour
pair the program shows to those numbers.
"""

from __future__ import annotations

TEXT_CONTRAST = 4.5
"""The least contrast for ordinary text (WCAG 2 level AA)."""

NON_TEXT_CONTRAST = 3.0
"""The least contrast for a control's boundary or state, such as a focus ring (WCAG 2 AA)."""


def rgb_of(colour: str) -> tuple[int, int, int]:
    """The red, green and blue of a ``#rgb`` or ``#rrggbb`` colour, each 0-255.

    Raises:
        ValueError: the text is not such a colour.
    """
    digits = colour.strip().removeprefix("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    if len(digits) != 6:
        raise ValueError(f"not a #rrggbb colour: {colour!r}")
    value = int(digits, 16)
    return (value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF


def _linear(channel: int) -> float:
    # sRGB is stored gamma-encoded; luminance adds up light, so undo the curve first.
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str) -> float:
    """The WCAG relative luminance of a colour: 0 for black, 1 for white."""
    red, green, blue = (_linear(c) for c in rgb_of(colour))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast_ratio(foreground: str, background: str) -> float:
    """The WCAG contrast ratio of two colours, from 1 (the same) to 21 (black and white).

    The order does not matter: the lighter colour always goes on top of the fraction.
    """
    lighter, darker = sorted(
        (relative_luminance(foreground), relative_luminance(background)), reverse=True
    )
    return (lighter + 0.05) / (darker + 0.05)
