"""Page 1's key figures, each beside the same figure for the period before of the same length.

A figure that cannot be worked out says so in words ("not recorded"), never a blank cell:
on paper a blank reads as a printing fault or as zero.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from journal.dates import short_day_text
from journal.recovery import SAME_PAIN
from journal.summary.activity_scores import ActivityScores, latest_scores
from journal.summary.blocks import Cell, Table
from journal.summary.figures import TREND_DAYS, PeriodFigures
from journal.summary.inputs import SummaryInputs
from journal.summary.lab_change import (
    MARKERS,
    LabChange,
    change_between,
    change_since_course,
    running_course,
)
from journal.units import UnitPreferences

COLUMNS = ("What", "This period", "Period before")
# Narrow labels that may wrap, wide figures that then fit one line.
WIDTHS = (2.0, 2.75, 2.75)
NOT_RECORDED = "not recorded"
NOTE = (
    "Computed by the program from what was recorded. Marked: a fever, a nerve symptom, a lab "
    "value out of range."
)


@dataclass(frozen=True)
class Column:
    """What one column of the table reads: a period's figures, scores and lab changes."""

    first: date
    last: date
    figures: PeriodFigures
    scores: ActivityScores | None


def key_figures_table(inputs: SummaryInputs) -> Table:
    """The key figures of the period and of the period before, one row per figure."""
    snapshot, units = inputs.snapshot, inputs.units
    columns = []
    for figures in (inputs.figures, inputs.previous_figures):
        scores = latest_scores(snapshot.basdai, snapshot.labs, figures.first, figures.last)
        columns.append(Column(figures.first, figures.last, figures, scores))
    now, before = columns
    fever = units.format(inputs.thresholds.fever_celsius, "°C")
    stiff = f"{inputs.thresholds.stiffness_minutes:g} min"
    rows = [
        _row("Pain (0–10)", now, before, _pain),
        _row(_trend_label(now.figures), now, before, lambda c: _trend(c.figures)),
        _row(f"Fever days (≥ {fever})", now, before, _fever_days),
        _row("Highest temperature", now, before, lambda c: _temperature(c.figures, units)),
        _row("Stiffness, median", now, before, _stiffness),
        _row(f"Stiffness over {stiff}", now, before, _long_stiffness),
        _row("Weight change", now, before, lambda c: _weight(c.figures, units)),
        _row("Nerve symptom days", now, before, _nerves),
    ]
    if now.scores or before.scores:
        rows.append(_row("BASDAI, latest", now, before, _basdai))
    if any(c.scores and c.scores.asdas for c in columns):
        rows.append(_row("ASDAS, latest", now, before, _asdas))
    rows += _lab_rows(inputs, now, before)
    return Table(COLUMNS, tuple(rows), WIDTHS, NOTE)


def _row(label: str, now: Column, before: Column, cell: Callable[[Column], Cell]):
    return (Cell(label, strong=True), cell(now), cell(before))


def _lab_rows(inputs: SummaryInputs, now: Column, before: Column) -> list[tuple[Cell, ...]]:
    labs = inputs.snapshot.labs
    rows = []
    for test in MARKERS:
        changes = [change_between(labs, test, c.first, c.last) for c in (now, before)]
        if any(changes):
            rows.append((Cell(f"{test}, first to latest", strong=True), *map(_lab, changes)))
    course = running_course(inputs.snapshot.regimens, inputs.first, inputs.last)
    if course is None:
        return rows
    for test in MARKERS:
        since = change_since_course(labs, test, course, inputs.last)
        if since is None:
            continue
        label = f"{test} since antibiotics ({short_day_text(course.start)})"
        if course.start > before.last:
            earlier = Cell("course not begun")
        else:
            earlier = _lab(change_since_course(labs, test, course, before.last))
        rows.append((Cell(label, strong=True), _lab(since), earlier))
    return rows


