"""The medicines section and the labs and imaging section, checked against the records."""

from __future__ import annotations

from datetime import date

from builders import at
from care_builders import iv_course
from summary.section_builders import blocks_of, inputs_of, texts

from journal.care.records import DoseEvent, DoseStatus, Imaging, LabResult, Purpose, Regimen, Route
from journal.snapshot import JournalSnapshot
from journal.summary.blocks import Heading, Paragraph, Table, Tone
from journal.summary.care_sections import change_text, lab_blocks, medicine_blocks


def _ibuprofen(**changes) -> Regimen:
    values = dict(
        name="Ibuprofen",
        dose=400,
        dose_unit="mg",
        route=Route.ORAL,
        purpose=Purpose.ANTI_INFLAMMATORY,
        start=date(2026, 10, 1),
        id=2,
    )
    return Regimen(**(values | changes))


def _medicine_rows(snapshot) -> list[list[str]]:
    (table,) = blocks_of(medicine_blocks(inputs_of(snapshot)), Table)
    return [texts(row) for row in table.rows]


def test_a_medicine_row_says_what_it_is_for_its_dose_course_and_doses_taken():
    course = iv_course(date(2026, 11, 10), id=1, planned_length="2 weeks")  # 7 to 20 Nov
    doses = tuple(
        DoseEvent(1, at(day, hour), DoseStatus.TAKEN) for day in (7, 8) for hour in (6, 12)
    )
    (row,) = _medicine_rows(JournalSnapshot(regimens=(course,), doses=doses))
    assert row[:4] == [
        "Flucloxacillin",
        "Antibiotic",
        "2 g\n4 times a day: 08:00, 12:40, 17:20, 22:00",
        "IV (drip)",
    ]
    assert row[4] == "Sat 7 Nov 2026 to Fri 20 Nov 2026 (2 weeks)"
    # Fourteen days of four doses are scheduled in the period; four were taken.
    assert row[5] == "4 of 56 doses (7%)"
    assert row[6] == "None noted"


def test_side_effects_noted_in_the_period_are_listed_once_each_with_their_day():
    doses = (
        DoseEvent(2, at(1), DoseStatus.AS_NEEDED, side_effects="Heartburn before"),
        DoseEvent(2, at(3), DoseStatus.AS_NEEDED, side_effects="Nausea"),
        DoseEvent(2, at(4), DoseStatus.AS_NEEDED, side_effects="nausea "),
        DoseEvent(2, at(5), DoseStatus.AS_NEEDED, side_effects="Dizzy"),
    )
    (row,) = _medicine_rows(JournalSnapshot(regimens=(_ibuprofen(),), doses=doses))
    assert row[5] == "3 doses taken"
    assert row[6] == "3 Nov: Nausea\n5 Nov: Dizzy"


def test_only_medicines_of_the_period_or_still_taken_are_listed_oldest_first():
    ended = _ibuprofen(name="Naproxen", start=date(2026, 9, 1), end=date(2026, 10, 1), id=3)
    later = _ibuprofen(name="Codeine", start=date(2026, 12, 5), id=4)
    open_ended = _ibuprofen(start=date(2026, 6, 1))
    course = iv_course(date(2026, 11, 10), id=1)
    rows = _medicine_rows(JournalSnapshot(regimens=(course, ended, later, open_ended)))
    assert [row[0] for row in rows] == ["Ibuprofen", "Flucloxacillin"]
    assert rows[0][4] == "From Mon 1 Jun 2026, no end set"


def test_no_medicines_says_so_under_the_heading():
    assert medicine_blocks(inputs_of(JournalSnapshot())) == [
        Heading("Medicines"),
        Paragraph("No medicines recorded in this period."),
    ]


def _lab_table(labs, imaging=()):
    blocks = lab_blocks(inputs_of(JournalSnapshot(labs=tuple(labs), imaging=tuple(imaging))))
    return blocks, blocks_of(blocks, Table)


