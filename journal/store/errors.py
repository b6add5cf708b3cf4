"""What can go wrong when opening a journal, in words a user can act on."""

from __future__ import annotations

import shlex
from datetime import datetime
from pathlib import Path

from journal.backups import BackupInfo, when_text
from journal.translation import translate


class JournalError(Exception):
    """A journal file could not be used. The message is meant for the user."""


class JournalTooNew(JournalError):
    """The journal was written by a newer version of the program; it is left untouched."""

    def __init__(self, path: Path, found: int, known: int) -> None:
        super().__init__(
            translate(
                "Store",
                "{path} was saved by a newer version of Symptom Journal (journal version "
                "{found}); this program understands journal versions up to {known}. Nothing was "
                "changed. Please update Symptom Journal to open it.",
            ).format(path=path, found=found, known=known)
        )
        self.found = found
        self.known = known


class JournalDamaged(JournalError):
    """The file is not a readable journal; it is never overwritten.

    Attributes:
        path: the journal file named.
        detail: what SQLite found, in its words.
        set_aside: where the damaged file now is, when it was moved aside so that its
            newest good backup can take its place; None when it was left where it was.
        backup: the newest backup that passes the check, offered in its place, or None.
        no_good_backup: its backups were looked through and none passes the check (or
            there is none), so none can be offered.
    """

    def __init__(
        self,
        path: Path,
        detail: str,
        set_aside: Path | None = None,
        backup: BackupInfo | None = None,
        no_good_backup: bool = False,
    ) -> None:
        self.path = Path(path)
        self.detail = detail
        self.set_aside = set_aside
        self.backup = backup
        self.no_good_backup = no_good_backup
        if no_good_backup:
            # Never "restore it from a backup" when there is none to restore.
            super().__init__(
                translate(
                    "Store",
                    "{path} is damaged or is not a Symptom Journal file ({detail}). It was not "
                    "changed. No backup of it that passes the check was found beside it: open "
                    "another journal, or import an earlier export of it into a new journal.",
                ).format(path=path, detail=detail)
            )
            return
        if set_aside is None or backup is None:
            super().__init__(
                translate(
                    "Store",
                    "{path} is damaged or is not a Symptom Journal file ({detail}). It was not "
                    "changed. Restore it from a backup, or open another journal.",
                ).format(path=path, detail=detail)
            )
            return
        command = shlex.join(["symptom-journal", "restore", "--journal", str(path), backup.name])
        super().__init__(
            translate(
                "Store",
                "{path} is damaged ({detail}). It was not changed: it is kept as {set_aside}. "
                "The newest backup that passes the check is from {when}; to put it in its "
                "place, run: {command}",
            ).format(
                path=path,
                detail=detail,
                set_aside=set_aside,
                when=when_text(backup.taken_at),
                command=command,
            )
        )


class AlreadyImported(JournalError):
    """This very file was imported before; nothing was added again."""

    def __init__(self, imported_at: str) -> None:
        super().__init__(
            translate(
                "Store",
                "This file was already imported into the journal on {day}; nothing was added "
                "again.",
            ).format(day=_when_written(imported_at))
        )
        self.imported_at = imported_at


def _when_written(iso: str) -> str:
    """An ISO time kept in the journal as people read it; as it is if it is not one."""
    try:
        return when_text(datetime.fromisoformat(iso))
    except ValueError:
        return iso


class ImportOutdated(JournalError):
    """The journal changed between the preview and the import; nothing was added."""

    def __init__(self) -> None:
        super().__init__(
            translate(
                "Store",
                "The journal changed since the file was read; nothing was added. Read the file "
                "again and import it.",
            )
        )


class JournalInUse(JournalError):
    """Another window or program has the journal open, so it cannot be replaced now."""

    def __init__(self, path: Path, then: str | None = None) -> None:
        then = translate("Store", "restore again") if then is None else then
        super().__init__(
            translate(
                "Store",
                "{path} is open in another Symptom Journal window or command. Close it there, "
                "then {then}. Nothing was changed.",
            ).format(path=path, then=then)
        )


class BackupUnusable(JournalError):
    """A backup that cannot be restored (missing, damaged, or not a backup of ours)."""


class JournalFull(JournalError):
    """The disk holding the journal is full: the write was refused whole, nothing was lost.

    Raised in place of SQLite's "database or disk is full" and of a file write's ENOSPC,
    so that a full disk is never taken for damage.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(
            translate(
                "Store",
                "The disk holding {path} is full — nothing was lost; free some space and try "
                "again.",
            ).format(path=path)
        )
        self.path = Path(path)


class JournalUnreadable(JournalError):
    """The disk could not be read or written (an I/O error): the file itself may be intact."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(
            translate(
                "Store",
                "{path} could not be read or written ({detail}): the disk may be failing, "
                "removed or full. Nothing was changed. Check the disk, then open the journal "
                "again.",
            ).format(path=path, detail=detail)
        )
        self.path = Path(path)
        self.detail = detail


class JournalLocked(JournalError):
    """The journal is encrypted and its passphrase has not been given in this process."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            translate("Store", "{path} is encrypted: its passphrase is needed to open it.").format(
                path=path
            )
        )
        self.path = Path(path)


class WrongPassphrase(JournalError):
    """The passphrase given does not open the journal; nothing was read or changed."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            translate(
                "Store",
                "That passphrase does not open {path}. Nothing was changed. Passphrases are "
                "case-sensitive; try again.",
            ).format(path=path)
        )
        self.path = Path(path)
