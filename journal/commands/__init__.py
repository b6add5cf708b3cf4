"""Command-line subcommands. Each module offers ``add_parser(subparsers)`` and ``run(args)``.

Nothing here imports Qt, so the commands start fast and run on machines with no screen.
"""

from __future__ import annotations

import argparse
import functools
import importlib
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType

from journal.commands import desktop_entry
from journal.commands.passphrases import add_passphrase_option

COMMANDS = {
    "demo": ("demo",),
    "photos": ("photos",),
    "flags": ("flags",),
    "summary": ("summary",),
    "exchange": ("export", "import"),
    "backups": ("backup", "backups", "restore"),
    "check": ("check",),
    "encryption": ("encryption",),
}
"""Each command module, by its name in this package, and the subcommands it registers.

A module is imported only when one of its subcommands may run (or for ``--help``): the
summary's and the exchange's modules bring numpy and the file formats, which a start of the
window, or another command, should not wait for.
"""


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


def command_module(name: str) -> ModuleType:
    """The command module of this package called ``name`` (a key of :data:`COMMANDS`)."""
    return importlib.import_module(f"journal.commands.{name}")


def _wanted(argv: Sequence[str] | None) -> list[str]:
    """The command modules ``argv`` may run: those of the subcommand names it holds.

    Every module for no ``argv`` (the whole parser) and for ``--help``, which lists them all.
    A word that only looks like a subcommand (a file called "demo") costs an import, no more.
    """
    if argv is None or any(a in ("-h", "--help") for a in argv):
        return list(COMMANDS)
    words = set(argv)
    return [module for module, names in COMMANDS.items() if words & set(names)]


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The command line: open the window, or run a subcommand.

    Args:
        argv: the arguments to be parsed, when known: only the command modules they may run
            are imported, and the other subcommands are stubs, enough to tell the user the
            choices. None builds every subcommand.
    """
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
    wanted = _wanted(argv)
    for module, names in COMMANDS.items():
        if module in wanted:
            command_module(module).add_parser(subparsers, _add_subcommand_journal_option)
        else:
            for name in names:  # never chosen: argv does not hold its name
                subparsers.add_parser(name)
    return parser
