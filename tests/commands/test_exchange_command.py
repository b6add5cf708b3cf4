"""``export`` and ``import`` on the command line: exit codes, plain messages, a preview
first, --dry-run writing nothing, --from/--to, and other trackers through the store."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from exchange_journals import full_journal

from journal.app import main
from journal.checkin import CheckIn
from journal.commands import exchange
from journal.exchange.peers import Mapped, PeerImport
from journal.store import open_journal


@pytest.fixture
def old(tmp_path):
    path = tmp_path / "old.sqlite"
    full_journal(path).close()
    return path


def _export(old, out, *extra) -> int:
    return main(["export", "--journal", str(old), "--format", "archive", "-o", str(out), *extra])


def test_a_round_trip_on_the_command_line_gives_the_same_file(old, tmp_path, capsys):
    first, again, new = tmp_path / "a.zip", tmp_path / "b.zip", tmp_path / "new.sqlite"
    assert _export(old, first) == 0
    assert "check-ins" in capsys.readouterr().out
    assert main(["import", "--journal", str(new), "--format", "archive", str(first)]) == 0
    out = capsys.readouterr().out
    assert out.index("Will add") < out.index("Imported into")
    assert _export(new, again) == 0
    assert again.read_bytes() == first.read_bytes()


def test_dry_run_shows_the_preview_and_writes_nothing(old, tmp_path, capsys):
    _export(old, tmp_path / "a.zip")
    new = tmp_path / "new.sqlite"
    args = ["import", "--journal", str(new), "--format", "archive", str(tmp_path / "a.zip")]
    assert main([*args, "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Will add" in out and "Nothing was written" in out
    assert not new.exists()


def test_importing_into_a_journal_with_records_exits_2_with_one_line(old, tmp_path, capsys):
    _export(old, tmp_path / "a.zip")
    code = main(["import", "--journal", str(old), "--format", "csv", str(tmp_path / "a.zip")])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("import: ") and "Traceback" not in err


def test_a_file_that_is_not_an_export_exits_2_naming_it(old, tmp_path, capsys):
    bad = tmp_path / "notes.zip"
    bad.write_bytes(b"hello")
    new = tmp_path / "new.sqlite"
    assert main(["import", "--journal", str(new), "--format", "archive", str(bad)]) == 2
    assert "notes.zip: this is not a zip file" in capsys.readouterr().err
    assert not new.exists()


def test_from_after_to_is_refused(old, tmp_path, capsys):
    out = tmp_path / "a.zip"
    assert _export(old, out, "--from", "2026-11-10", "--to", "2026-11-01") == 2
    assert "is after --to" in capsys.readouterr().err
    assert not out.exists()


def test_from_and_to_export_only_the_period(old, tmp_path, capsys):
    _export(old, tmp_path / "all.zip")
    _export(old, tmp_path / "week.zip", "--from", "2026-11-01", "--to", "2026-11-07")
    assert (tmp_path / "week.zip").stat().st_size < (tmp_path / "all.zip").stat().st_size


def test_a_bad_map_is_refused_in_plain_words(old, tmp_path, capsys):
    peer = tmp_path / "t.csv"
    peer.write_text("FeatureName,Timestamp,Value,Label,Note\n")
    args = ["import", "--journal", str(old), "--format", "trackandgraph", str(peer)]
    assert main([*args, "--map", "Back pain"]) == 2
    assert "THEIRS=OURS" in capsys.readouterr().err


def test_a_peer_import_previews_the_mapping_then_adds_through_the_store(
    old, tmp_path, capsys, monkeypatch
):
    peer = PeerImport(
        checkins=(CheckIn(datetime(2026, 12, 1, 8, tzinfo=UTC), {"pain_now": 4.0}),),
        new_metrics=(),
        mapped=(Mapped("Back pain", "pain_now", "0–4 scaled to 0–10"),),
    )
    seen = {}
    monkeypatch.setattr(exchange, "read_peer", lambda kind, data, metrics, mapping, zone: peer)

    def add(store, given, sha256):
        seen.update(peer=given, sha=sha256)

    monkeypatch.setattr(exchange, "add_peer_import", add)
    file = tmp_path / "flare.csv"
    file.write_text("Date\n")
    args = ["import", "--journal", str(old), "--format", "flaredown", str(file)]
    assert main([*args, "--map", "Back pain=pain_now", "--dry-run"]) == 0
    assert "Back pain -> pain_now (0–4 scaled to 0–10)" in capsys.readouterr().out
    assert not seen
    assert main(args) == 0
    assert seen["peer"] is peer and len(seen["sha"]) == 64


def test_an_export_over_a_folder_is_refused(old, tmp_path, capsys):
    assert _export(old, tmp_path) == 2
    assert "is a folder" in capsys.readouterr().err
    with open_journal(old) as store:
        assert store.checkins.count()


PEER_FILES = Path(__file__).resolve().parents[1] / "exchange" / "peer_files"


@pytest.mark.parametrize("kind", ["trackandgraph", "flaredown", "bearable"])
def test_each_tracker_s_export_is_imported_for_real_once_after_a_backup(kind, journal_path, capsys):
    from journal.store.backup_files import list_backups

    with open_journal(journal_path) as store:
        store.checkins.add(CheckIn(datetime(2020, 1, 1, 8, tzinfo=UTC), {"pain_now": 1.0}))
    file = PEER_FILES / f"{kind}.csv"
    args = ["import", "--journal", str(journal_path), "--format", kind, str(file)]
    assert main(args) == 0
    with open_journal(journal_path) as store:
        added = len(store.checkins.between(None, None)) - 1
    assert added > 0
    assert f"Imported {added} check-ins" in capsys.readouterr().out
    assert [b.reason for b in list_backups(journal_path)] == ["before import"]
    # The same file again adds nothing and says so, before any preview or backup.
    assert main(args) == 2
    captured = capsys.readouterr()
    assert "already imported" in captured.err
    assert "Will add" not in captured.out
    day = captured.err.split(" on ", 1)[1].split(";")[0]
    assert re.fullmatch(r"\w{3} \d{1,2} \w{3} \d{4}, \d\d:\d\d", day)  # not an ISO time
    assert len(list_backups(journal_path)) == 1
    with open_journal(journal_path) as store:
        assert len(store.checkins.between(None, None)) == added + 1


def test_a_conflicted_copy_s_missing_check_ins_are_previewed_then_added(tmp_path, capsys):
    import shutil

    journal = tmp_path / "journal.sqlite"
    with open_journal(journal) as store:
        store.checkins.add(CheckIn(datetime(2026, 11, 1, 9, tzinfo=UTC), {"pain_now": 3.0}))
    copy = tmp_path / "journal (conflicted copy).sqlite"
    shutil.copy(journal, copy)
    with open_journal(copy) as other:
        other.checkins.add(CheckIn(datetime(2026, 11, 2, 9, tzinfo=UTC), {"pain_now": 5.0}))
    args = ["import", "--journal", str(journal), "--format", "copy", str(copy)]
    assert main([*args, "--dry-run"]) == 0
    assert "Will add: 1 check-in, from Mon 2 Nov 2026" in capsys.readouterr().out
    assert main(args) == 0
    assert "Imported 1 check-ins" in capsys.readouterr().out
    with open_journal(journal) as store:
        assert store.checkins.count() == 2
    assert main(args) == 0
    assert "no check-in that this journal lacks" in capsys.readouterr().out


def test_a_bad_line_of_another_trackers_file_is_one_sentence(old, tmp_path, capsys):
    bad = tmp_path / "tg.csv"
    bad.write_text(
        "FeatureName,Timestamp,Value,Label,Note\nBack pain,2022-13-14T08:02:11+01:00,4,,\n"
    )
    code = main(["import", "--journal", str(old), "--format", "trackandgraph", str(bad)])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith(f"import: {bad}: line 2: ")
    assert err.endswith("+01:00. Nothing was imported.\n")  # one full stop, not two
