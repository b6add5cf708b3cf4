"""The trend charts section: each measure with data in the period, a few panels per chart.

The charts are the window's own (``journal.charts.panels.trend_chart``) over the period,
with medicine courses shaded and the period's red flags marked. Only panels with something
recorded in the period are drawn, so the doctor never turns a page of empty axes; what was
not charted is said in one line instead.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from journal.charts.chart import Panel, Role, TrendChart
from journal.charts.panels import LAB, LESION, PAIN, trend_chart
from journal.metrics import in_sentence
from journal.summary.blocks import Block, Chart, Heading, Paragraph, Tone
from journal.summary.chart_marks import flag_marks, with_user_lines
from journal.summary.inputs import SummaryInputs
from journal.summary.request import Section
from journal.translation import translate

# The built-in measures the section charts, in this order; the user's own symptoms follow.
SYMPTOM_KEYS = ("temperature", "stiffness_minutes", "fatigue", "weight")
PANELS_PER_CHART = 3
# A chart's height on paper: room for the strip of courses and flags, the dates, and each
# panel; at most MAX_CHART_MM so a chart and its heading fit on one page.
BASE_MM, PANEL_MM, MAX_CHART_MM = 22.0, 28.0, 110.0


def trend_blocks(inputs: SummaryInputs) -> list[Block]:
    """The trend charts of the period: symptoms, the user's own symptoms, lesions, labs.

    Each group is a level-2 heading and charts of at most :data:`PANELS_PER_CHART` panels,
    each with a caption saying what its shading, lines and marks mean.
    """
    blocks: list[Block] = [Heading(Section.TRENDS.title)]
    groups = (
        (translate("Summary", "Symptoms"), _symptom_keys(inputs)),
        (translate("Summary", "My own symptoms"), _own_symptom_keys(inputs)),
        (translate("Summary", "Skin lesions"), _lesion_keys(inputs)),
        (translate("Summary", "Lab results"), _lab_keys(inputs)),
    )
    markers = flag_marks(inputs)
    for title, keys in groups:
        chart = _group_chart(inputs, keys, markers)
        if chart is None:
            continue
        blocks.append(Heading(title, level=2))
        for panels in split_panels(chart.panels):
            part = replace_panels(chart, panels)
            blocks.append(Chart(part, chart_height_mm(len(panels)), caption(part)))
    missing = untouched(inputs)
    if len(blocks) == 1:
        blocks.append(
            Paragraph(
                translate("Summary", "Nothing was recorded in this period that could be charted.")
            )
        )
    elif missing:
        blocks.append(
            Paragraph(
                translate(
                    "Summary", "Not charted, as nothing was recorded in this period: {names}."
                ).format(names=", ".join(missing)),
                Tone.QUIET,
            )
        )
    return blocks


def split_panels(panels: Sequence[Panel]) -> list[tuple[Panel, ...]]:
    """``panels`` in as few charts as :data:`PANELS_PER_CHART` allows, of even sizes."""
    count = -(-len(panels) // PANELS_PER_CHART)
    size, extra = divmod(len(panels), count) if count else (0, 0)
    parts, start = [], 0
    for index in range(count):
        end = start + size + (1 if index < extra else 0)
        parts.append(tuple(panels[start:end]))
        start = end
    return parts


def chart_height_mm(panel_count: int) -> float:
    """The height on paper of a chart of ``panel_count`` panels, never over the page's room."""
    return min(MAX_CHART_MM, BASE_MM + PANEL_MM * panel_count)


def replace_panels(chart: TrendChart, panels: Sequence[Panel]) -> TrendChart:
    """``chart`` with only ``panels``, its courses, appointments and flags kept."""
    return TrendChart(
        chart.first, chart.last, tuple(panels), chart.bands, chart.events, chart.flags
    )


def caption(chart: TrendChart) -> str:
    """What the chart's shading, lines and marks mean, only for those it has."""
    parts = []
    if chart.bands:
        parts.append(
            translate("Summary", "Shaded: medicine courses, named in the strip above the panels.")
        )
    lines = [line for panel in chart.panels for line in panel.lines]
    if any(line.role is Role.MEAN for line in lines):
        parts.append(translate("Summary", "Thick dark line: the 7-day mean of pain now."))
    references = [r.label for panel in chart.panels for r in panel.references]
    if references:
        parts.append(
            translate("Summary", "Dashed lines: {lines}.").format(lines="; ".join(references))
        )
    if any(panel.normal_range is not None for panel in chart.panels):
        parts.append(translate("Summary", "Green band: the lab's normal range."))
    if chart.events:
        parts.append(translate("Summary", "Dotted lines: appointments."))
    if chart.flags:
        parts.append(
            translate(
                "Summary", "Triangles: red flags worth telling your doctor (listed on page 1)."
            )
        )
    parts.append(translate("Summary", "A gap in a line is a day with nothing recorded."))
    return " ".join(parts)


def _group_chart(inputs: SummaryInputs, keys: Sequence[str], markers) -> TrendChart | None:
    if not keys:
        return None
    chart = trend_chart(inputs.snapshot, keys, inputs.first, inputs.last, inputs.units, markers)
    panels = [with_user_lines(inputs, p) for p in chart.panels if has_data(p)]
    return replace_panels(chart, panels) if panels else None


def has_data(panel: Panel) -> bool:
    """True when a line of ``panel`` other than a mean has a value in its days."""
    return any(
        len(line.series) and bool(np.isfinite(line.series.values).any())
        for line in panel.lines
        if line.role is not Role.MEAN
    )


def _recorded_keys(inputs: SummaryInputs) -> set[str]:
    return {key for checkin in inputs.checkins for key in checkin.values}


def _symptom_keys(inputs: SummaryInputs) -> list[str]:
    recorded = _recorded_keys(inputs)
    keys = [PAIN] if recorded & {"pain_now", "pain_worst"} else []
    return keys + [key for key in SYMPTOM_KEYS if key in recorded]


def _own_symptom_keys(inputs: SummaryInputs) -> list[str]:
    recorded = _recorded_keys(inputs)
    return [m.key for m in inputs.snapshot.metrics if not m.builtin and m.key in recorded]


def _lesion_keys(inputs: SummaryInputs) -> list[str]:
    # A lesion measured on one day only has no change to chart; its photo pair says it all.
    days: dict[int, set] = {}
    for o in inputs.snapshot.lesion_observations:
        if inputs.first <= o.observed_on <= inputs.last and (
            o.size_mm is not None or o.bump_count is not None
        ):
            days.setdefault(o.lesion_id, set()).add(o.observed_on)
    measured = {lesion_id for lesion_id, seen in days.items() if len(seen) > 1}
    return [f"{LESION}{lesion.id}" for lesion in inputs.snapshot.lesions if lesion.id in measured]


def _lab_keys(inputs: SummaryInputs) -> list[str]:
    tests: dict[str, None] = {}
    for result in inputs.snapshot.labs:
        if result.value is not None and inputs.first <= result.taken_on <= inputs.last:
            tests.setdefault(result.test)
    return [f"{LAB}{test}" for test in tests]


def untouched(inputs: SummaryInputs) -> list[str]:
    """Plain names of the usual measures with nothing recorded in the period."""
    recorded = _recorded_keys(inputs)
    known = {m.key for m in inputs.snapshot.metrics}
    names = [] if recorded & {"pain_now", "pain_worst"} else [translate("Summary", "pain")]
    return names + [in_sentence(k) if k in known else k for k in SYMPTOM_KEYS if k not in recorded]
