"""(being written) Drawing a summary document: to PDF bytes, to a printer, to a preview."""

from __future__ import annotations

from collections.abc import Callable

from journal.summary.blocks import Document
from journal.summary.request import Paper

# Reads a stored photo's bytes by its id (through the store, never by path).
PhotoLoader = Callable[[int], bytes]
# Told (pages done, pages in all); returns False to stop.
Progress = Callable[[int, int], bool]


class PrintCancelled(Exception):
    """The user stopped the drawing; nothing was written."""


def photo_ids(document: Document) -> list[int]:
    """Every stored photo the document shows, in order, each once."""
    raise NotImplementedError


def pdf_bytes(
    document: Document, paper: Paper, photos: PhotoLoader, progress: Progress | None = None
) -> bytes:
    """The document as a PDF/A-1b file's bytes, fonts embedded, text extractable.

    Raises:
        PrintCancelled: ``progress`` returned False.
    """
    raise NotImplementedError


def paint(
    document: Document, printer, photos: PhotoLoader, progress: Progress | None = None
) -> int:
    """Draw the document on ``printer`` (a QPrinter, as the print and preview dialogs give);
    returns the number of pages."""
    raise NotImplementedError
