"""The whole summary: page 1, then each section the user chose, as one document."""

from __future__ import annotations

from collections.abc import Callable

from journal.dates import day_text, moment_text
from journal.summary import care_sections, lesion_section, notes_sections, overview, trends
from journal.summary.blocks import (
    Block,
    Document,
    Facts,
    Heading,
    PageBreak,
    Paragraph,
    Tone,
    patient_line,
)
from journal.summary.inputs import SummaryInputs
from journal.summary.period import day_count
from journal.summary.request import Section
from journal.translation import QT_TRANSLATE_NOOP, translate

TITLE = QT_TRANSLATE_NOOP("Summary", "Symptom summary for my appointment")
"""The summary's title in English; :func:`title` in the user's language."""


def title() -> str:
    """The summary's title in the user's language."""
    return translate("Summary", TITLE)


# The order sections follow page 1, each a function of the inputs.
_SECTIONS: tuple[tuple[Section, Callable[[SummaryInputs], list[Block]]], ...] = (
    (Section.TRENDS, trends.trend_blocks),
    (Section.MEDICINES, care_sections.medicine_blocks),
    (Section.LABS, care_sections.lab_blocks),
    (Section.LESIONS, lesion_section.lesion_blocks),
    (Section.NOTES, notes_sections.notes_blocks),
    (Section.CONTEXT, notes_sections.context_blocks),
)


def period_text(inputs: SummaryInputs) -> str:
    """ "Mon 2 Nov 2026 to Tue 1 Dec 2026 (30 days)"."""
    days = day_count(inputs.first, inputs.last)
    return translate("Summary", "{first} to {last} (%n day(s))", None, days).format(
        first=day_text(inputs.first), last=day_text(inputs.last)
    )


def build_summary(inputs: SummaryInputs) -> Document:
    """The summary document for ``inputs``: page 1 always, then the chosen sections.

    An empty period gives one page that says nothing was recorded then.
    """
    request = inputs.request
    blocks: list[Block]
    if is_empty(inputs):
        blocks = [
            Heading(title()),
            Facts(
                (
                    (translate("Summary", "Period"), period_text(inputs)),
                    (translate("Summary", "Made"), moment_text(inputs.made_at)),
                )
            ),
            Paragraph(
                translate(
                    "Summary",
                    "Nothing was recorded from {first} to {last}: no check-ins, doses, lab "
                    "results, lesion notes or appointments.",
                ).format(first=day_text(inputs.first), last=day_text(inputs.last)),
            ),
            Paragraph(
                translate(
                    "Summary",
                    "Choose a longer period, or bring the journal itself to show what is there.",
                ),
                Tone.QUIET,
            ),
        ]
    else:
        blocks = [Heading(title()), *overview.overview_blocks(inputs)]
        # Page 1 stands alone; after it the sections follow one another, so a short one
        # does not leave most of a page blank (a heading is never left at a page's foot).
        first_section = True
        for section, make in _SECTIONS:
            if section in request.sections:
                part = make(inputs)
                if part:
                    blocks += [PageBreak(), *part] if first_section else part
                    first_section = False
    return Document(
        title=title(),
        patient=patient_line(request.patient_name, request.birth_date),
        period=period_text(inputs),
        made_at=inputs.made_at,
        blocks=tuple(blocks),
    )


def is_empty(inputs: SummaryInputs) -> bool:
    """True when the period holds no record of any kind."""
    snapshot, first, last = inputs.snapshot, inputs.first, inputs.last

    def within(day) -> bool:
        return first <= day <= last

    return not (
        inputs.checkins
        or any(within(d.at.date()) for d in snapshot.doses)
        or any(within(x.taken_on) for x in snapshot.labs)
        or any(within(x.done_on) for x in snapshot.imaging)
        or any(within(x.observed_on) for x in snapshot.lesion_observations)
        or any(within(a.at.date()) for a in snapshot.appointments)
        or any(within(b.taken_on) for b in snapshot.basdai)
    )
