"""``symptom-journal demo --journal PATH``: write the demo journal to a new file."""

from __future__ import annotations

import argparse
from collections.abc import Callable

from journal.commands.dates import day_argument
from journal.commands.failures import CommandFailed, plain_failures


def add_parser(subparsers, add_journal_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register the ``demo`` subcommand."""
    parser = subparsers.add_parser(
        "demo", help="write a demo journal (a spinal infection, treated and recovered from)"
    )
    add_journal_option(parser)
    parser.add_argument(
        "--end",
        type=day_argument,
        metavar="YYYY-MM-DD",
        help="the last day of the story (default: today)",
    )
    parser.set_defaults(run=run)


@plain_failures("demo")
def run(args: argparse.Namespace) -> int:
    """Write the demo; refuse to overwrite an existing file."""
    # Imported here: the demo's story and drawings are not needed to open the window.
    from journal.store.demo_writer import JournalExists, write_demo

    if args.journal is None:
        raise CommandFailed("say where to write it, with --journal PATH")
    try:
        store = write_demo(args.journal, end=args.end)
    except JournalExists as exc:
        raise CommandFailed(str(exc), code=1) from None
    count = store.checkins.count()
    store.close()
    print(f"Wrote a demo journal with {count} check-ins to {args.journal}")
    return 0
