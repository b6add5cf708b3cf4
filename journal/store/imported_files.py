"""The files imported from other trackers, by the SHA-256 of their bytes."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


class ImportedFileStore:
    """Remembers which files were imported, so that none is imported twice."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def imported_at(self, sha256: str) -> str | None:
        """When the file with this SHA-256 was imported (ISO time), or None if never."""
        row = self._db.execute(
            "SELECT imported_at FROM imported_files WHERE sha256 = ?", [sha256]
        ).fetchone()
        return None if row is None else str(row[0])

    def remember(self, sha256: str, source: str, checkins: int, at: datetime) -> None:
        """Record an import; the caller holds the import's transaction."""
        self._db.execute(
            "INSERT INTO imported_files (sha256, format, imported_at, checkins) "
            "VALUES (?, ?, ?, ?)",
            [sha256, source, at.isoformat(timespec="seconds"), checkins],
        )
