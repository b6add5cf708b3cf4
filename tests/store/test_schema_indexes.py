"""The observations keep one index, their own key: the index by metric is gone, old files too."""

from __future__ import annotations

import sqlite3

from builders import at

from journal.checkin import CheckIn
from journal.store import open_journal
from journal.store.schema import migrations, schema_version

MIGRATION = "m008_observations_without_metric_index"


def _indexes(path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'observations'"
        )
        return {r[0] for r in rows}
    finally:
        conn.close()


def test_a_new_journal_has_no_index_of_observations_by_metric(journal_path):
    open_journal(journal_path).close()
    assert _indexes(journal_path) == set()


def test_a_journal_of_the_version_before_loses_the_index_and_keeps_its_values(journal_path):
    saved = CheckIn(at(20, 8), {"pain_now": 6.0, "temperature": 38.4})
    with open_journal(journal_path) as store:
        store.checkins.add(saved)
    # Make the file what the version before left: the index, and one migration fewer.
    conn = sqlite3.connect(journal_path)
    with conn:
        conn.execute("CREATE INDEX observations_by_metric ON observations (metric, checkin_id)")
        conn.execute(f"DELETE FROM {migrations.migrations_table} WHERE name = ?", [MIGRATION])
        conn.execute(f"PRAGMA user_version = {schema_version() - 1}")
    conn.close()
    assert _indexes(journal_path) == {"observations_by_metric"}
    with open_journal(journal_path) as store:
        (back,) = store.checkins.between()
        assert back.values == saved.values
    assert _indexes(journal_path) == set()
    conn = sqlite3.connect(journal_path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == schema_version()
    conn.close()
