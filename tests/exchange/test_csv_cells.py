"""CSV cells a spreadsheet never runs as formulas, read back exactly; bad files named."""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, timedelta, timezone

import pytest

from journal.checkin import CheckIn
from journal.exchange.archive import pack_zip
from journal.exchange.contents import JournalContents
from journal.exchange.csv_tables import cell, csv_contents, csv_files, escape_cell, unescape_cell
from journal.exchange.formats import ExportFormat, own_export_entries, read_own_export
from journal.exchange.peers import ImportProblem

ZONE = timezone(timedelta(hours=-5))


@pytest.mark.parametrize("text", ["=HYPERLINK(x)", "+1", "-2+3", "@SUM", "\tx", "\rx", "'q"])
def test_a_cell_that_could_be_a_formula_is_escaped_and_read_back(text):
    assert escape_cell(text).startswith("'")
    assert unescape_cell(escape_cell(text)) == text


def test_a_number_stays_a_number_and_plain_text_is_untouched():
    assert cell(-2.5) == "-2.5"
    assert cell(7.0) == "7"
    assert cell("Back pain") == "Back pain"


def _one_checkin(note: str) -> JournalContents:
    at = datetime(2024, 3, 1, 8, 30, tzinfo=ZONE)
    return JournalContents(checkins=(CheckIn(at, {"pain_now": 6.0}, note=note, id=1),))


def test_checkins_are_wide_with_local_time_offset_and_an_escaped_note():
    files = dict(csv_files(_one_checkin("=cmd|' /C calc'!A0")))
    header, row = files["checkins.csv"].decode("utf-8").splitlines()[:2]
    assert header.startswith("id,local_time,utc_offset_minutes,note,show_doctor,pain_sites")
    assert "pain_now" in header.split(",")
    assert row.startswith("1,2024-03-01T08:30:00,-300,'=cmd|")


def test_the_byte_order_mark_is_written_only_when_asked():
    assert csv_files(_one_checkin(""), bom=True)[1][1].startswith(b"\xef\xbb\xbf")
    assert not csv_files(_one_checkin(""))[1][1].startswith(b"\xef\xbb\xbf")


def _zip_replacing(data: bytes, name: str, new: bytes) -> bytes:
    source = zipfile.ZipFile(io.BytesIO(data))
    return pack_zip((n, new if n == name else source.read(n)) for n in source.namelist())


def test_a_bad_number_names_the_file_and_its_line():
    data = pack_zip(own_export_entries(ExportFormat.CSV, _one_checkin("x"), bytes))
    bad = b"id,local_time,utc_offset_minutes,note,show_doctor,pain_sites,pain_characters\r\n"
    bad += b"1,2024-03-01T08:30:00,-300,,0,,\r\nx,2024-03-01T08:30:00,oops,,0,,\r\n"
    with pytest.raises(ImportProblem) as problem:
        csv_contents(_zip_replacing(data, "checkins.csv", bad))
    assert problem.value.line == 3
    assert "checkins" in str(problem.value)


def test_a_newer_archive_is_refused_with_what_to_do():
    data = pack_zip([("journal.json", b'{"format": "symptom-journal-archive", "version": 9}')])
    with pytest.raises(ImportProblem, match="Update the program"):
        read_own_export("archive", data)


@pytest.mark.parametrize("data", [b"", b"not a zip", b"PK\x03\x04broken"])
def test_a_file_that_is_not_our_export_is_a_plain_problem(data):
    with pytest.raises(ImportProblem):
        read_own_export("archive", data)


def test_a_photo_whose_bytes_do_not_match_its_hash_is_refused():
    from journal.lesions.photos import Photo

    photo = Photo("a" * 64, date(2024, 1, 1), "x.jpg", 1, 1, id=1)
    data = pack_zip(
        own_export_entries(ExportFormat.ARCHIVE, JournalContents(photos=(photo,)), lambda n: b"z")
    )
    with pytest.raises(ImportProblem, match="damaged"):
        read_own_export("archive", data)


def test_a_period_keeps_the_days_within_it_and_open_questions():
    contents = JournalContents(
        checkins=tuple(
            CheckIn(datetime(2024, 3, day, 9, tzinfo=ZONE), {"pain_now": 1.0}, id=day)
            for day in (1, 10, 20)
        )
    )
    kept = contents.between(date(2024, 3, 5), date(2024, 3, 15))
    assert [c.id for c in kept.checkins] == [10]
