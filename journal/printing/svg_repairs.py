"""What matplotlib's SVG needs before QtSvg paints it into a PDF/A file.

Each repair answers one thing seen on paper or in the extracted text; each is a plain text
change, so it is tested without Qt.
"""

from __future__ import annotations

import re

_STYLE = re.compile(r'style="([^"]*)"')
_SHAPE = re.compile(r"<(?:path|rect|circle|ellipse|polygon|use)\b[^>]*>", re.DOTALL)
_FILL = re.compile(r"(?:^|;)\s*fill:\s*([^;]+)")
_TEXT = re.compile(r"(<text[^>]*>)(.*?)(</text>)", re.DOTALL)
# matplotlib writes an empty line (all its values missing) as a path without "d".
_PATH_WITHOUT_DATA = re.compile(r"<path\b(?![^>]*\sd=)[^>]*/>", re.DOTALL)
ZWNJ = "\u200c"


def ready_for_qt(svg: str) -> str:
    """``svg`` with every repair below made."""
    return without_ligatures(edged_fills(without_empty_paths(svg)))


def without_empty_paths(svg: str) -> str:
    """Paths with no data left out: QtSvg warns about each one."""
    return _PATH_WITHOUT_DATA.sub("", svg)


def edged_fills(svg: str) -> str:
    """Each filled shape without a stroke given a hairline stroke of its own fill colour.

    QtSvg draws "no stroke" with a see-through pen, and a PDF/A-1 file allows nothing
    see-through, so Qt's writer would print a black frame round every background and band.
    """

    def edge(match: re.Match[str]) -> str:
        tag = match.group(0)
        style = _STYLE.search(tag)
        if style is None or "stroke:" in style.group(1):
            return tag
        fill = _FILL.search(style.group(1))
        if fill is None or fill.group(1).strip() == "none":
            return tag
        colour = fill.group(1).strip()
        added = f"{style.group(1)}; stroke: {colour}; stroke-width: 0.01"
        return tag[: style.start(1)] + added + tag[style.end(1) :]

    return _SHAPE.sub(edge, svg)


def without_ligatures(svg: str) -> str:
    """A zero-width non-joiner inside each "ff", "fi" and "fl" of the SVG's text.

    QtSvg joins them into one ligature glyph, which text extraction reads as a rare
    character ("ﬁ"), so "stiffness" could not be found; the non-joiner keeps the letters
    apart and is itself neither seen nor extracted.
    """

    def loosen(match: re.Match[str]) -> str:
        pieces = re.split(r"(<[^>]*>)", match.group(2))
        words = (p if p.startswith("<") else re.sub(r"f(?=[fil])", "f" + ZWNJ, p) for p in pieces)
        return match.group(1) + "".join(words) + match.group(3)

    return _TEXT.sub(loosen, svg)
