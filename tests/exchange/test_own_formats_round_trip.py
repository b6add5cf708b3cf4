"""Any journal's contents survive our archive and our CSV export, exactly."""

from __future__ import annotations

from contents_strategies import journal_contents, photo_bytes
from hypothesis import HealthCheck, given, settings

from journal.exchange.archive import pack_zip
from journal.exchange.formats import ExportFormat, own_export_entries, read_own_export
from journal.exchange.record_tables import contents_to_tables

FAST = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _export(kind: ExportFormat, contents, photos, bom: bool = False) -> bytes:
    return pack_zip(own_export_entries(kind, contents, lambda name: photos[name[:64]], bom))


def _round_trip(kind: ExportFormat, contents, bom: bool = False) -> None:
    photos = photo_bytes(contents)
    first = _export(kind, contents, photos, bom)
    back, back_photos = read_own_export(kind.value, first)
    assert contents_to_tables(back) == contents_to_tables(contents)
    assert back.medical_context == contents.medical_context
    assert dict(back.settings) == dict(contents.settings)
    assert back_photos == photos
    assert _export(kind, back, back_photos, bom) == first


@FAST
@given(journal_contents())
def test_any_journal_round_trips_through_the_archive(contents):
    _round_trip(ExportFormat.ARCHIVE, contents)


@FAST
@given(journal_contents())
def test_any_journal_round_trips_through_the_csv_files(contents):
    _round_trip(ExportFormat.CSV, contents)


@FAST
@given(journal_contents())
def test_csv_files_with_a_byte_order_mark_round_trip_too(contents):
    _round_trip(ExportFormat.CSV, contents, bom=True)
