"""What a backup of a journal is, in words the window and the command line show."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from journal.dates import moment_text
from journal.numbers import written
from journal.translation import QT_TRANSLATE_NOOP, translate

# Why a backup was made; each is written into the backup's file name, in English whatever the
# language shown (see reason_text for the user's words).
BY_HAND = QT_TRANSLATE_NOOP("Backups", "by hand")
AUTOMATIC = QT_TRANSLATE_NOOP("Backups", "automatic")
AT_CLOSE = QT_TRANSLATE_NOOP("Backups", "at close")
BEFORE_MIGRATION = QT_TRANSLATE_NOOP("Backups", "before update")
BEFORE_IMPORT = QT_TRANSLATE_NOOP("Backups", "before import")
BEFORE_RESTORE = QT_TRANSLATE_NOOP("Backups", "before restore")


def reason_text(reason: str) -> str:
    """Why a backup was made, in the user's language ("before import")."""
    return translate("Backups", reason)


@dataclass(frozen=True)
class BackupInfo:
    """One backup of a journal.

    Attributes:
        path: the backup's database file.
        taken_at: when it was made, in local time (as its name says).
        reason: why it was made, in words ("automatic", "before import", ...).
        size: the database file's size in bytes (photos are shared between backups).
        problems: what went wrong while making it (a photo that could not be copied);
            empty for a complete backup. Only a backup just made knows these.
    """

    path: Path
    taken_at: datetime
    reason: str
    size: int
    problems: tuple[str, ...] = field(default=(), compare=False)

    @property
    def name(self) -> str:
        """The backup's file name, which names it on the command line."""
        return self.path.name


def size_text(size: int) -> str:
    """A file size in words: "812 bytes", "34 KB", "2.1 MB"."""
    if size < 1000:
        return translate("Backups", "%n bytes", None, size)
    if size < 1_000_000:
        return f"{size / 1000:.0f} KB"
    return f"{written(size / 1_000_000)} MB"


def when_text(moment: datetime) -> str:
    """A backup's time as people read it: "Tue 7 May 2024, 14:30" (the names and the order of
    every day the program writes, never the C library's)."""
    return moment_text(moment)
