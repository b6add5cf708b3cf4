"""Builders for the summary's page-1 tests: a period of numbered days and its inputs."""

from __future__ import annotations

from datetime import datetime, time

from flag_builders import CET, day, snapshot

from journal.flags import Thresholds, find_flags, flags_between, review
from journal.summary.inputs import SummaryInputs
from journal.summary.request import SummaryRequest
from journal.units import UnitPreferences


def inputs_for(
    checkins=(),
    first: int = 0,
    last: int = 13,
    thresholds: Thresholds | None = None,
    units: UnitPreferences | None = None,
    acknowledgements=None,
    **records,
) -> SummaryInputs:
    """Page 1's inputs for the period from day ``first`` to day ``last`` of a test story.

    The flags are found on the whole journal and chosen by period, as the summary's
    pipeline does; the summary is made the evening after the period's last day.
    """
    thresholds = thresholds or Thresholds()
    units = units or UnitPreferences()
    journal = snapshot(checkins, **records)
    flags = flags_between(find_flags(journal, thresholds, units), day(first), day(last))
    return SummaryInputs(
        snapshot=journal,
        request=SummaryRequest(day(first), day(last), frozenset()),
        reviews=tuple(review(flags, acknowledgements or {})),
        thresholds=thresholds,
        units=units,
        made_at=datetime.combine(day(last + 1), time(18, 30), tzinfo=CET),
    )


def rows_by_name(table) -> dict[str, tuple[str, ...]]:
    """A table's rows by the text of their first cell, as the texts of the other cells."""
    return {row[0].text: tuple(c.text for c in row[1:]) for row in table.rows}
