"""kill -9 at random moments of a backup: the live journal is as it was, and a backup cut
off is never listed, never kept by the rotation, never restored."""

from __future__ import annotations

import shutil

import pytest
from exchange_journals import full_journal
from kill_checks import check_backups, reopen_and_check
from kill_rounds import kill_rounds

from journal.store import open_journal
from journal.store.backups import newest_good_backup, restore

pytestmark = pytest.mark.faults

# Three backups in a row of the open journal, as the window makes them; the rotation runs
# after each.
CHILD = """
import sys
from journal.store import open_journal
from journal.store.backups import backup_now
store = open_journal(sys.argv[1])
print("BEGIN", flush=True)
for _ in range(3):
    backup_now(store, "automatic")
store.close()
print("DONE", flush=True)
"""


def test_a_backup_killed_anywhere_leaves_the_journal_whole_and_lists_only_good_backups(
    tmp_path,
):
    template = tmp_path / "template" / "journal.sqlite"
    with full_journal(template) as store:
        fingerprint = store.fingerprint()

    def prepare(n):
        folder = tmp_path / f"round{n}"
        shutil.rmtree(folder, ignore_errors=True)
        shutil.copytree(template.parent, folder)
        return [str(folder / template.name)]

    restored = 0

    def check(n):
        nonlocal restored
        path = tmp_path / f"round{n}" / template.name
        reopen_and_check(path)
        with open_journal(path) as store:
            assert store.fingerprint() == fingerprint, "the live journal changed"
        listed = check_backups(path)
        if n % 5 == 0 and listed:  # now and then, put the newest back and check it whole
            restore(path, newest_good_backup(path))
            reopen_and_check(path)
            with open_journal(path) as store:
                assert store.fingerprint() == fingerprint, "the restored journal differs"
            restored += 1
        return f"{listed} listed" if listed < 3 else "3 listed"

    tally = kill_rounds("backup", CHILD, prepare, check)
    assert tally.mid_write > 0
