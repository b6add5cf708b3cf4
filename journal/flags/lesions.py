"""Rule 8: a skin infection spreading or affecting the whole body (seed 004)."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from journal.flags.days import RuleInput, episodes
from journal.flags.model import DataPoint, Flag, Rule, make_flag, span_words
from journal.lesions.lesion import Lesion, LesionObservation
from journal.metrics import BUILTIN_BY_KEY
from journal.numbers import written_short
from journal.translation import translate


def _grew(before: LesionObservation, after: LesionObservation) -> bool:
    """Size or count of bumps up from one observation to the next (both measured)."""
    size_up = (
        before.size_mm is not None and after.size_mm is not None and after.size_mm > before.size_mm
    )
    count_up = (
        before.bump_count is not None
        and after.bump_count is not None
        and after.bump_count > before.bump_count
    )
    return size_up or count_up


def _measures(o: LesionObservation) -> list[DataPoint]:
    points = []
    if o.size_mm is not None:
        points.append(
            DataPoint(
                o.observed_on,
                translate("Flags", "Size"),
                translate("Flags", "{size} mm").format(size=written_short(o.size_mm)),
            )
        )
    if o.bump_count is not None:
        points.append(DataPoint(o.observed_on, translate("Flags", "Bumps"), f"{o.bump_count}"))
    return points


def lesion_growing(given: RuleInput) -> list[Flag]:
    """Rule 8: a lesion whose size or bump count was up at N observations in a row.

    Each of N consecutive observations of one lesion shows its size or its count of bumps
    higher than at the observation before, so N rises need N + 1 observations. Observations
    of the same lesion on the same day count once (the latest recorded).
    """
    n = given.thresholds.lesion_growth_observations
    # Each lesion's observations, in the snapshot's order: one walk over them, not one a lesion.
    observed: dict[int | None, list[LesionObservation]] = {}
    for o in given.snapshot.lesion_observations:
        observed.setdefault(o.lesion_id, []).append(o)
    flags = []
    for lesion in given.snapshot.lesions:
        mine = sorted(observed.get(lesion.id, ()), key=lambda o: (o.observed_on, o.id or 0))
        by_day = {o.observed_on: o for o in mine}  # the latest recorded that day wins
        seen = [by_day[d] for d in sorted(by_day)]
        streak: list[LesionObservation] = seen[:1]
        runs = []
        for before, after in pairwise(seen):
            streak = [*streak, after] if _grew(before, after) else [after]
            if len(streak) == n + 1:
                runs.append(list(streak))
            elif len(streak) > n + 1:
                runs[-1] = list(streak)
        for run in runs:
            flags.append(_growing_flag(lesion, run))
    return flags


def _growing_flag(lesion: Lesion, run: list[LesionObservation]) -> Flag:
    days = [o.observed_on for o in run]
    points = [p for o in run for p in _measures(o)]
    body = translate(
        "Flags",
        "The lesion “{name}” grew at %n observations in a row, {span}. A skin infection that "
        "keeps spreading may need a different treatment, or drainage.",
        None,
        len(run) - 1,
    ).format(name=lesion.name, span=span_words(days))
    return make_flag(Rule.LESION_GROWING, days, points, body)


def lesion_with_fever(given: RuleInput) -> list[Flag]:
    """Rule 8, sooner: a lesion active (seen and not yet healed) on a day with fever."""
    # The lesions active on each day with fever (days with none are left out).
    active: dict[date, list[Lesion]] = {}
    for d in sorted(given.fever_days):
        if here := [lesion for lesion in given.snapshot.lesions if lesion.active_on(d)]:
            active[d] = here
    label = BUILTIN_BY_KEY["temperature"].label
    flags = []
    for run in episodes(active):
        lesions = {lesion for d in run for lesion in active[d]}
        names = sorted({lesion.name for lesion in lesions})
        points = [
            DataPoint(d, label, given.temperature(given.days[d].temperature or 0)) for d in run
        ]
        points += [
            DataPoint(lesion.first_seen, translate("Flags", "Lesion first seen"), lesion.name)
            for lesion in lesions
        ]
        body = translate(
            "Flags",
            "You recorded a fever {span} while you had a skin lesion ({names}). A fever with a "
            "skin infection can mean that the infection is spreading beyond the skin.",
        ).format(span=span_words(run), names=", ".join(names))
        flags.append(make_flag(Rule.LESION_WITH_FEVER, run, points, body))
    return flags
