"""Hand-built summary documents holding every kind of block, for the printing tests."""

from __future__ import annotations

from datetime import datetime, timedelta

from builders import CET
from charts.chart_builders import FIRST, snapshot_of
from picture_builders import picture

from journal.charts.panels import trend_chart
from journal.flags.model import Level
from journal.pain import PainSite, Region, Side
from journal.summary.blocks import (
    BackMap,
    BackMark,
    Block,
    Cell,
    Chart,
    Document,
    Facts,
    FlagItem,
    FlagList,
    Heading,
    PageBreak,
    Paragraph,
    Photo,
    PhotoPair,
    Table,
    Tone,
)

PATIENT = "Ana Lima, born 3 Mar 1971"
PERIOD = "Sun 1 Mar 2026 to Mon 30 Mar 2026 (30 days)"
MADE = datetime(2026, 3, 31, 10, 0, tzinfo=CET)


def small_chart(days: int = 20):
    """A real trend chart of pain and temperature over a small snapshot."""
    snapshot = snapshot_of(
        {
            d: {"pain_now": 3 + d % 5, "pain_worst": 5 + d % 4, "temperature": 36.8 + (d % 6) / 5}
            for d in range(days)
        }
    )
    return trend_chart(snapshot, ["pain", "temperature"], FIRST, FIRST + timedelta(days=days - 1))


def document(*blocks: Block, patient: str = PATIENT, period: str = PERIOD) -> Document:
    """A document of ``blocks`` with the usual title, patient and period."""
    return Document("Symptom summary for my appointment", patient, period, MADE, tuple(blocks))


def every_block() -> tuple[Block, ...]:
    """One or more of each kind of block, each with words of its own to look for."""
    return (
        Heading("Symptom summary for my appointment"),
        Facts((("Period", PERIOD), ("Days with a record", "twenty-six of thirty"))),
        Heading("Red flags", 2),
        FlagList(
            (
                FlagItem(
                    Level.URGENT,
                    "Fever with back pain",
                    "Tue 3 Mar to Thu 5 Mar",
                    "highest 38.6 °C",
                    "Worth telling your doctor today.",
                ),
                FlagItem(
                    Level.SOON,
                    "Numbness in a leg",
                    "Fri 13 Mar",
                    "left leg numb",
                    "Worth telling your doctor within days.",
                ),
                FlagItem(
                    Level.NEXT_APPOINTMENT,
                    "Weight going down",
                    "all period",
                    "lost 2.1 kg",
                    "Worth telling your doctor next time.",
                ),
            )
        ),
        FlagList((), empty_text="Nothing flagged previously."),
        Table(
            ("Test", "Result", "Normal range"),
            (
                (Cell("CRP", strong=True), Cell("48 mg/L", marked=True), Cell("below 5")),
                (Cell("ESR", strong=True), Cell("12 mm/h"), Cell("below 20")),
            ),
            (2, 1, 1),
            note="◆ outside the normal range",
        ),
        Chart(small_chart(), 60.0, "Shaded: antibiotic course."),
        Paragraph("Plain body words stand here.", Tone.BODY),
        Paragraph("Computed mean rose gently.", Tone.COMPUTED),
        Paragraph("No temperature recorded on nine days.", Tone.QUIET),
        Paragraph("Patient-recorded figures only; bring questions.", Tone.NOTICE),
        PageBreak(),
        Heading("Skin lesions"),
        BackMap(
            (BackMark("1", Region.LOWER_BACK, Side.LEFT), BackMark("2", Region.NECK, Side.RIGHT)),
            {PainSite(Region.LOWER_BACK, Side.MIDDLE): 14, PainSite(Region.LEG, Side.LEFT): 2},
            caption="1 boil near hip; 2 patch on neck; most often lower back, middle (14)",
        ),
        PhotoPair(
            "1 Boil near the hip",
            Photo(1, "Tue 3 Mar: three centimetres"),
            Photo(2, "Mon 30 Mar: one centimetre"),
            ("Smaller than before", "Signs: redness"),
        ),
    )


PHOTOS = {
    1: picture((640, 480), "red", gps=True, taken="2026:03:03 09:00:00"),
    2: picture((480, 640), "green", orientation=6),
}


def load_photo(photo_id: int) -> bytes:
    """The test photos by id; an unknown id fails as a store would."""
    return PHOTOS[photo_id]


def block_words(block: Block) -> list[str]:
    """The words a block must print, as plain text."""
    match block:
        case Heading() | Paragraph():
            texts = [block.text]
        case Facts():
            texts = [t for pair in block.items for t in pair]
        case FlagList():
            texts = [t for i in block.items for t in (i.title, i.dates, i.recorded, i.advice)]
            texts = texts or [block.empty_text]
        case Table():
            texts = [*block.columns, *(c.text for row in block.rows for c in row), block.note]
        case Chart():
            texts = [block.caption, *(p.title for p in block.chart.panels)]
        case PhotoPair():
            texts = [block.title, *block.lines]
            texts += [p.caption for p in (block.first, block.latest) if p is not None]
        case BackMap():
            # The key in words is the caption, made with the content.
            texts = [block.caption]
        case _:
            texts = []
    return [w for text in texts for w in text.split()]


def lines(count: int, prefix: str = "row") -> list[str]:
    """``count`` distinct short texts."""
    return [f"{prefix}{i:03d} alpha{i} beta{i}" for i in range(count)]
