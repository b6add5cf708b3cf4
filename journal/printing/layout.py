"""Breaking measured blocks into pages.

Each block is measured into a :class:`Piece` of one or more :class:`Part` s. A piece is kept
whole on one page; only a table breaks, between its rows, and repeats its column titles at
the top of the next page. A heading stays with the start of the block after it. A piece
taller than a whole page breaks between its parts (lines, items), and a single part taller
than a page is drawn shrunk to fit — never lost and never a crash.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from PySide6.QtGui import QPainter

# Draws a part with its top left at (x, y) in device pixels.
Draw = Callable[[QPainter, float, float], None]


@dataclass(frozen=True)
class Part:
    """Something drawn in one go that never splits: a table row, a chart, a paragraph."""

    height: float
    draw: Draw


@dataclass(frozen=True)
class Piece:
    """A measured block.

    Attributes:
        parts: what it draws, top to bottom.
        gap_before: space above it, unless it starts a page.
        keep_with_next: never the last thing on a page (a heading).
        header: drawn above its first part and again atop each page it continues on
            (a table's column titles).
        breaks: may break between its parts even when it would fit on one page.
        page_break: starts a new page and draws nothing.
    """

    parts: tuple[Part, ...] = ()
    gap_before: float = 0.0
    keep_with_next: bool = False
    header: Part | None = None
    breaks: bool = False
    page_break: bool = False

    @property
    def height(self) -> float:
        """The piece's whole height, header included."""
        head = self.header.height if self.header else 0.0
        return head + sum(p.height for p in self.parts)


@dataclass(frozen=True)
class Placed:
    """A part on a page: its top, and the room it has (less than its height when shrunk)."""

    part: Part
    y: float
    room: float

    @property
    def scale(self) -> float:
        """How much it is shrunk to fit: 1.0 for not at all."""
        return min(1.0, self.room / self.part.height) if self.part.height > 0 else 1.0


@dataclass
class _Pages:
    height: float
    pages: list[list[Placed]] = field(default_factory=lambda: [[]])
    y: float = 0.0

    @property
    def empty(self) -> bool:
        return not self.pages[-1]

    def new_page(self) -> None:
        if not self.empty:
            self.pages.append([])
            self.y = 0.0

    def fits(self, height: float) -> bool:
        return self.y + height <= self.height + 0.5

    def place(self, part: Part) -> None:
        room = min(part.height, self.height - self.y)
        self.pages[-1].append(Placed(part, self.y, room))
        self.y += room


def paginate(pieces: Sequence[Piece], page_height: float) -> list[list[Placed]]:
    """The pieces laid out on pages ``page_height`` high, in reading order; at least one page."""
    pages = _Pages(page_height)
    for index, piece in enumerate(pieces):
        if piece.page_break:
            pages.new_page()
            continue
        gap = 0.0 if pages.empty else piece.gap_before
        if not pages.fits(gap + _opening(pieces, index, page_height)):
            pages.new_page()
            gap = 0.0
        pages.y += gap
        _place(pages, piece, page_height)
    return pages.pages


def _place(pages: _Pages, piece: Piece, page_height: float) -> None:
    whole = piece.height <= page_height and not piece.breaks
    if whole:
        if piece.header:
            pages.place(piece.header)
        for part in piece.parts:
            pages.place(part)
        return
    header = piece.header
    if header:
        pages.place(header)
    for part in piece.parts:
        head = header.height if header else 0.0
        if not pages.fits(part.height) and pages.y > head + 0.5:
            pages.new_page()
            if header:
                pages.place(header)
        pages.place(part)


def _opening(pieces: Sequence[Piece], index: int, page_height: float) -> float:
    """The height that must fit on this page for ``pieces[index]`` to start here.

    A heading brings the opening of what follows it; a piece that fits on a page needs all of
    itself; one that breaks needs its first part (and its header).
    """
    piece = pieces[index]
    if piece.page_break:
        return 0.0
    head = piece.header.height if piece.header else 0.0
    if piece.height <= page_height and not piece.breaks:
        need = piece.height
    else:
        need = head + (piece.parts[0].height if piece.parts else 0.0)
    if piece.keep_with_next and index + 1 < len(pieces) and not pieces[index + 1].page_break:
        following = pieces[index + 1].gap_before + _opening(pieces, index + 1, page_height)
        # A chain of headings with a huge block after them still starts somewhere.
        need = min(need + following, page_height)
    return need
