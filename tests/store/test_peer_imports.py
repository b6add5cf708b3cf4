"""Adding another tracker's export to a journal on disk: all or nothing, and only once."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime

import pytest
from peer_builders import CET, read, sample

from journal.checkin import CheckIn
from journal.exchange.peers import PeerFormat
from journal.store import JournalError, open_journal
from journal.store.engine import dbapi
from journal.store.peer_imports import AlreadyImported, ImportOutdated, add_peer_import
from journal.store.schema import migrations, schema_version
from journal.validation import InvalidCheckIn

FILE = sample("flaredown.csv")
SHA = hashlib.sha256(FILE).hexdigest()
EARLIER = CheckIn(datetime(2020, 5, 1, 9, tzinfo=CET), {"pain_now": 2})


def _preview(store):
    return read(PeerFormat.FLAREDOWN, FILE, metrics=tuple(store.metrics.all(include_archived=True)))


def _own_symptoms(store) -> list[str]:
    return [m.key for m in store.metrics.all(include_archived=True) if not m.builtin]


def test_an_import_creates_its_symptoms_and_adds_its_check_ins(journal_path):
    with open_journal(journal_path) as store:
        receipt = add_peer_import(store, _preview(store), SHA, "flaredown")
    with open_journal(journal_path) as again:
        assert again.checkins.count() == 3
        assert _own_symptoms(again) == ["custom_ankylosing_spondylitis", "custom_fever"]
        saved = again.checkins.between()[-1]
        assert saved.values["pain_now"] == 8 and saved.taken_at.tzinfo is not None
    assert [c.id for c in receipt.checkins] == [1, 2, 3]


def test_the_same_file_twice_is_refused_with_nothing_added(store):
    add_peer_import(store, _preview(store), SHA)
    with pytest.raises(AlreadyImported) as raised:
        add_peer_import(store, _preview(store), SHA)
    assert isinstance(raised.value, JournalError)
    assert "already imported" in str(raised.value)
    assert store.checkins.count() == 3


def test_a_failure_midway_leaves_the_journal_as_it_was(store, monkeypatch):
    store.checkins.add(EARLIER)  # something there before
    preview = _preview(store)
    insert = store.checkins._insert_many

    def failing_after_two(checkins):
        insert(checkins[:2])  # two of the three written, then the disk fails
        raise dbapi.OperationalError("disk I/O error")

    monkeypatch.setattr(store.checkins, "_insert_many", failing_after_two)
    with pytest.raises(dbapi.OperationalError):
        add_peer_import(store, preview, SHA)
    monkeypatch.undo()
    assert store.checkins.count() == 1
    assert _own_symptoms(store) == []
    # Nothing remembered either: the same file can be imported once the trouble is gone.
    add_peer_import(store, preview, SHA)
    assert store.checkins.count() == 4


def test_a_check_in_the_journal_refuses_stops_the_whole_import(store):
    preview = _preview(store)
    bad = preview.checkins[1].__class__(preview.checkins[1].taken_at, {"pain_now": 42})
    broken = preview.__class__(
        (preview.checkins[0], bad), preview.new_metrics, preview.mapped, preview.skipped
    )
    with pytest.raises(InvalidCheckIn):
        add_peer_import(store, broken, SHA)
    assert store.checkins.count() == 0
    assert _own_symptoms(store) == []
    assert store.imported_files.imported_at(SHA) is None


def test_a_symptom_made_since_the_preview_was_read_is_a_clear_error(store):
    preview = _preview(store)
    store.metrics.add_custom(preview.new_metrics[0])
    with pytest.raises(ImportOutdated):
        add_peer_import(store, preview, SHA)
    assert store.checkins.count() == 0


def test_the_imports_table_is_added_to_an_existing_journal_keeping_its_records(journal_path):
    with open_journal(journal_path) as store:
        store.checkins.add(EARLIER)
    # Make the file what the previous version of the program left: five migrations.
    conn = sqlite3.connect(journal_path)
    with conn:
        conn.execute("DROP TABLE imported_files")
        conn.execute(f"DELETE FROM {migrations.migrations_table} WHERE name = 'm006_imports'")
        conn.execute("PRAGMA user_version = 5")
    conn.close()
    with open_journal(journal_path) as store:
        assert store.checkins.count() == 1
        add_peer_import(store, _preview(store), SHA)
        assert store.imported_files.imported_at(SHA) is not None
    conn = sqlite3.connect(journal_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    conn.close()


def test_each_peer_format_imports_from_its_file(store):
    for kind, name in (
        (PeerFormat.TRACK_AND_GRAPH, "trackandgraph.csv"),
        (PeerFormat.FLAREDOWN, "flaredown.csv"),
        (PeerFormat.BEARABLE, "bearable.csv"),
    ):
        data = sample(name)
        preview = read(kind, data, metrics=tuple(store.metrics.all(include_archived=True)))
        add_peer_import(store, preview, hashlib.sha256(data).hexdigest(), kind.value)
    assert store.checkins.count() == 4 + 3 + 4
