"""Rules 1 and 2: fever with back pain, and night sweats (seed 000)."""

from __future__ import annotations

from journal.flags.days import RuleInput, episodes, out_of_ten
from journal.flags.model import DataPoint, Flag, Rule, make_flag, span_words, yes
from journal.metrics import BUILTIN_BY_KEY
from journal.translation import translate


def fever_with_back_pain(given: RuleInput) -> list[Flag]:
    """Rule 1: a temperature at or above the fever threshold on a day with back pain.

    The fever and the back pain may be recorded at different check-ins of the same local
    day. Such days at most a few days apart make one flag.
    """
    qualifying = [d for d in given.fever_days if given.days[d].back_pain]
    temperature, pain = BUILTIN_BY_KEY["temperature"].label, translate("Flags", "Pain")
    flags = []
    for run in episodes(qualifying):
        highest = max(given.days[d].temperature or 0 for d in run)
        points = []
        for d in run:
            day = given.days[d]
            points.append(DataPoint(d, temperature, given.temperature(day.temperature or 0)))
            if day.pain is not None:
                points.append(DataPoint(d, pain, out_of_ten(day.pain)))
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
    label, said = BUILTIN_BY_KEY["night_sweats"].label, yes()  # the same for every night
    return [
        make_flag(
            Rule.NIGHT_SWEATS,
            run,
            [DataPoint(d, label, said) for d in run],
            translate(
                "Flags",
                "You recorded night sweats {span}. Night sweats can be a sign of an infection "
                "or an inflammation somewhere in the body, especially together with back pain, "
                "fever or weight loss.",
            ).format(span=span_words(run)),
        )
        for run in episodes(qualifying)
    ]
