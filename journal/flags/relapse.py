"""Rule 9: pain or fever coming back after a course of antibiotics ended (seed 000)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from datetime import date, timedelta

from journal.care.records import Purpose, Regimen
from journal.dates import day_text
from journal.flags.days import RuleInput, at_least, episodes, out_of_ten
from journal.flags.model import DataPoint, Flag, Rule, listed, make_flag, span_words
from journal.metrics import BUILTIN_BY_KEY
from journal.numbers import written
from journal.translation import translate

MEAN_DAYS = 3
MIN_DAYS_IN_SPAN = 2


@dataclass(frozen=True)
class Course:
    """Days on antibiotics without a break: overlapping or back-to-back regimens joined
    (IV then oral is one course)."""

    start: date
    end: date | None
    names: tuple[str, ...]


def antibiotic_courses(regimens: tuple[Regimen, ...] | list[Regimen]) -> list[Course]:
    """The antibiotic courses, oldest first."""
    antibiotics = sorted(
        (r for r in regimens if r.purpose is Purpose.ANTIBIOTIC), key=lambda r: (r.start, r.name)
    )
    courses: list[Course] = []
    for r in antibiotics:
        last = courses[-1] if courses else None
        joins = last is not None and (last.end is None or r.start <= last.end + timedelta(days=1))
        if last is not None and joins:
            end = None if last.end is None or r.end is None else max(last.end, r.end)
            names = last.names if r.name in last.names else (*last.names, r.name)
            courses[-1] = Course(last.start, end, names)
        else:
            courses.append(Course(r.start, r.end, (r.name,)))
    return courses


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
        ordered = given.ordered_days
        watched = ordered[bisect_right(ordered, course.end) : bisect_right(ordered, stop)]
        fever = given.fever_days.intersection(watched)
        rising: dict[date, tuple[float, float]] = {}
        lowest: float | None = None
        # Every calendar day, by its ordinal; the mean is that of mean_pain over the span
        # ending on the day, its pains summed in sorted order.
        pains, ended = given.pain_by_ordinal, course.end.toordinal()
        for day in range(ended, (watched[-1] if watched else course.end).toordinal() + 1):
            recent = sorted(
                p for back in range(MEAN_DAYS) if (p := pains.get(day - back)) is not None
            )
            mean = sum(recent) / len(recent) if len(recent) >= MIN_DAYS_IN_SPAN else None
            if (
                mean is not None
                and day in pains  # a flag's days are days with pain recorded, never gaps
                and day > ended
                and lowest is not None
                and at_least(mean - lowest, t.relapse_pain_points)
            ):
                rising[date.fromordinal(day)] = (lowest, mean)
            if mean is not None and (lowest is None or mean < lowest):
                lowest = mean
        for run in episodes(fever | set(rising)):
            flags.append(_flag(given, course, run, fever, rising))
    return flags


def _flag(given, course: Course, run, fever, rising) -> Flag:
    points = []
    for d in run:
        day = given.days.get(d)
        if d in fever and day is not None:
            points.append(
                DataPoint(
                    d, BUILTIN_BY_KEY["temperature"].label, given.temperature(day.temperature)
                )
            )
        if d in rising and day is not None and day.pain is not None:
            points.append(DataPoint(d, translate("Flags", "Pain"), out_of_ten(day.pain)))
    parts = []
    if fever & set(run):
        parts.append(
            translate("Flags", "a fever {span}").format(span=span_words(sorted(fever & set(run))))
        )
    if rising.keys() & set(run):
        low, high = max((rising[d] for d in run if d in rising), key=lambda p: p[1] - p[0])
        parts.append(
            translate(
                "Flags",
                "pain rising again (3-day mean {high} out of 10, up from its lowest of {low} "
                "after the course)",
            ).format(high=written(high), low=written(low))
        )
    body = translate(
        "Flags",
        "Your antibiotics ({names}) ended on {day}, and since then you recorded {what}. Pain "
        "creeping back or fever returning after treatment can mean the infection was not "
        "fully cleared.",
    ).format(names=", ".join(course.names), day=day_text(course.end), what=listed(parts))
    return make_flag(Rule.COMING_BACK, list(run), points, body)
