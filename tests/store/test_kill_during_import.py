"""kill -9 at random moments of an import: the journal opens, passes its check, and holds
all of the import or none of it (never part, never photo files no record names)."""

from __future__ import annotations

import hashlib
import shutil
from datetime import UTC, date, datetime, timedelta

import pytest
from exchange_journals import full_journal
from kill_checks import check_backups, reopen_and_check
from kill_rounds import kill_rounds

from journal.app import main
from journal.checkin import CheckIn
from journal.exchange.formats import ExportFormat
from journal.store import open_journal
from journal.store.exports import export_bytes, write_export

pytestmark = pytest.mark.faults

# The command line's own import, as a user runs it; BEGIN just before, DONE after.
CHILD = """
import sys
from journal.app import main
print("BEGIN", flush=True)
code = main(["import", "--journal", sys.argv[1], "--format", sys.argv[2], sys.argv[3]])
assert code == 0, code
print("DONE", flush=True)
"""


@pytest.mark.parametrize("kind", [ExportFormat.ARCHIVE, ExportFormat.CSV])
def test_an_import_of_our_own_export_killed_anywhere_is_all_or_nothing(tmp_path, kind):
    with full_journal(tmp_path / "old" / "journal.sqlite") as source:
        exported = write_export(source, kind, tmp_path / f"export.{kind.value}.zip")
        whole, _ = export_bytes(source, kind)

    def prepare(n):
        path = tmp_path / f"round{n}" / "journal.sqlite"
        shutil.rmtree(path.parent, ignore_errors=True)
        return [str(path), kind.value, str(exported.path)]

    def check(n):
        path = tmp_path / f"round{n}" / "journal.sqlite"
        if not path.exists():  # killed before the journal was made
            return "none"
        reopen_and_check(path)
        check_backups(path)
        with open_journal(path) as store:
            if not store.contents.holds_records():
                return "none"
            held, _ = export_bytes(store, kind)
        assert held == whole, "the journal holds part of the import"
        return "all"

    tally = kill_rounds(f"import of our {kind.value}", CHILD, prepare, check)
    assert tally.mid_write > 0


def _flaredown(days: int) -> bytes:
    """A Flaredown export of ``days`` days, every day with its symptoms and a new one."""
    lines = ["Date,Back pain,Fatigue,Fever,Morning stiffness,Tags,Foods"]
    first = date(2019, 1, 1)
    for n in range(days):
        day = first + timedelta(days=n)
        lines.append(f"{day.isoformat()},{n % 5},{(n + 2) % 5},{n % 2},{n % 4},tag{n % 7},")
    return ("\n".join(lines) + "\n").encode()


def _held(path):
    with open_journal(path) as store:
        return (
            store.checkins.count(),
            frozenset(m.key for m in store.metrics.all(include_archived=True)),
            store.imported_files.imported_at(_sha(path.with_name("flaredown.csv").read_bytes())),
        )


def test_an_import_from_another_tracker_killed_anywhere_is_all_or_nothing(tmp_path):
    template = tmp_path / "template" / "journal.sqlite"
    with open_journal(template) as store:
        for day in range(1, 6):
            store.checkins.add(CheckIn(_noon(date(2024, 3, day)), {"pain_now": 3.0}))
    template.with_name("flaredown.csv").write_bytes(_flaredown(1500))
    nothing = _held(template)
    probe = _copy(template, tmp_path / "probe")
    assert main(["import", "--journal", str(probe), "--format", "flaredown", _csv(probe)]) == 0
    everything = _held(probe)
    assert everything[0] == nothing[0] + 1500 and everything[1] > nothing[1]

    def prepare(n):
        path = _copy(template, tmp_path / f"round{n}")
        return [str(path), "flaredown", _csv(path)]

    def check(n):
        path = tmp_path / f"round{n}" / "journal.sqlite"
        reopen_and_check(path)
        check_backups(path)
        held = _held(path)
        if held == nothing:
            return "none"
        assert held[:2] == everything[:2] and held[2] is not None, f"part of it: {held[:2]}"
        return "all"

    tally = kill_rounds("import from Flaredown", CHILD, prepare, check)
    assert tally.mid_write > 0


def _copy(template, folder):
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(template.parent, folder)
    return folder / template.name


def _csv(path) -> str:
    return str(path.with_name("flaredown.csv"))


def _noon(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, tzinfo=UTC)


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
