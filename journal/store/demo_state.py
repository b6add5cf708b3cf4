"""Knowing whether the demo journal still holds only the demo's own story.

The demo is rebuilt at each start so that its story ends today. Anything the user saved in
it (a check-in, a lesion, a draft being typed) must not vanish with that rebuild, so the
demo remembers a fingerprint of what it held when it was written, and is rebuilt only while
its contents still match.
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


FINGERPRINT_KEY = "demo_fingerprint"


def content_fingerprint(db: Database) -> str:
    """A hash of every row of every table, leaving out the fingerprint itself.

    The demo is small (a few hundred rows), so hashing it all at start-up costs a few
    milliseconds; it is never computed for the user's own journal.
    """
    digest = hashlib.sha256()
    tables = [
        row[0]
        for row in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            # The file key is how the journal is kept, not what it holds.
            "AND name NOT LIKE 'sqlite_%' AND name != 'file_key' ORDER BY name"
        )
    ]
    for table in tables:
        digest.update(table.encode())
        query = f"SELECT * FROM [{table}]"
        if table == "settings":
            query += f" WHERE key != '{FINGERPRINT_KEY}'"
        # Sorted here: some tables have no rowid to order by.
        for text in sorted(repr(row) for row in db.execute(query)):
            digest.update(text.encode())
    return digest.hexdigest()
