"""Long and huge summaries on paper: rows never cut, titles repeated, nothing lost or crashed."""

from __future__ import annotations

from printing.document_builders import document, lines, load_photo, small_chart
from printing.pdf_reading import all_text, page_count, page_texts

from journal.lesions.lesion import Region, Side
from journal.printing.summary_pdf import paint, pdf_bytes
from journal.summary.blocks import (
    BackMap,
    BackMark,
    Cell,
    Chart,
    Facts,
    Heading,
    Paragraph,
    Photo,
    PhotoPair,
    Table,
)
from journal.summary.request import Paper


def _long_table(count: int) -> Table:
    rows = tuple(
        (Cell(text, strong=True), Cell(f"value{i}", marked=i % 4 == 0), Cell("note " * (i % 9)))
        for i, text in enumerate(lines(count))
    )
    return Table(("Day column", "Value column", "Note column"), rows, (2, 1, 3), "◆ worth a look")


def test_a_long_table_breaks_between_rows_and_repeats_its_titles(write_pdf):
    path = write_pdf(pdf_bytes(document(Heading("Labs"), _long_table(120)), Paper.A4, load_photo))
    pages = page_texts(path)
    assert len(pages) >= 3
    for text in pages:
        for title in ("Day column", "Value column", "Note column"):
            assert title in text
    for row in lines(120):
        holding = [n for n, text in enumerate(pages) if row in text]
        assert len(holding) == 1, f"{row!r} is cut or missing: on pages {holding}"
    assert "◆ worth a look" in pages[-1]


def test_a_heading_is_never_the_last_thing_on_a_page(write_pdf):
    # Filler that leaves a heading's height, but not its table's, at the foot of page 1.
    for filler_count in range(30, 46, 3):
        filler = [Paragraph(f"filler{i} words to fill the page") for i in range(filler_count)]
        blocks = [*filler, Heading("Kept heading"), Paragraph("first words after the heading")]
        path = write_pdf(pdf_bytes(document(*blocks), Paper.A4, load_photo))
        for text in page_texts(path):
            if "Kept heading" in text:
                assert "first words after the heading" in text, filler_count


def test_a_chart_and_a_photo_pair_are_never_split(write_pdf):
    filler = [Paragraph(f"filler{i} words to fill the page") for i in range(38)]
    pair = PhotoPair("Pair title", Photo(1, "left caption"), Photo(2, "right caption"), ("after",))
    chart = Chart(small_chart(), 70.0, "Chart caption")
    path = write_pdf(pdf_bytes(document(*filler, pair, *filler, chart), Paper.A4, load_photo))
    pages = page_texts(path)
    for together in (("Pair title", "right caption", "after"), ("Pain (0–10)", "Chart caption")):
        holding = {n for n, text in enumerate(pages) for word in together if word in text}
        assert len(holding) == 1, f"{together} spread over pages {holding}"


def test_a_paragraph_longer_than_a_page_runs_on_with_every_word(write_pdf):
    text = " ".join(f"word{i}" for i in range(4000))
    path = write_pdf(pdf_bytes(document(Paragraph(text)), Paper.A4, load_photo))
    assert page_count(path) >= 3
    extracted = all_text(path).split()
    assert all(f"word{i}" in extracted for i in range(4000))


def test_huge_blocks_are_shrunk_or_broken_never_a_crash(write_pdf):
    huge_cell = Table(("A", "B"), ((Cell("cell " * 3000), Cell("right")),))
    many_facts = Facts(tuple((f"label{i}", f"value{i}") for i in range(200)))
    crowded = BackMap(
        tuple(BackMark(str(i), Region.LOWER_BACK, Side.LEFT) for i in range(40)),
        caption="forty lesions",
    )
    tall_chart = Chart(small_chart(), 900.0, "A very tall chart")
    blocks = (huge_cell, many_facts, crowded, tall_chart)
    path = write_pdf(pdf_bytes(document(*blocks), Paper.LETTER, load_photo))
    text = all_text(path)
    for words in ("right", "label0", "value0", "label199", "value199", "forty lesions"):
        assert words in text
    assert "A very tall chart" in text
    assert page_count(path) >= 4


def test_a_printer_gets_the_same_pages_as_the_pdf(tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    blocks = (Heading("Labs"), _long_table(80), Paragraph("closing words"))
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = paint(document(*blocks), printer, load_photo)
    assert pages == page_count(tmp_path / "printed.pdf")
    written = tmp_path / "written.pdf"
    written.write_bytes(pdf_bytes(document(*blocks), Paper.A4, load_photo))
    assert page_count(written) == pages
    assert f"Page {pages} of {pages}" in page_texts(tmp_path / "printed.pdf")[-1]
