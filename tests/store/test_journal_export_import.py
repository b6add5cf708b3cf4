"""Our own exports on real files: a round trip is byte-identical, photos included, and an
import is all or nothing, into an empty journal only."""

from __future__ import annotations

import hashlib

import pytest
from exchange_journals import full_journal

from journal.exchange.formats import ExportFormat, read_own_export
from journal.store import journal_contents, open_journal
from journal.store.engine import dbapi
from journal.store.exports import export_bytes, import_own, write_export
from journal.store.journal_contents import ContentsStore, ImportFailed, JournalNotEmpty
from journal.store.photos import photos_folder


@pytest.fixture
def full(tmp_path):
    store = full_journal(tmp_path / "old" / "journal.sqlite")
    yield store
    store.close()


@pytest.mark.parametrize("kind", [ExportFormat.ARCHIVE, ExportFormat.CSV])
def test_export_import_export_is_byte_identical_with_the_photos(full, tmp_path, kind):
    first = write_export(full, kind, tmp_path / f"first.{kind}.zip")
    contents, photos = read_own_export(kind.value, first.path.read_bytes())
    new_path = tmp_path / "new" / "journal.sqlite"
    with open_journal(new_path) as new:
        import_own(new, contents, photos)
        again = write_export(new, kind, tmp_path / f"again.{kind}.zip")
    assert again.path.read_bytes() == first.path.read_bytes()
    stored = sorted(p for p in photos_folder(new_path).iterdir() if p.is_file())
    assert len(stored) == 10
    assert all(hashlib.sha256(p.read_bytes()).hexdigest() == p.stem for p in stored)


def test_the_export_holds_every_kind_the_journal_has(full):
    _, counts = export_bytes(full, ExportFormat.ARCHIVE)
    assert all(counts[kind] for kind in counts if kind != "settings") and counts["settings"]


def test_an_import_into_a_journal_with_records_is_refused_and_changes_nothing(full, tmp_path):
    data, _ = export_bytes(full, ExportFormat.ARCHIVE)
    contents, photos = read_own_export("archive", data)
    before = full.fingerprint()
    with pytest.raises(JournalNotEmpty, match="already holds records"):
        import_own(full, contents, photos)
    assert full.fingerprint() == before


def test_a_failure_mid_import_leaves_nothing_behind(full, tmp_path, monkeypatch):
    data, _ = export_bytes(full, ExportFormat.ARCHIVE)
    contents, photos = read_own_export("archive", data)

    def broken(self, contents):  # after check-ins, medicines and the rest are written
        raise dbapi.IntegrityError("disk trouble")

    monkeypatch.setattr(ContentsStore, "_add_lesions", broken)
    new_path = tmp_path / "new" / "journal.sqlite"
    with open_journal(new_path) as new:
        with pytest.raises(ImportFailed, match="nothing was added"):
            import_own(new, contents, photos)
        assert not new.contents.holds_records()
        assert new.checkins.count() == 0
    folder = photos_folder(new_path)
    assert not folder.exists() or not [p for p in folder.iterdir() if p.is_file()]


def test_a_photo_file_that_cannot_be_written_leaves_no_photo_files(full, tmp_path, monkeypatch):
    data, _ = export_bytes(full, ExportFormat.ARCHIVE)
    contents, photos = read_own_export("archive", data)
    write = journal_contents.write_sealed
    calls = []

    # The photo files are written several at once: one failing among them takes the others
    # with it, those written before it and those after.
    def failing_fifth(path, data, key):
        calls.append(path)
        if len(calls) == 5:
            raise OSError(5, "Input/output error")
        write(path, data, key)

    monkeypatch.setattr(journal_contents, "write_sealed", failing_fifth)
    new_path = tmp_path / "new" / "journal.sqlite"
    with open_journal(new_path) as new:
        with pytest.raises(OSError, match="Input/output error"):
            import_own(new, contents, photos)
        assert not new.contents.holds_records()
    assert len(calls) >= 5
    folder = photos_folder(new_path)
    assert not folder.exists() or not [p for p in folder.iterdir() if p.is_file()]


def test_a_period_exports_only_its_days(full):
    from datetime import date

    _, counts = export_bytes(full, ExportFormat.CSV, date(2026, 11, 1), date(2026, 11, 7))
    _, everything = export_bytes(full, ExportFormat.CSV)
    assert 0 < counts["check-ins"] < everything["check-ins"]
