"""Page 1's key figures, each beside the same figure for the period before of the same length.

A figure that cannot be worked out says so in words ("not recorded"), never a blank cell:
on paper a blank reads as a printing fault or as zero.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from journal.dates import short_day_text
from journal.numbers import written, written_short
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
from journal.translation import QT_TRANSLATE_NOOP, translate
from journal.units import UnitPreferences

COLUMNS = (
    QT_TRANSLATE_NOOP("Summary", "What"),
    QT_TRANSLATE_NOOP("Summary", "This period"),
    QT_TRANSLATE_NOOP("Summary", "Period before"),
)
"""The table's column titles in English, translated where the table is made."""
# Narrow labels that may wrap, wide figures that then fit one line.
WIDTHS = (2.0, 2.75, 2.75)
NOT_RECORDED = QT_TRANSLATE_NOOP("Summary", "not recorded")
NOTE = QT_TRANSLATE_NOOP(
    "Summary",
    "Computed by the program from what was recorded. Marked: a fever, a nerve symptom, a lab "
    "value out of range.",
)


def _not_recorded() -> Cell:
    return Cell(translate("Summary", NOT_RECORDED))


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
    stiff = _minutes(inputs.thresholds.stiffness_minutes)
    rows = [
        _row(translate("Summary", "Pain (0–10)"), now, before, _pain),
        _row(_trend_label(now.figures), now, before, lambda c: _trend(c.figures)),
        _row(
            translate("Summary", "Fever days (≥ {fever})").format(fever=fever),
            now,
            before,
            _fever_days,
        ),
        _row(
            translate("Summary", "Highest temperature"),
            now,
            before,
            lambda c: _temperature(c.figures, units),
        ),
        _row(translate("Summary", "Stiffness, median"), now, before, _stiffness),
        _row(
            translate("Summary", "Stiffness over {minutes}").format(minutes=stiff),
            now,
            before,
            _long_stiffness,
        ),
        _row(
            translate("Summary", "Weight change"), now, before, lambda c: _weight(c.figures, units)
        ),
        _row(translate("Summary", "Nerve symptom days"), now, before, _nerves),
    ]
    if now.scores or before.scores:
        rows.append(_row(translate("Summary", "BASDAI, latest"), now, before, _basdai))
    if any(c.scores and c.scores.asdas for c in columns):
        rows.append(_row(translate("Summary", "ASDAS, latest"), now, before, _asdas))
    rows += _lab_rows(inputs, now, before)
    columns_shown = tuple(translate("Summary", title) for title in COLUMNS)
    return Table(columns_shown, tuple(rows), WIDTHS, translate("Summary", NOTE))


def _minutes(minutes: float) -> str:
    return translate("Summary", "{minutes} min").format(minutes=written_short(minutes))


def _row(label: str, now: Column, before: Column, cell: Callable[[Column], Cell]):
    return (Cell(label, strong=True), cell(now), cell(before))


def _lab_rows(inputs: SummaryInputs, now: Column, before: Column) -> list[tuple[Cell, ...]]:
    labs = inputs.snapshot.labs
    rows = []
    for test in MARKERS:
        changes = [change_between(labs, test, c.first, c.last) for c in (now, before)]
        if any(changes):
            label = translate("Summary", "{test}, first to latest").format(test=test)
            rows.append((Cell(label, strong=True), *map(_lab, changes)))
    course = running_course(inputs.snapshot.regimens, inputs.first, inputs.last)
    if course is None:
        return rows
    for test in MARKERS:
        since = change_since_course(labs, test, course, inputs.last)
        if since is None:
            continue
        label = translate("Summary", "{test} since antibiotics ({day})").format(
            test=test, day=short_day_text(course.start)
        )
        if course.start > before.last:
            earlier = Cell(translate("Summary", "course not begun"))
        else:
            earlier = _lab(change_since_course(labs, test, course, before.last))
        rows.append((Cell(label, strong=True), _lab(since), earlier))
    return rows


def _pain(column: Column) -> Cell:
    figures = column.figures
    if figures.pain_mean is None or figures.pain_highest is None:
        # "Worst pain" alone, without a rating of the moment, has no mean to give.
        highest = figures.pain_highest
        if highest is None:
            return _not_recorded()
        return Cell(
            translate("Summary", "highest {highest}").format(highest=written_short(highest))
        )
    return Cell(
        translate("Summary", "mean {mean}, highest {highest}").format(
            mean=written(figures.pain_mean), highest=written_short(figures.pain_highest)
        )
    )