def _pain(column: Column) -> Cell:
    figures = column.figures
    if figures.pain_mean is None or figures.pain_highest is None:
        # "Worst pain" alone, without a rating of the moment, has no mean to give.
        highest = figures.pain_highest
        return Cell(NOT_RECORDED if highest is None else f"highest {highest:g}")
    return Cell(f"mean {figures.pain_mean:.1f}, highest {figures.pain_highest:g}")


def _trend_label(figures: PeriodFigures) -> str:
    return f"Pain, first vs last {_span(figures)}"


def _span(figures: PeriodFigures) -> str:
    days = figures.trend_days
    return "week" if days == TREND_DAYS else f"{days} day{'s' if days != 1 else ''}"


def _trend(figures: PeriodFigures) -> Cell:
    if figures.trend_days == 0:
        return Cell("period too short")
    start, end = figures.pain_first_days, figures.pain_last_days
    if start is None and end is None:
        return Cell(NOT_RECORDED)
    if start is None or end is None:
        end_name = "first" if start is None else "last"
        return Cell(f"no pain recorded in the {end_name} {_span(figures)}")
    change = end - start
    if abs(change) < SAME_PAIN:
        return Cell(f"{start:.1f} to {end:.1f}, about the same")
    return Cell(f"{start:.1f} to {end:.1f}, {'up' if change > 0 else 'down'} {abs(change):.1f}")


def _fever_days(column: Column) -> Cell:
    figures = column.figures
    if not figures.temperature_days:
        return Cell("no temperature recorded")
    return Cell(
        f"{figures.fever_days} of {figures.temperature_days} days measured",
        marked=figures.fever_days > 0,
    )


def _temperature(figures: PeriodFigures, units: UnitPreferences) -> Cell:
    if figures.highest_temperature is None:
        return Cell(NOT_RECORDED)
    return Cell(units.format(figures.highest_temperature, "°C"))


def _stiffness(column: Column) -> Cell:
    found = column.figures.stiffness_median
    return Cell(NOT_RECORDED if found is None else f"{found:g} min")


def _long_stiffness(column: Column) -> Cell:
    figures = column.figures
    if not figures.stiffness_days:
        return Cell(NOT_RECORDED)
    return Cell(f"{figures.long_stiffness_days} of {figures.stiffness_days} days recorded")


def _weight(figures: PeriodFigures, units: UnitPreferences) -> Cell:
    start, end = figures.first_weight, figures.last_weight
    if start is None or end is None:
        return Cell(NOT_RECORDED)
    if start.day == end.day:
        return Cell(f"{units.format(start.kg, 'kg')}, one day")
    words = f"{units.format(start.kg, 'kg')} to {units.format(end.kg, 'kg')}"
    # The change in the unit shown, rounded as shown, so that it agrees with the two weights.
    change = round(units.from_canonical(end.kg, "kg"), 1) - round(
        units.from_canonical(start.kg, "kg"), 1
    )
    if round(change, 1) == 0:
        return Cell(f"{words}, unchanged")
    way = "up" if change > 0 else "down"
    return Cell(f"{words}, {way} {abs(change):.1f} {units.unit_for('kg')}")


def _nerves(column: Column) -> Cell:
    figures = column.figures
    if not figures.checkin_days:
        return Cell(NOT_RECORDED)
    if not figures.nerve_days:
        return Cell("none")
    named = ", ".join(label.lower() for label in figures.nerve_symptoms)
    return Cell(f"{figures.nerve_days} ({named})", marked=True)


def _basdai(column: Column) -> Cell:
    return Cell(column.scores.basdai_text() if column.scores else NOT_RECORDED)


def _asdas(column: Column) -> Cell:
    text = column.scores.asdas_text() if column.scores else ""
    return Cell(text or NOT_RECORDED)


def _lab(change: LabChange | None) -> Cell:
    if change is None:
        return Cell("no result")
    return Cell(change.text(), marked=change.out_of_range)
