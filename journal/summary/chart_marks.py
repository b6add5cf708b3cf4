"""What the summary's charts add to the stock trend chart: the period's red flags as marks,
and threshold lines at the user's own settings rather than the defaults."""

from __future__ import annotations

from dataclasses import replace

from journal.charts.chart import Panel, ReferenceLine
from journal.charts.markers import FlagMarker
from journal.flags import flag_markers
from journal.numbers import written_short
from journal.summary.inputs import SummaryInputs
from journal.translation import translate


def flag_marks(inputs: SummaryInputs) -> tuple[FlagMarker, ...]:
    """The period's red flags as marks on a chart."""
    flags = [review.flag for review in inputs.reviews]
    return tuple(FlagMarker(day, label, level) for day, label, level in flag_markers(flags))


def fever_text(inputs: SummaryInputs) -> str:
    """The user's fever line in their units: "38.0 °C"."""
    return inputs.units.format(inputs.thresholds.fever_celsius, "°C")


def with_user_lines(inputs: SummaryInputs, panel: Panel) -> Panel:
    """The panel with its threshold line at the user's own setting (the stock chart draws the
    product's default: 38.0 °C, 30 minutes)."""
    thresholds, units = inputs.thresholds, inputs.units
    if panel.key == "temperature":
        fever = units.from_canonical(thresholds.fever_celsius, "°C")
        return replace(
            panel,
            references=(
                ReferenceLine(
                    fever,
                    translate("Summary", "fever line {fever}").format(fever=fever_text(inputs)),
                ),
            ),
        )
    if panel.key == "stiffness_minutes":
        minutes = thresholds.stiffness_minutes
        return replace(
            panel,
            references=(
                ReferenceLine(
                    minutes,
                    translate("Summary", "{minutes} minutes of stiffness").format(
                        minutes=written_short(minutes)
                    ),
                ),
            ),
        )
    return panel