def _trend_label(figures: PeriodFigures) -> str:
    if figures.trend_days == TREND_DAYS:
        return translate("Summary", "Pain, first vs last week")
    return translate("Summary", "Pain, first vs last %n day(s)", None, figures.trend_days)


def _trend(figures: PeriodFigures) -> Cell:
    if figures.trend_days == 0:
        return Cell(translate("Summary", "period too short"))
    start, end = figures.pain_first_days, figures.pain_last_days
    if start is None and end is None:
        return _not_recorded()
    if start is None or end is None:
        return Cell(_no_pain_in(figures, first=start is None))
    change = end - start
    if abs(change) < SAME_PAIN:
        return Cell(
            translate("Summary", "{start} to {end}, about the same").format(
                start=written(start), end=written(end)
            )
        )
    way = (
        translate("Summary", "{start} to {end}, up {change}")
        if change > 0
        else translate("Summary", "{start} to {end}, down {change}")
    )
    return Cell(way.format(start=written(start), end=written(end), change=written(abs(change))))


def _no_pain_in(figures: PeriodFigures, first: bool) -> str:
    days = figures.trend_days
    if days == TREND_DAYS:
        if first:
            return translate("Summary", "no pain recorded in the first week")
        return translate("Summary", "no pain recorded in the last week")
    if first:
        return translate("Summary", "no pain recorded in the first %n day(s)", None, days)
    return translate("Summary", "no pain recorded in the last %n day(s)", None, days)


def _fever_days(column: Column) -> Cell:
    figures = column.figures
    if not figures.temperature_days:
        return Cell(translate("Summary", "no temperature recorded"))
    return Cell(
        translate("Summary", "{fever} of {measured} days measured").format(
            fever=figures.fever_days, measured=figures.temperature_days
        ),
        marked=figures.fever_days > 0,
    )


def _temperature(figures: PeriodFigures, units: UnitPreferences) -> Cell:
    if figures.highest_temperature is None:
        return _not_recorded()
    return Cell(units.format(figures.highest_temperature, "°C"))


def _stiffness(column: Column) -> Cell:
    found = column.figures.stiffness_median
    return _not_recorded() if found is None else Cell(_minutes(found))


def _long_stiffness(column: Column) -> Cell:
    figures = column.figures
    if not figures.stiffness_days:
        return _not_recorded()
    return Cell(
        translate("Summary", "{long} of {recorded} days recorded").format(
            long=figures.long_stiffness_days, recorded=figures.stiffness_days
        )
    )


def _weight(figures: PeriodFigures, units: UnitPreferences) -> Cell:
    start, end = figures.first_weight, figures.last_weight
    if start is None or end is None:
        return _not_recorded()
    if start.day == end.day:
        return Cell(
            translate("Summary", "{weight}, one day").format(weight=units.format(start.kg, "kg"))
        )
    words = translate("Summary", "{first} to {last}").format(
        first=units.format(start.kg, "kg"), last=units.format(end.kg, "kg")
    )
    # The change in the unit shown, rounded as shown, so that it agrees with the two weights.
    change = round(units.from_canonical(end.kg, "kg"), 1) - round(
        units.from_canonical(start.kg, "kg"), 1
    )
    if round(change, 1) == 0:
        return Cell(translate("Summary", "{weights}, unchanged").format(weights=words))
    way = (
        translate("Summary", "{weights}, up {change}")
        if change > 0
        else translate("Summary", "{weights}, down {change}")
    )
    change_text = f"{written(abs(change))} {units.unit_for('kg')}"
    return Cell(way.format(weights=words, change=change_text))


def _nerves(column: Column) -> Cell:
    figures = column.figures
    if not figures.checkin_days:
        return _not_recorded()
    if not figures.nerve_days:
        return Cell(translate("Summary", "none"))
    named = ", ".join(figures.nerve_symptoms)
    return Cell(f"{figures.nerve_days} ({named})", marked=True)


def _basdai(column: Column) -> Cell:
    return Cell(column.scores.basdai_text()) if column.scores else _not_recorded()


def _asdas(column: Column) -> Cell:
    text = column.scores.asdas_text() if column.scores else ""
    return Cell(text) if text else _not_recorded()


def _lab(change: LabChange | None) -> Cell:
    if change is None:
        return Cell(translate("Summary", "no result"))
    return Cell(change.text(), marked=change.out_of_range)
