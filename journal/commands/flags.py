"""``symptom-journal flags --journal PATH``: print the red flags a journal raises."""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from datetime import date

from journal.commands.dates import day_argument
from journal.commands.failures import plain_failures
from journal.commands.journal_file import require_journal
from journal.dates import day_text
from journal.flags import FlagReview
from journal.services.flag_check import check_flags
from journal.store.journal_store import open_journal


def add_parser(subparsers, add_journal_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register the ``flags`` subcommand."""
    parser = subparsers.add_parser(
        "flags", help="print the red flags worth telling your doctor, with the data behind them"
    )
    add_journal_option(parser)
    parser.add_argument(
        "--from",
        dest="first",
        type=day_argument,
        metavar="YYYY-MM-DD",
        help="only flags that reach this day or later",
    )
    parser.add_argument(
        "--to",
        dest="last",
        type=day_argument,
        metavar="YYYY-MM-DD",
        help="only flags that start on this day or earlier",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    parser.set_defaults(run=run)


def reviewed_flags(path, first: date | None = None, last: date | None = None) -> list[FlagReview]:
    """The flags of the journal at ``path`` that overlap the period, with acknowledgements."""
    with open_journal(path) as store:
        found = check_flags(
            store.snapshot(),
            store.settings.flag_thresholds(),
            store.settings.units(),
            store.flags.acknowledgements(),
            date.today(),
            first,
            last,
        )
    return found.reviews


def as_json(reviews: list[FlagReview]) -> list[dict]:
    """Flags as plain data: the same fields the window shows."""
    return [
        {
            "rule": r.flag.rule.key,
            "rule_number": r.flag.rule.number,
            "title": r.flag.title,
            "level": r.flag.level.value,
            "first_day": r.flag.first_day.isoformat(),
            "last_day": r.flag.last_day.isoformat(),
            "message": r.flag.message,
            "data": [
                {"day": p.day.isoformat(), "what": p.label, "value": p.value} for p in r.flag.points
            ],
            "acknowledged_at": r.acknowledgement.at.isoformat() if r.acknowledgement else None,
        }
        for r in reviews
    ]


def as_text(reviews: list[FlagReview]) -> str:
    """Flags as a reader-friendly list, each with its data."""
    if not reviews:
        return "No red flags in this period."
    blocks = []
    for r in reviews:
        flag = r.flag
        seen = (
            f" (acknowledged {day_text(r.acknowledgement.at.date())})" if r.acknowledgement else ""
        )
        lines = [
            f"[{flag.level.label.upper()}] {flag.title}: {flag.dates}{seen}",
            f"  {flag.message}",
            "  Recorded:",
        ]
        lines += [f"    {p.text}" for p in flag.points]
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)


@plain_failures("flags")
def run(args: argparse.Namespace) -> int:
    """Print the flags; a missing journal is an error, not a new empty file."""
    reviews = reviewed_flags(require_journal(args.journal), args.first, args.last)
    if args.json:
        print(json.dumps(as_json(reviews), indent=2, ensure_ascii=False))
    else:
        print(as_text(reviews))
    return 0
