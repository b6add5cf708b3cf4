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


class AlreadyImported(JournalError):
    """This very file was imported before; nothing was added again."""

    def __init__(self, imported_at: str) -> None:
        super().__init__(
            f"This file was already imported into the journal on {imported_at}; "
            "nothing was added again."
        )
        self.imported_at = imported_at


class ImportOutdated(JournalError):
    """The journal changed between the preview and the import; nothing was added."""

    def __init__(self) -> None:
        super().__init__(
            "The journal changed since the file was read; nothing was added. "
            "Read the file again and import it."
        )
