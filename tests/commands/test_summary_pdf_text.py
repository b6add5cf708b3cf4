"""The summary a patient brings, read back from the PDF as a doctor's program would.

A journal with known figures in the period and in the one before is drawn for real; page 1's
words are checked against those figures, every page's furniture against the document, and
the choice of sections and an empty period against what the user asked for.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from printing.pdf_reading import page_texts

from journal.care.records import LabResult
from journal.checkin import CheckIn
from journal.commands.summary import summary_pdf_bytes
from journal.store import open_journal
from journal.summary.request import Section, SummaryRequest

FIRST = date(2026, 10, 1)
LAST = date(2026, 10, 14)  # 14 days; the period before is 17–30 Sep


def _at(day: date, hour: int = 8) -> datetime:
    return datetime.combine(day, time(hour)).astimezone()


@pytest.fixture
def journal(journal_path):
    """Pain 6 every day before the period and 3 in it; two fevers in the period, on 2 and 9
    Oct (38.4 and 39.1 °C), none before; stiffness 40 min on five days; CRP 120 then 30."""
    with open_journal(journal_path) as store:
        for n in range(14):
            before, during = FIRST - timedelta(days=14 - n), FIRST + timedelta(days=n)
            store.checkins.add(CheckIn(_at(before), {"pain_now": 6.0, "temperature": 37.0}))
            values = {"pain_now": 3.0, "temperature": 36.8}
            if n in (1, 8):
                values["temperature"] = 38.4 if n == 1 else 39.1
            if n < 5:
                values["stiffness_minutes"] = 40.0
            store.checkins.add(CheckIn(_at(during), values, note=f"day {n}", show_doctor=n == 3))
        store.labs.add(LabResult("CRP", FIRST + timedelta(days=1), 120, "mg/L", reference_high=5))
        store.labs.add(LabResult("CRP", FIRST + timedelta(days=12), 30, "mg/L", reference_high=5))
    return journal_path


def _pages(journal_path, tmp_path, **request) -> list[str]:
    out = tmp_path / "summary.pdf"
    with open_journal(journal_path) as store:
        out.write_bytes(summary_pdf_bytes(store, SummaryRequest(**request)))
    return page_texts(out)


def test_page_one_gives_the_periods_figures_beside_the_period_before(journal, tmp_path):
    page = _pages(journal, tmp_path, first=FIRST, last=LAST)[0]
    assert "Thu 1 Oct 2026 to Wed 14 Oct 2026 (14 days)" in page
    # Facts are two columns, which text extraction reads one after the other.
    assert "Days with a check-in" in page and "(14 days) 14 of 14" in page
    assert "Thu 17 Sep 2026 to Wed 30 Sep 2026, a check-in on 14 of 14 days" in page
    assert "Pain (0–10) mean 3.0, highest 3 mean 6.0, highest 6" in page
    assert "Fever days (≥ 38.0 °C) ◆ 2 of 14 days measured 0 of 14 days measured" in page
    assert "Highest temperature 39.1 °C 37.0 °C" in page
    assert "Stiffness, median 40 min not recorded" in page
    assert "CRP, first to latest ◆ 120 → 30 mg/L, 2 Oct–13 Oct no result" in page
    assert "Stiffness over 30 min 5 of 5 days recorded not recorded" in page
    assert "Soon: Fever with back pain · Fri 2 Oct 2026; Fri 9 Oct 2026" in page
    assert "Temperature 38.4–39.1 °C on 2 days" in page and "worth telling your doctor" in page
    assert "No morning stiffness recorded on 9 of 14 days." in page


def test_every_page_has_the_patient_the_period_and_page_x_of_y(journal, tmp_path):
    pages = _pages(journal, tmp_path, first=FIRST, last=LAST, patient_name="Ana Lima")
    assert len(pages) > 1
    for number, page in enumerate(pages, start=1):
        assert page.startswith("Ana Lima Thu 1 Oct 2026 to Wed 14 Oct 2026 (14 days)")
        assert page.endswith(f"Patient-recorded; not a diagnosis Page {number} of {len(pages)}")


def test_the_sections_asked_for_are_there_and_no_others(journal, tmp_path):
    chosen = frozenset({Section.LABS, Section.NOTES})
    text = " ".join(_pages(journal, tmp_path, first=FIRST, last=LAST, sections=chosen))
    assert "Labs and imaging" in text and "Notes for my doctor" in text and "day 3" in text
    for left_out in (Section.TRENDS, Section.MEDICINES, Section.LESIONS, Section.CONTEXT):
        assert left_out.title not in text


def test_an_empty_period_is_one_page_that_says_so(journal, tmp_path):
    empty = date(2025, 1, 1)
    pages = _pages(journal, tmp_path, first=empty, last=empty + timedelta(days=29))
    assert len(pages) == 1
    assert "Nothing was recorded from Wed 1 Jan 2025 to Thu 30 Jan 2025" in pages[0]
    assert pages[0].endswith("Page 1 of 1")
