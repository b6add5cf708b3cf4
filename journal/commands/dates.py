"""Days typed on the command line, read one way by every command."""

from __future__ import annotations

import argparse
from datetime import date

FORMAT_HINT = "use YYYY-MM-DD, e.g. 2026-11-25"


def day_argument(text: str) -> date:
    """An argparse ``type`` for a day given as ``YYYY-MM-DD``.

    Raises:
        argparse.ArgumentTypeError: not a day; argparse shows its message after the usage,
            where the default would say "invalid fromisoformat value".
    """
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a date: {FORMAT_HINT}") from None
