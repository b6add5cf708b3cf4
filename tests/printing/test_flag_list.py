"""The flags on page 1: level, title and dates on one line, then what was recorded and advice."""

from __future__ import annotations

import subprocess

from printing.document_builders import document, load_photo

from journal.flags.model import Level
from journal.printing.summary_pdf import pdf_bytes
from journal.summary.blocks import FlagItem, FlagList
from journal.summary.request import Paper

FLAG = FlagItem(
    Level.SOON,
    "Fever with back pain",
    "Thu 5 Nov 2026",
    "Pain 5/10 on 1 day; Temperature 38.1 °C on 1 day.",
    "This is worth telling your doctor soon, within a day or two.",
)


def test_a_flag_has_its_dates_on_its_title_line_and_takes_three_lines(write_pdf):
    path = write_pdf(pdf_bytes(document(FlagList((FLAG,))), Paper.A4, load_photo))
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    start = next(i for i, line in enumerate(lines) if "Fever with back pain" in line)
    assert lines[start] == "Soon: Fever with back pain · Thu 5 Nov 2026"
    assert lines[start + 1] == FLAG.recorded
    assert lines[start + 2] == FLAG.advice
