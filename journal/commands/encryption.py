"""``symptom-journal encryption on|off|change``: encrypt a journal, decrypt it, re-key it.

The journal must be closed in every window. Each change is safe against a crash (see
:mod:`journal.store.encryption`); afterwards the backups of the old kind are gone and a new
one is taken.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from journal.commands.failures import plain_failures
from journal.commands.journal_file import require_journal
from journal.commands.passphrases import NEW_PASSPHRASE_VARIABLE, PASSPHRASE_VARIABLE, passphrase
from journal.store import open_journal
from journal.store.encryption import change_passphrase, turn_off, turn_on

KEEP_IT = (
    "Keep the passphrase safe: without it the journal, its photos and its backups cannot be "
    "opened, by you or by anyone."
)


def add_parser(subparsers, add_journal_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register ``encryption``."""
    parser = subparsers.add_parser(
        "encryption",
        help="encrypt the journal with a passphrase, decrypt it, or change the passphrase",
    )
    parser.add_argument("action", choices=("on", "off", "change"))
    add_journal_option(parser)
    parser.add_argument(
        "--new-passphrase-file",
        type=Path,
        metavar="FILE",
        help=f"for change: the new passphrase, on FILE's first line (else "
        f"${NEW_PASSPHRASE_VARIABLE}, else a prompt)",
    )
    parser.set_defaults(run=run)


@plain_failures("encryption")
def run(args: argparse.Namespace) -> int:
    """Turn encryption on or off, or change the passphrase."""
    path = require_journal(args.journal)
    if args.action == "on":
        new = passphrase(
            args.passphrase_file,
            PASSPHRASE_VARIABLE,
            "New passphrase: ",
            twice=True,
            what="encryption on",
        )
        # Brought up to this program's journal version first (it holds the file key).
        open_journal(path).close()
        turn_on(path, new)
        print(f"{path} is encrypted. {KEEP_IT}")
    elif args.action == "off":
        turn_off(path)
        print(f"{path} is no longer encrypted: anyone who can read the file can read it.")
    else:
        new = passphrase(
            args.new_passphrase_file,
            NEW_PASSPHRASE_VARIABLE,
            "New passphrase: ",
            twice=True,
            what="encryption change",
        )
        change_passphrase(path, new)
        print(f"The passphrase of {path} is changed; the old one no longer opens it. {KEEP_IT}")
    return 0
