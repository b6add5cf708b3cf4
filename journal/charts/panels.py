"""Choosing what a trend chart shows and gathering it from a journal snapshot.

Every metric is a panel of its own, built-in or the user's own; pain combines "now" and
"worst" with a 7-day mean. Lesions, labs and BASDAI come from the snapshot's other records.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from journal.charts.chart import Band, EventLine, Line, Panel, ReferenceLine, Role, TrendChart
from journal.charts.markers import FlagMarker
from journal.charts.series import (
    PointSeries,
    Readings,
    Reduce,
    daily_readings,
    daily_series,
    rolling_mean,
)
from journal.metrics import BUILTIN_BY_KEY, Metric, MetricKind
from journal.numbers import written, written_short
from journal.snapshot import JournalSnapshot
from journal.translation import translate
from journal.units import UnitPreferences

PAIN = "pain"
BASDAI = "basdai"
LESION = "lesion:"
LAB = "lab:"
DEFAULT_PANELS: tuple[str, ...] = (PAIN, "temperature", "stiffness_minutes", "fatigue", "weight")
FEVER_C = 38.0
STIFFNESS_MINUTES = 30.0
MEAN_WINDOW = 7
# Pain lives in its own panel; "did it help" answers are not a trend.
_NOT_OWN_PANEL = {"pain_now", "pain_worst"}
# The day's highest value is what matters for these: a fever, the worst pain.
_DAY_MAX = {"pain_worst", "temperature"}


@dataclass(frozen=True)
class PanelChoice:
    """One thing the user can choose to chart: its key and plain title."""

    key: str
    title: str


def panel_choices(snapshot: JournalSnapshot, basdai: bool = False) -> list[PanelChoice]:
    """What can be charted for this journal, in the order the panels stack."""
    choices = [PanelChoice(PAIN, translate("Charts", "Pain"))]
    for metric in snapshot.metrics:
        if metric.key not in _NOT_OWN_PANEL and metric.kind is not MetricKind.OUTCOME:
            choices.append(PanelChoice(metric.key, metric.label))
    observed = {o.lesion_id for o in snapshot.lesion_observations}
    for lesion in snapshot.lesions:
        if lesion.id in observed:
            title = translate("Charts", "Lesion: {name}").format(name=lesion.name)
            choices.append(PanelChoice(f"{LESION}{lesion.id}", title))
    for test in _lab_tests(snapshot):
        choices.append(PanelChoice(f"{LAB}{test}", test))
    if basdai:
        choices.append(PanelChoice(BASDAI, "BASDAI"))
    return choices


def _lab_tests(snapshot: JournalSnapshot) -> list[str]:
    tests: dict[str, None] = {}
    for result in snapshot.labs:
        if result.value is not None:
            tests.setdefault(result.test)
    return list(tests)


def metric_keys(keys: Sequence[str], metrics: Sequence[Metric]) -> list[str]:
    """The metrics whose values the chosen panels ``keys`` draw (pain draws two)."""
    known = {m.key for m in metrics}
    found = []
    for key in keys:
        if key == PAIN:
            found += ["pain_worst", "pain_now"]
        elif key in known:
            found.append(key)
    return found


def trend_chart(
    snapshot: JournalSnapshot,
    keys: Sequence[str],
    first: date,
    last: date,
    units: UnitPreferences | None = None,
    flags: Sequence[FlagMarker] = (),
    basdai: PointSeries | None = None,
    readings: Mapping[str, Readings] | None = None,
) -> TrendChart:
    """The chart of the chosen panels from ``first`` to ``last`` inclusive.

    Args:
        snapshot: the journal's records; for a full 7-day mean on ``first`` it should
            start six days earlier.
        keys: the chosen panels (see :func:`panel_choices`), drawn in the order of choices.
        first: the first day shown.
        last: the last day shown.
        units: the user's display units.
        flags: red flags to mark.
        basdai: BASDAI scores, if the journal has them.
        readings: the metrics' values read by metric (from the same day as the
            snapshot); when given, the snapshot's check-ins are not read.
    """
    units = units or UnitPreferences()
    by_key = {m.key: m for m in snapshot.metrics}
    wanted = set(keys)
    order = [c.key for c in panel_choices(snapshot, basdai is not None) if c.key in wanted]
    reductions = {}
    for key in order:
        if key == PAIN:
            reductions.update(pain_now=Reduce.MEAN, pain_worst=Reduce.MAX)
        elif key in by_key:
            reductions[key] = _reduce(by_key[key])
    warm_up = first - timedelta(days=MEAN_WINDOW - 1)

    def convert(key: str, value: float) -> float:
        return units.from_canonical(value, by_key[key].unit)

    if readings is None:
        daily = daily_series(snapshot.checkins, reductions, warm_up, last, convert)
    else:
        daily = daily_readings(readings, reductions, warm_up, last, convert)
    panels: list[Panel] = []
    for key in order:
        if key == PAIN:
            panels.append(_pain_panel(daily, first))
        elif key in by_key:
            panels.append(_metric_panel(by_key[key], daily[key].since(first), units))
        elif key.startswith(LESION):
            panels.extend(_lesion_panels(snapshot, int(key[len(LESION) :]), first, last))
        elif key.startswith(LAB):
            panels.append(_lab_panel(snapshot, key[len(LAB) :], first, last))
        elif key == BASDAI and basdai is not None:
            line = Line(BASDAI, "BASDAI", basdai.between(first, last), role=Role.MEASURE)
            panels.append(Panel(BASDAI, "BASDAI (0–10)", "", (line,), limits=(0, 10)))
    return TrendChart(
        first,
        last,
        tuple(panels),
        bands=_courses(snapshot, first, last),
        events=tuple(
            EventLine(a.at.date(), a.clinician or translate("Charts", "Appointment"))
            for a in snapshot.appointments
            if first <= a.at.date() <= last
        ),
        flags=tuple(f for f in flags if first <= f.day <= last),
    )


def _reduce(metric: Metric) -> Reduce:
    if metric.key in _DAY_MAX or metric.is_boolean:
        return Reduce.MAX
    return Reduce.MEAN


def _pain_panel(daily, first: date) -> Panel:
    now, worst = daily["pain_now"], daily["pain_worst"]
    lines = (
        Line("pain_worst", BUILTIN_BY_KEY["pain_worst"].label, worst.since(first), Reduce.MAX),
        Line("pain_now", BUILTIN_BY_KEY["pain_now"].label, now.since(first)),
        Line(
            "pain_now:mean",
            translate("Charts", "7-day mean"),
            rolling_mean(now).since(first),
            role=Role.MEAN,
        ),
    )
    return Panel(PAIN, translate("Charts", "Pain") + " (0–10)", "", lines, limits=(0, 10))


def _metric_panel(metric: Metric, series, units: UnitPreferences) -> Panel:
    unit = units.unit_for(metric.unit)
    line = Line(metric.key, metric.label, series, _reduce(metric))
    if metric.is_boolean:
        return Panel(metric.key, metric.label, "", (line,), limits=(0, 1), yes_no=True)
    references: tuple[ReferenceLine, ...] = ()
    if metric.key == "temperature":
        fever = units.from_canonical(FEVER_C, "°C")
        references = (ReferenceLine(fever, f"{written(fever)} {unit}"),)
    elif metric.key == "stiffness_minutes":
        minutes = translate("Charts", "{minutes} min").format(
            minutes=written_short(STIFFNESS_MINUTES)
        )
        references = (ReferenceLine(STIFFNESS_MINUTES, minutes),)
    limits = (0.0, 10.0) if metric.kind is MetricKind.SCALE else None
    title = f"{metric.label} ({unit})" if unit else metric.label
    if metric.kind is MetricKind.SCALE:
        title = f"{metric.label} (0–10)"
    return Panel(metric.key, title, unit, (line,), references, limits=limits)


def _lesion_panels(snapshot: JournalSnapshot, lesion_id: int, first: date, last: date):
    lesion = next((les for les in snapshot.lesions if les.id == lesion_id), None)
    if lesion is None:
        return []
    seen = [o for o in snapshot.lesion_observations if o.lesion_id == lesion_id]
    sizes = PointSeries.of((o.observed_on, o.size_mm) for o in seen if o.size_mm is not None)
    counts = PointSeries.of((o.observed_on, o.bump_count) for o in seen if o.bump_count is not None)
    key = f"{LESION}{lesion_id}"
    return [
        Panel(
            key,
            translate("Charts", "{name}: size").format(name=lesion.name) + " (mm)",
            "mm",
            (
                Line(
                    f"{key}:size",
                    translate("Charts", "Size"),
                    sizes.between(first, last),
                    role=Role.MEASURE,
                ),
            ),
        ),
        Panel(
            key,
            translate("Charts", "{name}: bumps").format(name=lesion.name),
            "",
            (
                Line(
                    f"{key}:count",
                    translate("Charts", "Bumps"),
                    counts.between(first, last),
                    role=Role.MEASURE,
                ),
            ),
        ),
    ]


def _lab_panel(snapshot: JournalSnapshot, test: str, first: date, last: date) -> Panel:
    results = [r for r in snapshot.labs if r.test == test and r.value is not None]
    unit = next((r.unit for r in results if r.unit), "")
    ranged = next(
        (r for r in results if r.reference_low is not None or r.reference_high is not None), None
    )
    series = PointSeries.of((r.taken_on, r.value) for r in results).between(first, last)
    return Panel(
        f"{LAB}{test}",
        f"{test} ({unit})" if unit else test,
        unit,
        (Line(f"{LAB}{test}", test, series, role=Role.MEASURE),),
        normal_range=None if ranged is None else (ranged.reference_low, ranged.reference_high),
    )


def _courses(snapshot: JournalSnapshot, first: date, last: date) -> tuple[Band, ...]:
    bands = []
    for regimen in snapshot.regimens:
        # As-needed medicines have no course to shade.
        if regimen.as_needed:
            continue
        end = regimen.end or last
        if regimen.start <= last and end >= first:
            bands.append(Band(max(regimen.start, first), min(end, last), regimen.name))
    return tuple(bands)