def test_lab_rows_follow_the_records_by_date_with_units_and_ranges():
    labs = [
        LabResult("ESR", date(2026, 11, 9), 18, "mm/h", reference_high=20),
        LabResult("CRP", date(2026, 11, 3), 4, "mg/L", reference_low=0, reference_high=5),
        LabResult("CRP", date(2026, 10, 30), 90, "mg/L"),
        LabResult("WBC", date(2026, 11, 3), 7.5),
    ]
    _, (table, *_) = _lab_table(labs)
    assert [texts(row) for row in table.rows] == [
        ["Tue 3 Nov 2026", "CRP", "4", "mg/L", "0–5"],
        ["Tue 3 Nov 2026", "WBC", "7.5", "×10⁹/L", "up to 11 (usual)"],
        ["Mon 9 Nov 2026", "ESR", "18", "mm/h", "up to 20"],
    ]
    assert not any(cell.marked for row in table.rows for cell in row)


def test_out_of_range_values_are_marked_with_a_word():
    labs = [
        LabResult("CRP", date(2026, 11, 3), 48, "mg/L", reference_high=5),
        LabResult("Haemoglobin", date(2026, 11, 3), 98, "g/L", 130, 170),
        LabResult("ESR", date(2026, 11, 3), 35, "mm/h"),  # above the usual 20
        LabResult("Blood culture", date(2026, 11, 3), text="positive: S. aureus"),
        LabResult("Blood culture", date(2026, 11, 4), text="negative"),
    ]
    _, (table, *_) = _lab_table(labs)
    results = {(row[1].text, row[2].text): row[2].marked for row in table.rows}
    assert results == {
        ("Blood culture", "positive: S. aureus"): True,
        ("CRP", "48 high"): True,
        ("ESR", "35 high"): True,
        ("Haemoglobin", "98 low"): True,
        ("Blood culture", "negative"): False,
    }
    assert "“high”" in table.note


def test_the_change_of_each_test_runs_from_its_first_result_to_its_latest():
    labs = [
        LabResult("CRP", date(2026, 11, 3), 100, "mg/L", reference_high=5),
        LabResult("CRP", date(2026, 11, 10), 60, "mg/L", reference_high=5),
        LabResult("CRP", date(2026, 11, 24), 25, "mg/L", reference_high=5),
        LabResult("ESR", date(2026, 11, 3), 40, "mm/h"),
    ]
    blocks, (_, change) = _lab_table(labs)
    assert Heading("Change over the period", level=2) in blocks
    # One ESR result has no change to show.
    assert [texts(row) for row in change.rows] == [
        [
            "CRP",
            "100 mg/L high on Tue 3 Nov 2026",
            "25 mg/L high on Tue 24 Nov 2026",
            "Down 75 mg/L (75 %)",
        ]
    ]
    assert change.rows[0][2].marked


def test_change_words_give_figures_both_ways():
    assert change_text(20, 24, "mm/h") == "Up 4 mm/h (20 %)"
    assert change_text(5, 5, "mg/L") == "Unchanged"
    assert change_text(0, 3, "mg/L") == "Up 3 mg/L"


def test_imaging_of_the_period_follows_the_labs():
    imaging = [
        Imaging("MRI", date(2026, 11, 20), "Healing at L3–L4."),
        Imaging("X-ray", date(2026, 10, 1), "Old"),
        Imaging("CT", date(2026, 11, 4)),
    ]
    blocks, (table,) = _lab_table([], imaging)
    assert Paragraph("No lab results recorded in this period.", Tone.QUIET) in blocks
    assert [texts(row) for row in table.rows] == [
        ["Wed 4 Nov 2026", "CT", "No result"],
        ["Fri 20 Nov 2026", "MRI", "Healing at L3–L4."],
    ]


def test_no_labs_or_imaging_says_so_under_the_heading():
    assert lab_blocks(inputs_of(JournalSnapshot())) == [
        Heading("Labs and imaging"),
        Paragraph("No lab results or imaging recorded in this period."),
    ]
