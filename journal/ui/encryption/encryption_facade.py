"""The window's side of encryption: unlock, on, off, a new passphrase, a file written.

The only module of this feature that imports the store. Its errors reach the widgets as
:class:`EncryptionNotChanged` or as a message string, in words the user can act on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from journal.encryption.passphrase_key import EmptyPassphrase
from journal.store import JournalError, keyring
from journal.store import encryption as store_encryption
from journal.store.errors import WrongPassphrase
from journal.store.files import write_atomically

Progress = Callable[[int, int], None]


class EncryptionNotChanged(Exception):
    """A change of encryption, or a file, that did not happen; the message is for the user."""


class Kind(Enum):
    """What the user asked of the journal's encryption."""

    TURN_ON = "on"
    TURN_OFF = "off"
    CHANGE = "change"


@dataclass(frozen=True)
class EncryptionChange:
    """A change the user asked for, carried from the dialog to the window that makes it.

    Attributes:
        kind: on, off or a new passphrase.
        passphrase: the new passphrase (empty for off); never shown by ``repr``.
    """

    kind: Kind
    passphrase: str = field(default="", repr=False)

    @property
    def done_text(self) -> str:
        """What the status bar says once it is made."""
        return {
            Kind.TURN_ON: QCoreApplication.translate(
                "EncryptionChange",
                "Encryption is on: the journal, its photos and backups are encrypted.",
            ),
            Kind.TURN_OFF: QCoreApplication.translate(
                "EncryptionChange", "Encryption is off: the journal is no longer encrypted."
            ),
            Kind.CHANGE: QCoreApplication.translate(
                "EncryptionChange",
                "The passphrase is changed; the old one no longer opens the journal.",
            ),
        }[self.kind]


def is_encrypted(path: Path) -> bool:
    """True when the journal file at ``path`` is encrypted."""
    return keyring.is_encrypted(Path(path))


def check_passphrase(path: Path, passphrase: str) -> str | None:
    """Unlock the journal at ``path`` with ``passphrase``: None when it opens it, else why not.

    Nothing is written: a wrong passphrase leaves every file as it was.
    """
    if not passphrase:
        return QCoreApplication.translate("EncryptionFacade", "Type the journal's passphrase.")
    try:
        store_encryption.unlock(Path(path), passphrase)
    except WrongPassphrase:
        return QCoreApplication.translate(
            "EncryptionFacade",
            "That passphrase does not open this journal. Passphrases are case-sensitive.",
        )
    except EmptyPassphrase:
        return QCoreApplication.translate("EncryptionFacade", "Type the journal's passphrase.")
    except (JournalError, OSError) as exc:
        return str(exc)
    return None


def make_change(path: Path, change: EncryptionChange, progress: Progress | None = None) -> None:
    """Make ``change`` to the closed journal at ``path``.

    Args:
        path: the journal file, closed by every window.
        change: what to do.
        progress: told (done, of) as the photos are resealed one by one.

    Raises:
        EncryptionNotChanged: it could not be made; the journal is as it was.
    """
    path = Path(path)
    try:
        if change.kind is Kind.TURN_ON:
            store_encryption.turn_on(path, change.passphrase, progress)
        elif change.kind is Kind.TURN_OFF:
            store_encryption.turn_off(path, progress)
        else:
            store_encryption.change_passphrase(path, change.passphrase)
    except EmptyPassphrase as exc:
        raise EncryptionNotChanged(
            QCoreApplication.translate(
                "EncryptionFacade", "The passphrase is empty; nothing was changed."
            )
        ) from exc
    except JournalError as exc:
        raise EncryptionNotChanged(str(exc)) from exc
    except OSError as exc:
        said = QCoreApplication.translate(
            "EncryptionFacade", "{path} could not be written ({reason}); nothing was changed."
        )
        raise EncryptionNotChanged(said.format(path=path, reason=exc.strerror or exc)) from exc


def write_sheet(path: Path, data: bytes) -> None:
    """Write a recovery sheet to ``path``, a place the user chose, readable by them alone.

    Raises:
        EncryptionNotChanged: it could not be written (the message says why).
    """
    try:
        write_atomically(Path(path), data, own_folder=False)
    except (JournalError, OSError) as exc:
        detail = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        said = QCoreApplication.translate(
            "EncryptionFacade", "The sheet was not written to {path}: {reason}."
        )
        raise EncryptionNotChanged(said.format(path=path, reason=detail)) from exc
