"""(being written) part of the summary."""

from __future__ import annotations

from journal.summary.blocks import Block
from journal.summary.inputs import SummaryInputs


def trend_blocks(inputs: SummaryInputs) -> list[Block]:
    """Not written yet."""
    raise NotImplementedError
