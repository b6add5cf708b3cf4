"""The red-flag rules as first written, each walking the days its own way: kept only to
check that the quicker rules find exactly the same flags (``test_quick_rules.py``).

Copied as they were, apart from their names: the fold of a day's check-ins that walked
every value, the rounding comparison asked of every value, a fever looked up day by day,
and each rule's own walks over the days, lesions and regimens.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import pairwise
from math import inf

from journal.checkin import CheckIn
from journal.flags.days import (
    BACK_REGIONS,
    MOTOR_KEYS,
    NERVE_KEYS,
    Day,
    RuleInput,
    consecutive_runs,
    episodes,
    mean_pain,
    out_of_ten,
    span,
)
from journal.flags.lesions import _grew, _growing_flag
from journal.flags.model import (
    DataPoint,
    Flag,
    Level,
    Rule,
    between_words,
    listed,
    make_flag,
    span_words,
    yes,
)
from journal.flags.nerves import _label
from journal.flags.pain import _PAIN, MIN_DAYS_IN_SPAN, PAIN_MEDICINES, TAKEN, worsening_days
from journal.flags.relapse import MEAN_DAYS, _flag, antibiotic_courses
from journal.flags.thresholds import Thresholds
from journal.flags.weight import weight_loss
from journal.lesions.lesion import LesionObservation
from journal.metrics import BUILTIN_BY_KEY, in_sentence
from journal.numbers import written, written_short
from journal.snapshot import JournalSnapshot
from journal.translation import translate
from journal.units import UnitPreferences

_HIGHEST = frozenset({"temperature", "pain_now", "pain_worst", "stiffness_minutes"})
_OUTCOMES = frozenset({"medicine_helped", "rest_helped"})


def _fold(day: date, checkins: list[CheckIn]) -> Day:
    # One pass over the day's check-ins (this runs for every day of years of journal).
    highest: dict[str, float] = {}
    weights: list[float] = []
    yes: set[str] = set()
    back_pain = outcome_recorded = False
    for c in checkins:
        for key, value in c.values.items():
            if value is None:
                continue
            if value:
                yes.add(key)
            if key in _HIGHEST:
                if value > highest.get(key, -inf):
                    highest[key] = value
            elif key == "weight":
                weights.append(value)
            elif key in _OUTCOMES:
                outcome_recorded = True
        if c.pain_sites and not back_pain:
            back_pain = any(s.region in BACK_REGIONS for s in c.pain_sites)
    pains = [highest.get("pain_now"), highest.get("pain_worst")]
    # Sorted before summing so that the mean is the same whatever the entry order.
    weights.sort()
    return Day(
        day=day,
        temperature=highest.get("temperature"),
        pain=highest.get("pain_now"),
        back_pain=back_pain or any(p is not None and p >= 1 for p in pains),
        stiffness=highest.get("stiffness_minutes"),
        weight=sum(weights) / len(weights) if weights else None,
        yes=frozenset(yes),
        outcome_recorded=outcome_recorded,
    )


def at_least(value: float, threshold: float) -> bool:
    """``value >= threshold``, forgiving the last bits of floating-point arithmetic.

    5 % of 100 kg is 5 % whether it was computed as 5.0 or 4.999999999999999.
    """
    return round(value - threshold, 9) >= 0


def fever_with_back_pain(given: RuleInput) -> list[Flag]:
    """Rule 1: a temperature at or above the fever threshold on a day with back pain.

    The fever and the back pain may be recorded at different check-ins of the same local
    day. Such days at most a few days apart make one flag.
    """
    qualifying = [d for d, day in given.days.items() if day.back_pain and given.fever_on(d)]
    flags = []
    for run in episodes(qualifying):
        highest = max(given.days[d].temperature or 0 for d in run)
        points = []
        for d in run:
            day = given.days[d]
            points.append(
                DataPoint(
                    d, BUILTIN_BY_KEY["temperature"].label, given.temperature(day.temperature or 0)
                )
            )
            if day.pain is not None:
                points.append(DataPoint(d, translate("Flags", "Pain"), out_of_ten(day.pain)))
        body = translate(
            "Flags",
            "You recorded a temperature of {fever} or more together with back pain {span} "
            "(highest {highest}). Fever with back pain can come from an infection, for example "
            "of the spine, and such infections are easier to treat when found early.",
        ).format(
            fever=given.temperature(given.thresholds.fever_celsius),
            span=span_words(run),
            highest=given.temperature(highest),
        )
        flags.append(make_flag(Rule.FEVER_WITH_BACK_PAIN, run, points, body))
    return flags


def night_sweats(given: RuleInput) -> list[Flag]:
    """Rule 2: night sweats reported; nearby nights make one flag."""
    qualifying = [d for d, day in given.days.items() if "night_sweats" in day.yes]
    return [
        make_flag(
            Rule.NIGHT_SWEATS,
            run,
            [DataPoint(d, BUILTIN_BY_KEY["night_sweats"].label, yes()) for d in run],
            translate(
                "Flags",
                "You recorded night sweats {span}. Night sweats can be a sign of an infection "
                "or an inflammation somewhere in the body, especially together with back pain, "
                "fever or weight loss.",
            ).format(span=span_words(run)),
        )
        for run in episodes(qualifying)
    ]


def bladder_bowel(given: RuleInput) -> list[Flag]:
    """Rule 4, urgent: any change in bladder or bowel control."""
    qualifying = [d for d, day in given.days.items() if "bladder_bowel_change" in day.yes]
    return [
        make_flag(
            Rule.BLADDER_BOWEL,
            run,
            [DataPoint(d, _label("bladder_bowel_change"), yes()) for d in run],
            translate(
                "Flags",
                "You recorded a change in bladder or bowel control {span}. With back pain this "
                "can mean pressure on the nerves at the bottom of the spine, which is an "
                "emergency.",
            ).format(span=span_words(run)),
        )
        for run in episodes(qualifying)
    ]


def weakness_with_fever_or_pain(given: RuleInput) -> list[Flag]:
    """Rule 4, urgent: weakness or difficulty walking on a day with fever, or while pain is
    rapidly worsening (rule 6 holds on that day or within the 2 days after).

    Every such day counts as new: the journal cannot tell whether the weakness was there
    before it began, and together with fever or worsening pain it needs help now either way.
    """
    worsening = set(given.once(worsening_days))
    near_worsening = {d - timedelta(days=back) for d in worsening for back in (0, 1, 2)}
    qualifying = [
        d
        for d, day in given.days.items()
        if any(k in day.yes for k in MOTOR_KEYS) and (given.fever_on(d) or d in near_worsening)
    ]
    flags = []
    for run in episodes(qualifying):
        points = []
        for d in run:
            day = given.days[d]
            points += [DataPoint(d, _label(k), yes()) for k in MOTOR_KEYS if k in day.yes]
            if given.fever_on(d):
                points.append(
                    DataPoint(d, _label("temperature"), given.temperature(day.temperature))
                )
            if d in near_worsening and day.pain is not None:
                points.append(
                    DataPoint(d, translate("Flags", "Pain (worsening)"), out_of_ten(day.pain))
                )
        body = translate(
            "Flags",
            "You recorded weakness or difficulty walking together with fever or quickly "
            "worsening pain {span}. With back pain, this can mean an infection pressing on the "
            "spinal cord or nerves, which needs care the same day.",
        ).format(span=span_words(run))
        flags.append(make_flag(Rule.WEAKNESS_WITH_FEVER_OR_PAIN, run, points, body))
    return flags


def nerve_symptoms(given: RuleInput) -> list[Flag]:
    """Rule 4: tingling, numbness, weakness or difficulty walking; nearby days make one flag."""
    qualifying = [d for d, day in given.days.items() if any(k in day.yes for k in NERVE_KEYS)]
    flags = []
    for run in episodes(qualifying):
        points = [
            DataPoint(d, _label(k), yes())
            for d in run
            for k in NERVE_KEYS
            if k in given.days[d].yes
        ]
        named = sorted({in_sentence(k) for d in run for k in NERVE_KEYS if k in given.days[d].yes})
        body = translate(
            "Flags",
            "You recorded {symptoms} {span}. Nerve symptoms with back pain can mean that "
            "something presses on a nerve or the spinal cord, and doctors want to know early.",
        ).format(symptoms=listed(named), span=span_words(run))
        flags.append(make_flag(Rule.NERVE_SYMPTOMS, run, points, body))
    return flags


def treated_days(given: RuleInput) -> set[date]:
    """Days when a pain medicine was taken or rest was tried.

    That is: a scheduled pain-relief or anti-inflammatory medicine was running, a dose of one
    was taken, or the check-in answered whether rest or a pain medicine helped (an answer
    means it was tried).
    """
    snapshot = given.snapshot
    medicines = {r.id: r for r in snapshot.regimens if r.purpose in PAIN_MEDICINES}
    days = {d for d, day in given.days.items() if day.outcome_recorded}
    for regimen in medicines.values():
        if regimen.as_needed:
            continue
        days |= {d for d in given.days if regimen.active_on(d)}
    days |= {
        dose.at.date()
        for dose in snapshot.doses
        if dose.regimen_id in medicines and dose.status in TAKEN
    }
    return days


def unrelenting_pain(given: RuleInput) -> list[Flag]:
    """Rule 5: pain at or above the threshold on each of N days in a row while treated.

    Every day of the run needs a pain rating at or above the threshold and a pain medicine
    or rest (see :func:`treated_days`); a day without a check-in breaks the run.
    """
    t = given.thresholds
    treated = treated_days(given)
    qualifying = [
        d
        for d, day in given.days.items()
        if day.pain is not None and at_least(day.pain, t.unrelenting_pain) and d in treated
    ]
    flags = []
    for run in consecutive_runs(qualifying):
        if len(run) < t.unrelenting_days:
            continue
        points = [DataPoint(d, _PAIN(), out_of_ten(given.days[d].pain)) for d in run]
        body = translate(
            "Flags",
            "Your pain was {score} or more every day {span}, while you took a pain medicine "
            "or rested. Pain that does not ease with rest or medicine is one of the signs that "
            "back pain may not be a simple strain.",
        ).format(score=out_of_ten(t.unrelenting_pain), span=span_words(run))
        flags.append(make_flag(Rule.UNRELENTING_PAIN, run, points, body))
    return flags


def worsening_pain(given: RuleInput) -> list[Flag]:
    """Rule 6: the 3-day mean pain at least 3 points above the 3 days before.

    The flag covers the compared days: from the first day of the earlier span to the last
    day the rise still held.
    """
    t = given.thresholds
    found = given.once(worsening_days)
    ordered = sorted(given.days)  # bisected per flag: years of days stay quick
    flags = []
    for run in episodes(found):
        first = run[0] - timedelta(days=2 * t.worsening_days - 1)
        covered = ordered[bisect_left(ordered, first) : bisect_right(ordered, run[-1])]
        points = [
            DataPoint(d, _PAIN(), out_of_ten(p))
            for d in covered
            if (p := given.days[d].pain) is not None
        ]
        before, after = max((found[d] for d in run), key=lambda pair: pair[1] - pair[0])
        body = translate(
            "Flags",
            "Your pain rose quickly {between}: the mean of %n days went from {before} to "
            "{after} out of 10. Back pain that worsens quickly can be a sign of a collection "
            "of pus (an abscess) near the spine, which needs prompt care.",
            None,
            t.worsening_days,
        ).format(
            between=between_words(first, run[-1]), before=written(before), after=written(after)
        )
        flags.append(make_flag(Rule.WORSENING_PAIN, [first, run[-1]], points, body))
    return flags


def inflammatory_pattern(given: RuleInput) -> list[Flag]:
    """Rule 7: morning stiffness longer than 30 minutes on at least 10 of the last 14 days.

    Checked on every recorded day, over the 14 calendar days ending that day (days without
    a check-in count as not stiff). The flag runs from the first long-stiffness day of the
    first window that held (or the first after the previous flag) to the last day the
    pattern still held.
    """
    t = given.thresholds
    stiff = {
        d
        for d, day in given.days.items()
        if day.stiffness is not None and day.stiffness > t.stiffness_minutes
    }
    # Stiff days in a window are counted, and found, by bisecting the sorted stiff days:
    # years of days stay quick whatever the window's length.
    ordered = sorted(stiff)
    reach = timedelta(days=t.stiffness_window_days - 1)
    holding = [
        d
        for d in given.days
        if bisect_right(ordered, d) - bisect_left(ordered, d - reach) >= t.stiffness_days
    ]
    flags = []
    previous_end = None
    for run in episodes(holding):
        first = ordered[bisect_left(ordered, run[0] - reach)]
        if previous_end is not None and first <= previous_end:
            # The window reaches back into the previous flag; each day belongs to one flag.
            later = bisect_right(ordered, previous_end)
            if later == len(ordered) or ordered[later] > run[-1]:
                continue  # held up only by long days the previous flag already shows
            first = ordered[later]
        previous_end = run[-1]
        covered = ordered[bisect_left(ordered, first) : bisect_right(ordered, run[-1])]
        points = [
            DataPoint(
                d,
                translate("Flags", "Morning stiffness"),
                translate("Flags", "{minutes} min").format(
                    minutes=written_short(given.days[d].stiffness)
                ),
            )
            for d in covered
        ]
        body = translate(
            "Flags",
            "Your morning stiffness lasted more than {minutes} minutes on %n days {between}: "
            "at least {days} days out of {window} at a time. Long morning stiffness on most "
            "days can be a sign of inflammation of the spine (as in ankylosing spondylitis), "
            "which blood tests like CRP and ESR can help check.",
            None,
            len(covered),
        ).format(
            minutes=written_short(t.stiffness_minutes),
            between=between_words(first, run[-1]),
            days=t.stiffness_days,
            window=t.stiffness_window_days,
        )
        flags.append(make_flag(Rule.INFLAMMATORY_PATTERN, [first, run[-1]], points, body))
    return flags


def lesion_growing(given: RuleInput) -> list[Flag]:
    """Rule 8: a lesion whose size or bump count was up at N observations in a row.

    Each of N consecutive observations of one lesion shows its size or its count of bumps
    higher than at the observation before, so N rises need N + 1 observations. Observations
    of the same lesion on the same day count once (the latest recorded).
    """
    n = given.thresholds.lesion_growth_observations
    flags = []
    for lesion in given.snapshot.lesions:
        mine = sorted(
            (o for o in given.snapshot.lesion_observations if o.lesion_id == lesion.id),
            key=lambda o: (o.observed_on, o.id or 0),
        )
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


def lesion_with_fever(given: RuleInput) -> list[Flag]:
    """Rule 8, sooner: a lesion active (seen and not yet healed) on a day with fever."""
    active = [
        (d, lesion)
        for d in given.days
        if given.fever_on(d)
        for lesion in given.snapshot.lesions
        if lesion.active_on(d)
    ]
    flags = []
    for run in episodes(d for d, _ in active):
        names = sorted({lesion.name for d, lesion in active if d in run})
        points = [
            DataPoint(
                d,
                BUILTIN_BY_KEY["temperature"].label,
                given.temperature(given.days[d].temperature or 0),
            )
            for d in run
        ]
        lesions = {lesion for d, lesion in active if d in run}
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


def coming_back(given: RuleInput) -> list[Flag]:
    """Rule 9: after an antibiotic course ended, a fever, or pain rising again.

    Watched from the day after the course's last day for the watch period (26 weeks by
    default), or until the next course starts. Pain is rising again on a day whose 3-day
    mean pain (at least 2 of the 3 days recorded) is at least the threshold (2 points by
    default) above the lowest 3-day mean from the course's last day up to the day before,
    on a day with pain recorded.
    A fever is a temperature at or above the fever threshold.
    """
    t = given.thresholds
    courses = antibiotic_courses(given.snapshot.regimens)
    flags = []
    for i, course in enumerate(courses):
        if course.end is None:
            continue
        stop = course.end + timedelta(days=t.relapse_watch_days)
        if i + 1 < len(courses):
            stop = min(stop, courses[i + 1].start - timedelta(days=1))
        watched = [d for d in given.days if course.end < d <= stop]
        fever = {d for d in watched if given.fever_on(d)}
        rising: dict[date, tuple[float, float]] = {}
        lowest: float | None = None
        day = course.end
        while day <= (watched[-1] if watched else course.end):
            mean = mean_pain(given.days, span(day, MEAN_DAYS), MIN_DAYS_IN_SPAN)
            recorded = day in given.days and given.days[day].pain is not None
            if (
                mean is not None
                and recorded  # a flag's days are days with pain recorded, never gaps
                and day > course.end
                and lowest is not None
                and at_least(mean - lowest, t.relapse_pain_points)
            ):
                rising[day] = (lowest, mean)
            if mean is not None and (lowest is None or mean < lowest):
                lowest = mean
            day += timedelta(days=1)
        for run in episodes(fever | set(rising)):
            flags.append(_flag(given, course, run, fever, rising))
    return flags


def fold_days(checkins: Iterable[CheckIn]) -> dict[date, Day]:
    """One :class:`Day` per local day, folded by walking every value."""
    by_day: dict[date, list[CheckIn]] = {}
    for checkin in checkins:
        by_day.setdefault(checkin.local_date, []).append(checkin)
    return {d: _fold(d, by_day[d]) for d in sorted(by_day)}


@dataclass(frozen=True)
class PlainInput(RuleInput):
    """What the rules read, with a fever looked up day by day."""

    def fever_on(self, day: date) -> bool:
        found = self.days.get(day)
        return bool(
            found
            and found.temperature is not None
            and at_least(found.temperature, self.thresholds.fever_celsius)
        )


RULES = (
    fever_with_back_pain,
    night_sweats,
    weight_loss,
    bladder_bowel,
    weakness_with_fever_or_pain,
    nerve_symptoms,
    unrelenting_pain,
    worsening_pain,
    inflammatory_pattern,
    lesion_growing,
    lesion_with_fever,
    coming_back,
)


def plain_flags(snapshot: JournalSnapshot, thresholds: Thresholds | None = None) -> list[Flag]:
    """Every red flag, found by the rules as first written; ordered as ``find_flags`` orders."""
    days = fold_days(snapshot.checkins)
    given = PlainInput(snapshot, days, thresholds or Thresholds(), UnitPreferences())
    flags = [flag for rule in RULES for flag in rule(given)]
    levels = list(Level)
    return sorted(flags, key=lambda f: (f.first_day, levels.index(f.level), f.rule.number, f.key))
