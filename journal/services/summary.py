"""The appointment summary of a period: the one recipe behind the window and the command line."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from journal.flags import Acknowledgement, Thresholds
from journal.services.flag_check import check_flags
from journal.snapshot import JournalSnapshot
from journal.summary.blocks import Document
from journal.summary.build import build_summary
from journal.summary.inputs import SummaryInputs
from journal.summary.request import SummaryRequest
from journal.units import UnitPreferences


def summary_document(
    snapshot: JournalSnapshot,
    request: SummaryRequest,
    thresholds: Thresholds,
    units: UnitPreferences,
    acknowledgements: Mapping[str, Acknowledgement],
    made_at: datetime,
) -> Document:
    """The summary ``request`` asks for, from the whole journal in ``snapshot``.

    The red flags are those of the whole journal that touch the period, found by the same
    pipeline as the banner and the Red flags page.
    """
    found = check_flags(
        snapshot, thresholds, units, acknowledgements, made_at.date(), request.first, request.last
    )
    inputs = SummaryInputs(
        snapshot=snapshot,
        request=request,
        reviews=tuple(found.reviews),
        thresholds=thresholds,
        units=units,
        made_at=made_at,
    )
    return build_summary(inputs)
