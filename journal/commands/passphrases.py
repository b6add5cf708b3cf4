"""Where a command's passphrase comes from: a file, the environment, or the terminal.

Never from an argument's value: the command lines of running programs are visible to every
user of the computer (``ps``), and shells keep them in their history.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from journal.commands.failures import CommandFailed, plain_failures
from journal.store.location import default_journal_path

PASSPHRASE_VARIABLE = "SYMPTOM_JOURNAL_PASSPHRASE"
NEW_PASSPHRASE_VARIABLE = "SYMPTOM_JOURNAL_NEW_PASSPHRASE"


def add_passphrase_option(parser: argparse.ArgumentParser, default: object = None) -> None:
    """The ``--passphrase-file FILE`` option every command shares."""
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="FILE",
        default=default,
        help=f"read an encrypted journal's passphrase from the first line of FILE (else "
        f"${PASSPHRASE_VARIABLE}, else a prompt on the terminal)",
    )


def read_passphrase_file(path: Path) -> str:
    """The first line of ``path``, without its line ending.

    Raises:
        CommandFailed: the file cannot be read, or its first line is empty.
    """
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CommandFailed(f"the passphrase file {path} cannot be read ({exc}).") from exc
    first = text.splitlines()[0] if text else ""
    if not first:
        raise CommandFailed(f"the passphrase file {path} is empty.")
    return first


def passphrase(
    given: Path | None, variable: str, prompt: str, twice: bool = False, what: str = "it"
) -> str:
    """A passphrase from ``given`` (a file), else ``variable``, else the terminal.

    Args:
        given: the file option's value.
        variable: the environment variable to read next.
        prompt: what to ask on a terminal.
        twice: ask twice on a terminal (a new passphrase), refusing two that differ.
        what: how the failure message names the journal's need.

    Raises:
        CommandFailed: none could be had (no terminal to ask), or the two typed differ.
    """
    if given is not None:
        return read_passphrase_file(given)
    if os.environ.get(variable):
        return os.environ[variable]
    if not sys.stdin.isatty():
        raise CommandFailed(
            f"{what}: give the passphrase with --passphrase-file FILE or ${variable}."
        )
    typed = getpass.getpass(prompt)
    if twice and getpass.getpass("Type it again: ") != typed:
        raise CommandFailed("the two passphrases typed differ; nothing was changed.")
    if not typed:
        raise CommandFailed("no passphrase was typed; nothing was changed.")
    return typed


@plain_failures("symptom-journal")
def unlock_for(args: argparse.Namespace) -> int:
    """Unlock the command's journal when it is encrypted; 0 when it may go on.

    A wrong passphrase is one line on stderr and exit status 2.
    """
    # Here, not at the top: the window's start imports this module's option alone.
    from journal.store import keyring
    from journal.store.encryption import unlock

    path = Path(getattr(args, "journal", None) or default_journal_path())
    if not keyring.is_encrypted(path) or keyring.database_key(path) is not None:
        return 0
    unlock(
        path,
        passphrase(
            getattr(args, "passphrase_file", None),
            PASSPHRASE_VARIABLE,
            f"Passphrase for {path}: ",
            what=f"{path} is encrypted",
        ),
    )
    return 0
