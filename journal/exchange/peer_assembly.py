"""From another tracker's readings to what the journal would add: the same for every tracker.

Each of their names goes, in this order of preference, to: the metric the user mapped it
to; the built-in metric it is known to mean, if its values fit there; a symptom of the
user's own with the same name, if its values fit; or a new symptom of the user's own.
Readings within the same minute become one check-in, as they were most likely recorded
together; two values of one metric in a check-in keep the higher.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from journal.checkin import CheckIn
from journal.custom_symptoms import MAX_NAME, key_for
from journal.exchange.peer_names import convert, fits, normal, problem, well_known_metric
from journal.exchange.peer_readings import Reading, Remark, Source, split_unit
from journal.exchange.peer_records import ImportProblem, Mapped, PeerImport, Skipped
from journal.metrics import Group, Metric, MetricKind
from journal.translation import QT_TRANSLATE_NOOP, translate
from journal.validation import MAX_FUTURE

NEW_SYMPTOM = QT_TRANSLATE_NOOP("Exchange", "a new symptom of your own")
HIGHEST_KEPT = QT_TRANSLATE_NOOP("Exchange", "two in one check-in: the higher kept")


@dataclass
class _Catalogue:
    """The journal's metrics and the ones this import would create."""

    by_key: dict[str, Metric]
    new: list[Metric] = field(default_factory=list)

    def by_label(self, label: str) -> Metric | None:
        folded = label.casefold()
        return next((m for m in self.by_key.values() if m.source_label.casefold() == folded), None)

    def add(self, metric: Metric) -> Metric:
        self.by_key[metric.key] = metric
        self.new.append(metric)
        return metric


def _label(name: str, catalogue: _Catalogue, tracker: str) -> str:
    label = " ".join(name.split())[:MAX_NAME] or "Symptom"
    if catalogue.by_label(label) is None:
        return label
    # Their "Headache" rated 0–4 beside the user's own yes/no "Headache": kept apart.
    for n in range(1, 1000):
        suffix = f" ({tracker})" if n == 1 else f" ({tracker} {n})"
        candidate = label[: MAX_NAME - len(suffix)] + suffix
        if catalogue.by_label(candidate) is None:
            return candidate
    too_many = translate("Exchange", "too many symptoms called “{label}”.")
    raise ImportProblem(0, too_many.format(label=label))


def _own_symptom(name: str, group: Sequence[Reading], catalogue: _Catalogue, tracker: str):
    label = _label(name, catalogue, tracker)
    key = key_for(label, catalogue.by_key)
    sources = {r.source for r in group}
    if len(sources) > 1:
        odd = next(r for r in group if r.source is not group[0].source)
        mixed = translate("Exchange", "“{name}” mixes {kind} and other values.")
        raise ImportProblem(odd.line, mixed.format(name=name, kind=odd.source.value))
    amounts = [r.amount for r in group]
    source = group[0].source
    whole_scale = all(a == int(a) and 0 <= a <= 10 for a in amounts)
    if source is Source.SEVERITY or (source is Source.NUMBER and whole_scale and not group[0].unit):
        kind, unit, low, high = MetricKind.SCALE, "", 0.0, 10.0
    else:
        kind = MetricKind.NUMBER
        unit = "min" if source is Source.MINUTES else group[0].unit
        low = float(min(0, math.floor(min(amounts))))
        high = float(max(math.ceil(max(amounts)), low + 1))
    metric = Metric(key, label, kind, Group.CUSTOM, unit, low, high, builtin=False)
    return catalogue.add(metric)


def _lookup(mapping: Mapping[str, str], name: str) -> str | None:
    if name in mapping:
        return mapping[name]
    wanted = normal(name)
    return next((ours for theirs, ours in mapping.items() if normal(theirs) == wanted), None)


def _target(name: str, group: Sequence[Reading], catalogue: _Catalogue, tracker: str) -> Metric:
    base, _ = split_unit(name)
    key = well_known_metric(base, minutes=group[0].source is Source.MINUTES)
    known = catalogue.by_key.get(key) if key else None
    if known is not None and fits(group, known):
        return known
    same = catalogue.by_label(base)
    if same is not None and fits(group, same):
        return same
    return _own_symptom(base, group, catalogue, tracker)


