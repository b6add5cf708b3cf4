"""What a backup of a journal is, in words the window and the command line show."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

# Why a backup was made; each is written into the backup's file name.
BY_HAND = "by hand"
AUTOMATIC = "automatic"
AT_CLOSE = "at close"
BEFORE_MIGRATION = "before update"
BEFORE_IMPORT = "before import"
BEFORE_RESTORE = "before restore"


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
        return f"{size} bytes"
    if size < 1_000_000:
        return f"{size / 1000:.0f} KB"
    return f"{size / 1_000_000:.1f} MB"


def when_text(moment: datetime) -> str:
    """A backup's time as people read it: "Tue 7 May 2024, 14:30"."""
    return f"{moment:%a} {moment.day} {moment:%b %Y, %H:%M}"
