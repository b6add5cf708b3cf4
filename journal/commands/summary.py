"""``symptom-journal summary``: write the summary of a period for an appointment, as a PDF.

Drawing needs Qt's GUI module (fonts, painting), never a window: the printing layer is
imported only when the command runs, so that the other commands start fast.
"""

from __future__ import annotations

import argparse
import os
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path

from journal.checkin import local_now
from journal.collector import collector_paused
from journal.commands.dates import day_argument
from journal.commands.failures import CommandFailed, plain_failures
from journal.commands.journal_file import require_journal
from journal.dates import day_text
from journal.services import summary as summary_service
from journal.store.files import write_atomically
from journal.store.journal_store import JournalStore, open_journal
from journal.summary.paper import paper_from_environment
from journal.summary.period import DEFAULT_DAYS, default_period, last_days
from journal.summary.request import Paper, Section, SummaryRequest, parse_sections

# A page object in a PDF's body ("/Type /Page", never "/Pages", the tree above them).
_PAGE_OBJECT = re.compile(rb"/Type\s*/Page(?![A-Za-z])")


def section_argument(text: str) -> frozenset[Section]:
    """An argparse ``type`` for ``--sections trends,labs``.

    Raises:
        argparse.ArgumentTypeError: a section that does not exist, named with the known ones.
    """
    try:
        return parse_sections(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_parser(subparsers, add_journal_option: Callable[[argparse.ArgumentParser], None]) -> None:
    """Register the ``summary`` subcommand."""
    parser = subparsers.add_parser(
        "summary",
        help="write a PDF summary of a period to bring to an appointment",
        description="Write the summary of a period as a PDF: page 1 alone tells the story, "
        "the sections after it are those you choose. By default the period runs from your "
        f"last appointment to today (the last {DEFAULT_DAYS} days when there was none).",
    )
    add_journal_option(parser)
    parser.add_argument(
        "--from",
        dest="first",
        type=day_argument,
        metavar="YYYY-MM-DD",
        help="the period's first day (alone: from then to today)",
    )
    parser.add_argument(
        "--to",
        dest="last",
        type=day_argument,
        metavar="YYYY-MM-DD",
        help=f"the period's last day (alone: the {DEFAULT_DAYS} days ending then)",
    )
    parser.add_argument(
        "--sections",
        type=section_argument,
        default=parse_sections("all"),
        metavar="LIST",
        help="the parts after page 1, separated by commas: "
        f"{','.join(s.value for s in Section)} (default: all)",
    )
    parser.add_argument(
        "--paper",
        choices=[p.value for p in Paper],
        help="a4 or letter (default: the paper of your locale, from LC_ALL, LC_PAPER or LANG)",
    )
    parser.add_argument("--name", default="", metavar="TEXT", help="your name, on every page")
    parser.add_argument(
        "--born", type=day_argument, metavar="YYYY-MM-DD", help="your date of birth, beside it"
    )
    parser.add_argument(
        "-o", "--output", type=Path, required=True, metavar="FILE.pdf", help="the PDF to write"
    )
    parser.set_defaults(run=run)


def summary_period(
    first: date | None, last: date | None, appointments, today: date
) -> tuple[date, date]:
    """The days the summary covers, from what was given on the command line.

    Raises:
        CommandFailed: the period would end before it starts.
    """
    if first is not None and last is not None:
        period = first, last
    elif first is not None:
        period = first, today
    elif last is not None:
        period = last_days(DEFAULT_DAYS, last)
    else:
        return default_period(appointments, today)
    if period[1] < period[0]:
        end = f"--to {last.isoformat()}" if last is not None else f"today ({day_text(today)})"
        raise CommandFailed(
            f"--from {period[0].isoformat()} is after {end}: the period would end before it starts."
        )
    return period


def refuse_unwritable(output: Path) -> None:
    """Refuse, before any work, a PDF path that cannot be written.

    Raises:
        CommandFailed: a folder, a missing folder, or no permission to write there.
    """
    if output.is_dir():
        raise CommandFailed(
            f"{output} is a folder: give the PDF file's name, e.g. {output}/summary.pdf"
        )
    folder = output.parent
    if not folder.is_dir():
        raise CommandFailed(f"cannot write {output}: the folder {folder} does not exist")
    if not os.access(folder, os.W_OK | os.X_OK) or (
        output.exists() and not os.access(output, os.W_OK)
    ):
        raise CommandFailed(
            f"you are not allowed to write {output}: check its folder's permissions"
        )


def _page_count(data: bytes, told: list[int]) -> int:
    return told[-1] if told else len(_PAGE_OBJECT.findall(data))


def summary_pdf_bytes(store: JournalStore, request: SummaryRequest, progress=None) -> bytes:
    """The summary ``request`` asks for, of the open journal, as a PDF file's bytes."""
    # Imported here: drawing loads Qt, which a command that fails early never needs.
    from journal.printing.application import ensure_application
    from journal.printing.chart_helper import charts_beside
    from journal.printing.summary_pdf import pdf_bytes

    # Reading ten years and finding their flags makes objects by the hundred thousand and
    # few cycles: the collector would walk them all again and again for nothing. The chart
    # helper starts first, so that its imports run while the journal is read.
    with charts_beside(), collector_paused():
        document = summary_service.summary_document(
            store.snapshot(),
            request,
            store.settings.flag_thresholds(),
            store.settings.units(),
            store.flags.acknowledgements(),
            local_now(),
        )
        ensure_application()  # fonts need a GUI application (no window, no screen)
        return pdf_bytes(document, request.paper, store.photos.original_reader(), progress)


@plain_failures("summary")
def run(args: argparse.Namespace) -> int:
    """Write the PDF; exit 2 with one line on stderr when it cannot be made or written."""
    journal = require_journal(args.journal)
    output: Path = args.output.expanduser()
    refuse_unwritable(output)
    today = local_now().date()
    told: list[int] = []

    def progress(done: int, total: int) -> bool:
        told.append(total)
        return True  # a command is stopped with Ctrl+C, not from here

    with open_journal(journal) as store:
        first, last = summary_period(args.first, args.last, store.appointments.all(), today)
        request = SummaryRequest(
            first=first,
            last=last,
            sections=args.sections,
            patient_name=args.name,
            birth_date=args.born,
            paper=Paper(args.paper) if args.paper else paper_from_environment(os.environ),
        )
        data = summary_pdf_bytes(store, request, progress)
    write_atomically(output, data, own_folder=False)
    pages = _page_count(data, told)
    print(
        f"Wrote the summary of {day_text(first)} to {day_text(last)} to {output} "
        f"({pages} page{'s' if pages != 1 else ''})."
    )
    return 0
