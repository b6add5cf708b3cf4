"""The summary as a PDF: every word readable, the same furniture on every page, the paper."""

from __future__ import annotations

import pytest
from picture_builders import COMMENT
from printing.document_builders import (
    MADE,
    PATIENT,
    PERIOD,
    PHOTOS,
    block_words,
    document,
    every_block,
    load_photo,
)
from printing.pdf_reading import all_text, decompressed, fonts, info, page_count, page_texts

from journal.printing.summary_pdf import PrintCancelled, pdf_bytes, photo_ids
from journal.summary.blocks import FOOTER_NOTE, Document, Paragraph, Photo, PhotoPair
from journal.summary.request import Paper


@pytest.fixture(scope="module")
def every_kind_pdf(tmp_path_factory, qapp):
    path = tmp_path_factory.mktemp("pdf") / "every.pdf"
    path.write_bytes(pdf_bytes(document(*every_block()), Paper.A4, load_photo))
    return path


def test_every_word_of_every_block_can_be_read_back(every_kind_pdf):
    text = all_text(every_kind_pdf)
    for block in every_block():
        for word in block_words(block):
            assert word in text, f"{word!r} of {type(block).__name__} is not in the PDF's text"


def test_the_chart_labels_are_text_not_pictures(every_kind_pdf):
    text = all_text(every_kind_pdf)
    for label in ("Pain (0–10)", "Temperature (°C)", "Worst pain", "Pain now", "7-day mean"):
        assert label in text


def test_flags_say_their_level_in_words(every_kind_pdf):
    text = all_text(every_kind_pdf)
    for level in ("Urgent", "Soon", "Next appointment"):
        assert level in text


def test_a_marked_cell_carries_the_mark_before_its_value(every_kind_pdf):
    assert "◆ 48 mg/L" in all_text(every_kind_pdf).replace("◆48", "◆ 48")


def test_every_page_has_the_patient_the_period_and_page_x_of_y(every_kind_pdf):
    pages = page_texts(every_kind_pdf)
    assert len(pages) == page_count(every_kind_pdf) >= 2
    for number, text in enumerate(pages, start=1):
        assert PATIENT in text
        assert PERIOD in text
        assert f"Page {number} of {len(pages)}" in text
        assert FOOTER_NOTE in text


def test_without_a_patient_the_header_names_the_document(write_pdf):
    path = write_pdf(pdf_bytes(document(Paragraph("Hello."), patient=""), Paper.A4, load_photo))
    assert "Symptom summary for my appointment" in page_texts(path)[0]


def test_the_file_is_pdf_a_with_its_title_and_creator(every_kind_pdf):
    fields = info(every_kind_pdf)
    assert fields["Title"] == "Symptom summary for my appointment"
    assert fields["Creator"] == "Symptom Journal"
    data = decompressed(every_kind_pdf.read_bytes())
    assert b"pdfaid:part" in data


def test_every_font_is_embedded(every_kind_pdf):
    rows = fonts(every_kind_pdf)
    assert rows
    for row in rows:
        # name, type words…, encoding, emb, sub, uni, object, generation
        assert row[-5] == "yes", f"{row[0]} is not embedded"
        assert row[-3] == "yes", f"{row[0]} has no text mapping"


@pytest.mark.parametrize(
    ("paper", "size"), [(Paper.A4, "595 x 842 pts (A4)"), (Paper.LETTER, "612 x 792 pts (letter)")]
)
def test_the_page_is_the_paper_asked_for(write_pdf, paper, size):
    path = write_pdf(pdf_bytes(document(*every_block()), paper, load_photo))
    assert info(path)["Page size"] == size


def test_photos_reach_the_pdf_without_their_metadata(every_kind_pdf):
    data = decompressed(every_kind_pdf.read_bytes())
    assert COMMENT not in data
    assert b"Phone maker" not in data
    assert b"secret place" not in data
    assert b"2026:03:03" not in data


def test_a_photo_that_fails_to_load_is_drawn_as_not_available(write_pdf):
    def failing(photo_id: int) -> bytes:
        if photo_id == 2:
            raise OSError("the photo file is missing")
        return b"not a picture" if photo_id == 3 else PHOTOS[photo_id]

    pairs = (
        PhotoPair("Lesion one", Photo(1, "first one"), Photo(2, "second one")),
        PhotoPair("Lesion two", Photo(3, "broken one"), None),
        PhotoPair("Lesion three", None, None, ("Seen without a photo.",)),
    )
    path = write_pdf(pdf_bytes(document(*pairs), Paper.A4, failing))
    text = all_text(path)
    assert text.count("Photo not available") == 2
    # A lone photo has its lines beside it, not an empty frame; a pair with none says so
    # in both its frames.
    assert text.count("No photo in this period") == 2
    assert "first one" in text and "broken one" in text and "Seen without a photo." in text


def test_photo_ids_lists_each_shown_photo_once_in_order():
    pairs = (
        PhotoPair("a", Photo(5, ""), Photo(3, "")),
        Paragraph("between"),
        PhotoPair("b", None, Photo(5, "")),
        PhotoPair("c", Photo(9, ""), None),
    )
    assert photo_ids(document(*pairs)) == [5, 3, 9]


def test_progress_hears_of_every_page_and_a_no_cancels():
    heard = []

    def progress(done: int, total: int) -> bool:
        heard.append((done, total))
        return True

    pdf_bytes(document(*every_block()), Paper.A4, load_photo, progress)
    total = heard[-1][1]
    assert heard == [(n, total) for n in range(total + 1)]

    def stop_after_one(done: int, total: int) -> bool:
        return done < 1

    with pytest.raises(PrintCancelled):
        pdf_bytes(document(*every_block()), Paper.A4, load_photo, stop_after_one)


def test_an_empty_document_still_gives_one_page(write_pdf):
    empty = Document("Nothing", "", PERIOD, MADE, ())
    path = write_pdf(pdf_bytes(empty, Paper.A4, load_photo))
    assert page_count(path) == 1
    assert "Page 1 of 1" in page_texts(path)[0]
