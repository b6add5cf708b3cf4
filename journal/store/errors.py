"""What can go wrong when opening a journal, in words a user can act on."""

from __future__ import annotations

from pathlib import Path


class JournalError(Exception):
    """A journal file could not be used. The message is meant for the user."""


class JournalTooNew(JournalError):
    """The journal was written by a newer version of the program; it is left untouched."""

    def __init__(self, path: Path, found: int, known: int) -> None:
        super().__init__(
            f"{path} was saved by a newer version of Symptom Journal (journal version {found}); "
            f"this program understands journal versions up to {known}. Nothing was changed. "
            "Please update Symptom Journal to open it."
        )
        self.found = found
        self.known = known


class JournalDamaged(JournalError):
    """The file is not a readable journal; it is never overwritten."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            f"{path} is damaged or is not a Symptom Journal file ({detail}). "
            "It was not changed. Restore it from a backup, or open another journal."
        )
