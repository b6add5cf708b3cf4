"""Inputs for the tests of the summary's optional sections: a period in November 2026."""

from __future__ import annotations

from datetime import date

from builders import at

from journal.flags import Thresholds
from journal.snapshot import JournalSnapshot
from journal.summary.inputs import SummaryInputs
from journal.summary.request import SummaryRequest
from journal.units import UnitPreferences

FIRST, LAST = date(2026, 11, 2), date(2026, 11, 30)


def inputs_of(
    snapshot: JournalSnapshot | None = None,
    first: date = FIRST,
    last: date = LAST,
    reviews=(),
    thresholds: Thresholds | None = None,
    units: UnitPreferences | None = None,
) -> SummaryInputs:
    """The summary inputs of ``snapshot`` for ``first`` to ``last``, made on 30 Nov at 18:00."""
    return SummaryInputs(
        snapshot=snapshot or JournalSnapshot(),
        request=SummaryRequest(first, last),
        reviews=tuple(reviews),
        thresholds=thresholds or Thresholds(),
        units=units or UnitPreferences(),
        made_at=at(30, 18),
    )


def blocks_of(blocks, kind) -> list:
    """The blocks of one kind, in order."""
    return [b for b in blocks if isinstance(b, kind)]


def texts(row) -> list[str]:
    """A table row's cells as their words."""
    return [cell.text for cell in row]
