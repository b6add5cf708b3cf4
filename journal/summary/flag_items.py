"""The period's red flags as page 1 lists them: most urgent first, each in a few words.

A flag's message is written for the patient; the doctor reads its title, its dates and one
line of what was recorded, built from the flag's data points. The level's advice closes
each, in the words every flag uses: "worth telling your doctor", never a diagnosis.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from journal.dates import day_text
from journal.flags import DataPoint, FlagReview, Rule, most_pressing_first
from journal.flags.model import yes
from journal.metrics import BUILTIN_BY_KEY
from journal.summary.blocks import FlagItem, FlagList, Paragraph, Tone
from journal.translation import translate

MOST_LISTED = 4
"""Flags listed in full; more would push the key figures off page 1. The rest are named."""

_NUMBER = re.compile(r"^(-?\d+(?:[.,]\d+)?)(.*)$")  # a decimal comma in German


def flag_blocks(reviews: Iterable[FlagReview]) -> list[FlagList | Paragraph]:
    """The flags, most urgent first, one item per rule (a rule raised twice in the period,
    stiffness that came back, is one thing to tell); beyond :data:`MOST_LISTED` items, one
    line naming the rest."""
    groups: dict[Rule, list[FlagReview]] = {}
    for review in most_pressing_first(reviews):
        groups.setdefault(review.flag.rule, []).append(review)
    ordered = list(groups.values())
    listed, rest = ordered[:MOST_LISTED], ordered[MOST_LISTED:]
    blocks: list[FlagList | Paragraph] = [FlagList(tuple(flag_item(*g) for g in listed))]
    if rest:
        named = "; ".join(f"{g[0].flag.title} ({_dates(g)})" for g in rest)
        also = translate("Summary", "Also flagged, less urgent or older: {flags}.")
        blocks.append(Paragraph(also.format(flags=named), Tone.QUIET))
    return blocks


def flag_item(*reviews: FlagReview) -> FlagItem:
    """One rule's flags (one or more of the same rule) in page 1's words."""
    flag = reviews[0].flag
    points = [p for r in sorted(reviews, key=lambda r: r.flag.first_day) for p in r.flag.points]
    return FlagItem(
        level=flag.level,
        title=flag.title,
        dates=_dates(reviews),
        recorded=recorded_line(points),
        advice=flag.level.advice,
    )


SPANS_LISTED = 3
"""A rule raised more often than this in the period is told as a count and its latest days:
fifty date ranges would fill page 1 and say less."""


def _dates(reviews: Iterable[FlagReview]) -> str:
    """Each flag's days, oldest first, with when the patient marked it as seen; a rule raised
    often, as how often, since when, and its latest days."""
    ordered = sorted(reviews, key=lambda r: r.flag.first_day)
    if len(ordered) > SPANS_LISTED:
        seen = sum(1 for r in ordered if r.acknowledgement is not None)
        marked = (
            translate("Summary", "; the patient marked {seen} as seen").format(seen=seen)
            if seen
            else ""
        )
        return (
            translate(
                "Summary", "%n times from {first}; latest {latest}", None, len(ordered)
            ).format(first=day_text(ordered[0].flag.first_day), latest=ordered[-1].flag.dates)
            + marked
        )
    spans = []
    for reviewed in ordered:
        dates = reviewed.flag.dates
        if reviewed.acknowledgement is not None:
            seen_on = day_text(reviewed.acknowledgement.at.date())
            dates += translate("Summary", " (the patient marked it as seen on {day})").format(
                day=seen_on
            )
        spans.append(dates)
    return "; ".join(spans)


def recorded_line(points: Iterable[DataPoint]) -> str:
    """What was recorded, one phrase per kind of value, in the order they first appear.

    "Temperature 38.2–39.1 °C on 3 days; Pain 6–8/10 on 3 days"; yes/no symptoms as
    "Night sweats on 4 days"; weights, which a flag follows over time, as first to last.
    """
    by_label: dict[str, list[DataPoint]] = {}
    for point in points:
        by_label.setdefault(point.label, []).append(point)
    phrases = [_phrase(label, found) for label, found in by_label.items()]
    return "; ".join(phrases) + "." if phrases else translate("Summary", "No details recorded.")


def _phrase(label: str, points: list[DataPoint]) -> str:
    days = len({p.day for p in points})
    on = translate("Summary", "on %n day(s)", None, days)
    values = [p.value for p in points]
    if all(v == yes() for v in values):
        return translate("Summary", "{label} {on}").format(label=label, on=on)
    if len(set(values)) == 1:
        return translate("Summary", "{label} {value} {on}").format(
            label=label, value=values[0], on=on
        )
    numbers = [_NUMBER.match(v.strip()) for v in values]
    suffixes = {m.group(2) for m in numbers if m}
    if not all(numbers) or len(suffixes) != 1:
        return f"{label} {', '.join(dict.fromkeys(values))}"
    suffix = suffixes.pop()
    if label == BUILTIN_BY_KEY["weight"].label:
        return translate("Summary", "{label} {first} to {last}").format(
            label=label, first=values[0], last=values[-1]
        )
    amounts = [_amount(m.group(1)) for m in numbers if m]
    low = next(m.group(1) for m in numbers if m and _amount(m.group(1)) == min(amounts))
    high = next(m.group(1) for m in numbers if m and _amount(m.group(1)) == max(amounts))
    return f"{label} {low}–{high}{suffix} {on}"


def _amount(written: str) -> float:
    return float(written.replace(",", "."))