@dataclass
class _Moment:
    at: datetime
    line: int
    values: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _minute(at: datetime) -> int:
    return int(at.timestamp() // 60)


def assemble(
    readings: Iterable[Reading],
    remarks: Iterable[Remark],
    skipped: Sequence[Skipped],
    context: ImportContext,
) -> PeerImport:
    """What the journal would add from these readings and remarks.

    Raises:
        ImportProblem: a mapping names no metric of the journal, or a mapped value does not
            fit its metric.
    """
    catalogue = _Catalogue({m.key: m for m in context.metrics})
    for theirs, ours in context.mapping.items():
        if ours and ours not in catalogue.by_key:
            unknown = translate(
                "Exchange", "“{ours}” (for “{theirs}”) is not a metric of this journal."
            )
            raise ImportProblem(0, unknown.format(ours=ours, theirs=theirs))
    by_name: dict[str, list[Reading]] = defaultdict(list)
    for reading in readings:
        by_name[reading.name].append(reading)
    left_out = list(skipped)
    targets: dict[str, Metric] = {}
    for name, group in by_name.items():
        chosen = _lookup(context.mapping, name)
        if chosen == "":
            asked = translate("Exchange", "“{name}” left out, as asked.").format(name=name)
            left_out.append(Skipped(group[0].line, asked))
            continue
        if chosen is not None:
            metric = catalogue.by_key[chosen]
            bad = next((r for r in group if not fits((r,), metric)), None)
            if bad is not None:
                raise ImportProblem(bad.line, problem(bad, metric))
            targets[name] = metric
        else:
            targets[name] = _target(name, group, catalogue, context.tracker)
    for theirs in context.mapping:
        if not any(normal(theirs) == normal(n) for n in by_name):
            absent = translate("Exchange", "“{name}” is in the mapping but not in the file.")
            left_out.append(Skipped(0, absent.format(name=theirs)))
    moments, notes = _moments(by_name, targets, remarks, {m.key for m in catalogue.new})
    checkins, future = _checkins(moments, context.now)
    if future:
        left_out.append(
            Skipped(
                future[0],
                translate(
                    "Exchange", "%n check-in(s) dated in the future left out.", None, len(future)
                ),
            )
        )
    mapped = tuple(
        Mapped(name, targets[name].key, "; ".join(sorted(notes[name])))
        for name in by_name
        if name in targets
    )
    return PeerImport(tuple(checkins), tuple(catalogue.new), mapped, tuple(left_out))


def _moments(
    by_name: Mapping[str, Sequence[Reading]],
    targets: Mapping[str, Metric],
    remarks: Iterable[Remark],
    new_keys: set[str],
) -> tuple[dict[int, _Moment], dict[str, set[str]]]:
    moments: dict[int, _Moment] = {}
    notes: dict[str, set[str]] = defaultdict(set)
    for name, metric in targets.items():
        if metric.key in new_keys:
            notes[name].add(translate("Exchange", NEW_SYMPTOM))
        for reading in by_name[name]:
            value, how = convert(reading, metric)
            if value is None:  # never: each target was chosen because every value fits
                raise ImportProblem(reading.line, problem(reading, metric))
            if how:
                notes[name].add(translate("Exchange", how))
            moment = moments.setdefault(_minute(reading.at), _Moment(reading.at, reading.line))
            moment.at = min(moment.at, reading.at)
            if metric.key in moment.values and moment.values[metric.key] != value:
                notes[name].add(translate("Exchange", HIGHEST_KEPT))
                value = max(value, moment.values[metric.key])
            moment.values[metric.key] = value
    for remark in remarks:
        moment = moments.setdefault(_minute(remark.at), _Moment(remark.at, remark.line))
        if remark.text not in moment.notes:
            moment.notes.append(remark.text)
    return moments, notes


def _checkins(moments: Mapping[int, _Moment], now: datetime) -> tuple[list[CheckIn], list[int]]:
    checkins, future = [], []
    for minute in sorted(moments):
        moment = moments[minute]
        if moment.at > now + MAX_FUTURE:
            future.append(moment.line)
            continue
        note = "\n".join(moment.notes)
        if moment.values or note:
            checkins.append(CheckIn(moment.at, dict(moment.values), note=note))
    return checkins, future


@dataclass(frozen=True)
class ImportContext:
    """What every reader needs besides the file.

    Attributes:
        metrics: the journal's metrics, retired symptoms of the user's own included.
        mapping: their name -> our metric key, as the user chose; an empty key leaves the
            name out.
        now: the present, for refusing check-ins dated in the future.
        tracker: the tracker's name, for telling apart symptoms of the same name.
    """

    metrics: Sequence[Metric]
    mapping: Mapping[str, str]
    now: datetime
    tracker: str
