"""Command-line subcommands. Each module offers ``add_parser(subparsers)`` and ``run(args)``.

Nothing here imports Qt, so the commands start fast and run on machines with no screen.
"""

from __future__ import annotations

import argparse
import functools
from pathlib import Path

from journal.commands import (
    backups,
    check,
    demo,
    desktop_entry,
    encryption,
    exchange,
    flags,
    photos,
    summary,
)
from journal.commands.passphrases import add_passphrase_option

COMMANDS = (demo, photos, flags, summary, exchange, backups, check, encryption)


def add_journal_option(parser: argparse.ArgumentParser, default: object = None) -> None:
    """The ``--journal PATH`` option every command shares."""
    parser.add_argument(
        "--journal",
        type=Path,
        metavar="PATH",
        default=default,
        help="the journal file (default: journal.sqlite in $SYMPTOM_JOURNAL_HOME "
        "or in your data folder)",
    )


def _add_subcommand_journal_option(parser: argparse.ArgumentParser) -> None:
    # No default of its own: argparse would let it (None) replace a --journal given before
    # the subcommand's name, as in "symptom-journal --journal PATH flags".
    add_journal_option(parser, default=argparse.SUPPRESS)
    add_passphrase_option(parser, default=argparse.SUPPRESS)


def build_parser() -> argparse.ArgumentParser:
    """The whole command line: open the window, or run a subcommand."""
    parser = argparse.ArgumentParser(
        prog="symptom-journal",
        allow_abbrev=False,
        description="A private, offline diary for back pain, fever, stiffness and skin lesions.",
    )
    add_journal_option(parser)
    add_passphrase_option(parser)
    which = parser.add_mutually_exclusive_group()
    which.add_argument(
        "--demo", action="store_true", help="open a demo journal, kept apart from your own data"
    )
    which.add_argument(
        "--demo-if-new",
        action="store_true",
        help="the same as no option, kept for old scripts: your last journal, or with none "
        "yet the welcome screen, which offers the demo",
    )
    desktop_entry.add_option(parser)
    parser.add_argument(
        "--minimised",
        "--minimized",
        action="store_true",
        help="start minimised (as the autostart entry does at login), to remind from the tray",
    )
    # No abbreviated options: "--passphrase SECRET" must not pass for --passphrase-file.
    subparsers = parser.add_subparsers(
        dest="command",
        metavar="COMMAND",
        parser_class=functools.partial(argparse.ArgumentParser, allow_abbrev=False),
    )
    for command in COMMANDS:
        command.add_parser(subparsers, _add_subcommand_journal_option)
    return parser
