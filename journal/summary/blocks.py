"""The summary as a document: a flat list of blocks that the printing layer lays out on pages.

Pure data, so what the summary says is tested without Qt. The printing layer
(``journal.printing``) measures each block, never splits one across a page break (a table
may break between rows, repeating its column titles), keeps a heading with the block after
it, and draws the page furniture from :class:`Document`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from journal.charts.chart import TrendChart
from journal.dates import day_text
from journal.flags.model import Level
from journal.lesions.lesion import Region, Side
from journal.pain import PainSite
from journal.translation import QT_TRANSLATE_NOOP, translate

FOOTER_NOTE = QT_TRANSLATE_NOOP("Summary", "Patient-recorded; not a diagnosis")
# Printed before a marked cell's text (which is bold too), so a table's note can say what
# the mark means: never colour alone.
CELL_MARK = "◆"


class Tone(StrEnum):
    """How a paragraph reads on paper."""

    BODY = "body"
    # What the program computed rather than what the patient recorded; drawn in italics.
    COMPUTED = "computed"
    # Missing data and other caveats: smaller and grey, but never hidden.
    QUIET = "quiet"
    # The disclaimer and similar lines that must be read: framed.
    NOTICE = "notice"


@dataclass(frozen=True)
class Heading:
    """A title; level 1 starts a section, level 2 a part of one. Kept with the next block."""

    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    """Running text, wrapped to the page width."""

    text: str
    tone: Tone = Tone.BODY


@dataclass(frozen=True)
class Facts:
    """Short label/value lines in two columns ("Period": "Mon 2 Nov 2026 to …")."""

    items: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Cell:
    """One table cell.

    Attributes:
        text: what it says; may hold line breaks.
        strong: drawn bold (a row's name, a total).
        marked: out of the normal range or otherwise worth a look: bold with
            :data:`CELL_MARK` before it, never colour alone.
    """

    text: str
    strong: bool = False
    marked: bool = False


@dataclass(frozen=True)
class Table:
    """Rows under column titles. Breaks only between rows; the titles repeat on each page.

    Attributes:
        columns: the column titles.
        rows: each row has one cell per column.
        widths: each column's share of the width (any positive numbers); equal when empty.
        note: a line under the table (what a mark means), empty for none.
    """

    columns: tuple[str, ...]
    rows: tuple[tuple[Cell, ...], ...]
    widths: tuple[float, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class FlagItem:
    """One red flag as page 1 lists it.

    Attributes:
        level: how soon it is worth telling a doctor; drawn as words and an icon.
        title: the rule's plain title.
        dates: its days in words.
        recorded: one line of what was recorded.
        advice: "Worth telling your doctor …" — never a diagnosis.
    """

    level: Level
    title: str
    dates: str
    recorded: str
    advice: str


@dataclass(frozen=True)
class FlagList:
    """The period's red flags, most urgent first; ``empty_text`` when there are none."""

    items: tuple[FlagItem, ...]
    empty_text: str = field(
        default_factory=lambda: translate("Summary", "No red flags in this period.")
    )


@dataclass(frozen=True)
class Chart:
    """A trend chart drawn as vector graphics.

    Attributes:
        chart: what to draw (see ``journal.charts``).
        height_mm: the drawing's height on paper; the width is the page's.
        caption: a line under it (what the shading means), empty for none.
    """

    chart: TrendChart
    height_mm: float = 80.0
    caption: str = ""


@dataclass(frozen=True)
class Photo:
    """A stored photo, read through the store when drawn (never by file path)."""

    photo_id: int
    caption: str


@dataclass(frozen=True)
class PhotoPair:
    """A lesion's first and latest photo of the period side by side, with what changed.

    Attributes:
        title: the lesion's name and place.
        first: the earlier photo, or None when there is none.
        latest: the later photo, or None when the period holds only one.
        lines: size, signs and how it changed, one line each.
    """

    title: str
    first: Photo | None
    latest: Photo | None
    lines: tuple[str, ...] = ()


@dataclass(frozen=True)
class BackMark:
    """A lesion's place on the drawing of the back, with a short label ("1")."""

    label: str
    region: Region
    side: Side


@dataclass(frozen=True)
class BackMap:
    """A small drawing of the back: where each lesion is, and where pain was recorded most.

    Attributes:
        lesions: one mark per lesion.
        pain: how many check-ins recorded pain at each site.
        caption: the key to the labels.
    """

    lesions: tuple[BackMark, ...] = ()
    pain: Mapping[PainSite, int] = field(default_factory=dict)
    caption: str = ""


@dataclass(frozen=True)
class PageBreak:
    """Start the next block on a new page."""


Block = Heading | Paragraph | Facts | Table | FlagList | Chart | PhotoPair | BackMap | PageBreak


@dataclass(frozen=True)
class Document:
    """The whole summary.

    Attributes:
        title: the document's title, on page 1 and in the PDF's metadata.
        patient: the name (and date of birth) for every page's header; empty when not given.
        period: the period in words for every page's header.
        made_at: when it was made, for page 1 and the PDF's metadata.
        blocks: the content, in reading order.
        footer_note: printed on every page beside "Page X of Y".
    """

    title: str
    patient: str
    period: str
    made_at: datetime
    blocks: tuple[Block, ...]
    footer_note: str = field(default_factory=lambda: translate("Summary", FOOTER_NOTE))


def patient_line(name: str, birth_date: date | None) -> str:
    """ "Ana Lima, born 3 Mar 1971", or whichever part is given, or ""."""
    parts = [name.strip()] if name.strip() else []
    if birth_date is not None:
        born = translate("Summary", "born {day}")
        parts.append(born.format(day=day_text(birth_date, weekday=False)))
    return ", ".join(parts)
