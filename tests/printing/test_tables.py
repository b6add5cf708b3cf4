"""Tables on paper: columns as wide as their words, and titles that look alike on every page."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter

from journal.printing.canvas import Canvas
from journal.printing.tables import PAD_X_MM, cell_text, column_widths, fit_columns, table_piece
from journal.printing.typography import TABLE_PT, Ruler, font
from journal.printing.wrapped_text import WrappedText, longest_word_width
from journal.summary.blocks import Cell, Table

DPI = 300
MEDICINES = Table(
    ("Medicine", "For", "Dose", "Given", "Course", "Doses taken in period", "Side effects noted"),
    (
        (
            Cell("Ibuprofen", strong=True),
            Cell("Anti-inflammatory"),
            Cell("400 mg\nAs needed"),
            Cell("By mouth"),
            Cell("From Tue 4 Aug 2026, no end set"),
            Cell("8 doses taken"),
            Cell("None noted"),
        ),
        (
            Cell("Flucloxacillin", strong=True),
            Cell("Antibiotic"),
            Cell("2 g\n4 times a day: 06:00, 12:00, 18:00, 23:00"),
            Cell("IV (drip)"),
            Cell("Tue 25 Aug 2026 to Mon 5 Oct 2026 (6 weeks)"),
            Cell("12 of 12 doses (100%)"),
            Cell("None noted"),
        ),
    ),
    (1.4, 1.1, 1.5, 0.9, 1.6, 1.2, 1.6),
)


def _image(width_mm: float = 180, height_mm: float = 60) -> QImage:
    ruler = Ruler(DPI)
    image = QImage(
        round(ruler.mm(width_mm)), round(ruler.mm(height_mm)), QImage.Format.Format_RGB32
    )
    per_metre = round(DPI / 0.0254)
    image.setDotsPerMeterX(per_metre)
    image.setDotsPerMeterY(per_metre)
    image.fill(Qt.GlobalColor.white)
    return image


def _canvas(image: QImage) -> Canvas:
    ruler = Ruler.of(image)
    return Canvas(image, ruler, float(image.width()), float(image.height()), lambda _: b"")


def _lines(table: Table, canvas: Canvas, widths: list[float]) -> list[list[str]]:
    """Each cell's text as the drawing breaks it into lines."""
    pad = 2 * canvas.mm(PAD_X_MM)
    out = []
    for row in table.rows:
        for cell, width in zip(row, widths, strict=True):
            wrapped = WrappedText(
                cell_text(cell), font(TABLE_PT, bold=cell.strong), width - pad, canvas.device
            )
            layout = wrapped._layout
            text = layout.text()
            out.append(
                [
                    text[layout.lineAt(i).textStart() :][: layout.lineAt(i).textLength()].strip()
                    for i in range(wrapped.line_count)
                ]
            )
    return out


def test_no_column_is_narrower_than_its_longest_word_when_the_page_allows():
    canvas = _canvas(_image())
    widths = column_widths(MEDICINES, canvas)
    assert sum(widths) == pytest.approx(canvas.width)
    pad = 2 * canvas.mm(PAD_X_MM)
    for index, width in enumerate(widths):
        for row in MEDICINES.rows:
            cell = row[index]
            word = longest_word_width(
                cell_text(cell), font(TABLE_PT, bold=cell.strong), canvas.device
            )
            assert width - pad >= word
    every_line = [line for cell in _lines(MEDICINES, canvas, widths) for line in cell]
    assert "Anti-inflammatory" in every_line
    assert "Flucloxacillin" in every_line


def test_a_word_wider_than_the_page_allows_is_the_only_thing_broken():
    word = "Pseudohypoparathyroidism-related" * 3
    table = Table(("Name", "Note"), ((Cell("Ana"), Cell(word)),), (1, 1))
    canvas = _canvas(_image(width_mm=60))
    widths = column_widths(table, canvas)
    assert sum(widths) == pytest.approx(canvas.width)
    name_lines, _ = _lines(table, canvas, widths)
    assert name_lines == ["Ana"]


def test_the_width_left_over_goes_by_the_given_shares():
    assert fit_columns([1, 3], [10, 10], 100) == pytest.approx([25, 75])
    # The first column needs more than its share; the other two share the rest 1:2.
    assert fit_columns([1, 1, 2], [40, 10, 10], 100) == pytest.approx([40, 20, 40])


def test_a_column_takes_no_more_than_its_text_needs_while_another_wraps():
    # The second column's text fits in 20: the first, which wraps, gets the rest.
    assert fit_columns([1, 1], [10, 10], 100, most=[200, 20]) == pytest.approx([80, 20])
    # When every column's text fits, the spare width goes by the shares.
    assert fit_columns([1, 1], [10, 10], 100, most=[30, 20]) == pytest.approx([55, 45])


def test_when_the_least_widths_do_not_fit_only_the_widest_give_way():
    assert fit_columns([1, 1, 1], [10, 80, 60], 100) == pytest.approx([10, 45, 45])


def test_without_given_widths_the_shares_follow_the_content():
    table = Table(("A", "B"), ((Cell("x"), Cell("a much longer cell of words than the first")),))
    widths = column_widths(table, _canvas(_image()))
    assert widths[1] > 3 * widths[0]


def _dark(colour: QColor) -> bool:
    return colour.lightness() < 128


def test_a_marked_cell_under_the_titles_leaves_their_rule_whole():
    """The titles' rule runs unbroken over a marked cell, so titles repeated on a new page
    (where the first row may well be marked) look as they did on the first."""
    table = Table(
        ("What", "This period", "Period before"),
        ((Cell("ESR"), Cell("19 mm/h"), Cell("31 mm/h", marked=True)),),
    )
    image = _image()
    canvas = _canvas(image)
    piece = table_piece(table, canvas, 0.0)
    painter = QPainter(image)
    piece.header.draw(painter, 0.0, 0.0)
    piece.parts[0].draw(painter, 0.0, piece.header.height)
    painter.end()
    # The rule lies inside the titles' own height, at their bottom edge.
    rule_y = round(piece.header.height - canvas.mm(0.25))
    across = [image.pixelColor(x, rule_y) for x in range(2, image.width() - 2)]
    assert all(_dark(c) for c in across)
    # And the tint of the marked cell stays below it.
    widths = column_widths(table, canvas)
    inside_mark = round(widths[0] + widths[1] + canvas.mm(0.5))
    below = image.pixelColor(inside_mark, round(piece.header.height + canvas.mm(0.3)))
    assert not _dark(below) and below != QColor(Qt.GlobalColor.white)
