"""Page 1 of the summary: the story of the period in what a doctor reads in a minute.

The period and how much of it was recorded, the red flags most urgent first, the key
figures beside the period before, one chart of pain and temperature, and the gaps in the
record. What the program computed is told apart from what the patient recorded.
"""

from __future__ import annotations

from dataclasses import replace

from journal.charts.panels import PAIN, trend_chart
from journal.dates import day_text, moment_text
from journal.summary.blocks import Block, Chart, Facts, Heading, Paragraph, Tone
from journal.summary.chart_marks import fever_text, flag_marks, with_user_lines
from journal.summary.flag_items import flag_blocks
from journal.summary.inputs import SummaryInputs
from journal.summary.key_figures import key_figures_table
from journal.summary.missing_data import missing_lines
from journal.translation import translate

CHART_HEIGHT_MM = 46.0
TEMPERATURE = "temperature"


def overview_blocks(inputs: SummaryInputs) -> list[Block]:
    """Page 1's blocks, after the document's title."""
    gaps = missing_lines(inputs.figures)
    blocks: list[Block] = [
        facts(inputs),
        Heading(translate("Summary", "Red flags in this period"), 2),
        *flag_blocks(inputs.reviews),
        Heading(translate("Summary", "Key figures"), 2),
        key_figures_table(inputs),
        # The chart's own panel titles say what it shows: no heading, so page 1 keeps room.
        overview_chart(inputs),
    ]
    if gaps:
        blocks += [
            Heading(translate("Summary", "Gaps in the record"), 2),
            *(Paragraph(g, Tone.QUIET) for g in gaps),
        ]
    return blocks


def facts(inputs: SummaryInputs) -> Facts:
    """The period, how many of its days have a record, when this was made and up to when."""
    now, before = inputs.figures, inputs.previous_figures
    days, recorded, earlier = now.days, now.checkin_days, before.checkin_days
    latest = now.latest_checkin
    return Facts(
        (
            (
                translate("Summary", "Period"),
                translate("Summary", "{first} to {last} (%n day(s))", None, days).format(
                    first=day_text(inputs.first), last=day_text(inputs.last)
                ),
            ),
            (
                translate("Summary", "Days with a check-in"),
                translate("Summary", "{recorded} of {days}").format(recorded=recorded, days=days),
            ),
            (translate("Summary", "Made"), moment_text(inputs.made_at)),
            (
                translate("Summary", "Goes up to"),
                translate("Summary", "the check-in of {moment}").format(
                    moment=moment_text(latest.taken_at)
                )
                if latest
                else translate("Summary", "no check-in in this period"),
            ),
            (
                translate("Summary", "Compared with"),
                translate(
                    "Summary", "{first} to {last}, a check-in on {recorded} of %n days", None, days
                ).format(
                    first=day_text(before.first), last=day_text(before.last), recorded=earlier
                ),
            ),
        )
    )


def overview_chart(inputs: SummaryInputs) -> Chart:
    """Pain and temperature over the period, medicine courses shaded, flags marked."""
    chart = trend_chart(
        inputs.snapshot,
        (PAIN, TEMPERATURE),
        inputs.first,
        inputs.last,
        inputs.units,
        flag_marks(inputs),
    )
    # Page 1 speaks of the user's own fever line, not the chart's default.
    chart = replace(chart, panels=tuple(with_user_lines(inputs, p) for p in chart.panels))
    fever = fever_text(inputs)
    caption = translate(
        "Summary",
        "Pain (0–10): worst and now as recorded, and the 7-day mean computed by the program. "
        "Temperature: each day's highest, the line at {fever}.",
    ).format(fever=fever)
    if chart.bands:
        names = ", ".join(dict.fromkeys(b.label for b in chart.bands))
        shaded = translate("Summary", "Shaded: medicine courses ({names}).")
        caption += " " + shaded.format(names=names)
    return Chart(chart, CHART_HEIGHT_MM, caption)
