"""The skin lesions section: each lesion's first and latest photo of the period, and a map.

For every lesion observed in the period, a photo pair with its size and signs and how they
changed from the first observation of the period to the latest; then a small drawing of
the back with a numbered mark per lesion and where the period's check-ins recorded pain.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from journal.dates import day_text, short_day_text
from journal.lesions.lesion import Crusting, Lesion, LesionObservation
from journal.numbers import written_short
from journal.pain import PainSite, Region, Side
from journal.summary.blocks import BackMap, BackMark, Block, Heading, Paragraph, Photo, PhotoPair
from journal.summary.inputs import SummaryInputs
from journal.summary.request import Section
from journal.translation import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class _Seen:
    """A lesion with its observations in the period, oldest first, and its label."""

    label: str
    lesion: Lesion
    observations: tuple[LesionObservation, ...]


def lesion_blocks(inputs: SummaryInputs) -> list[Block]:
    """A photo pair per lesion observed in the period, then the back map with its key."""
    blocks: list[Block] = [Heading(Section.LESIONS.title)]
    seen = _observed(inputs)
    pain = pain_counts(inputs)
    if not seen:
        blocks.append(
            Paragraph(translate("Summary", "No skin lesion was observed in this period."))
        )
    for item in seen:
        first, latest = photo_choice(item.observations)
        blocks.append(
            PhotoPair(
                _title(item), first, latest, tuple(lesion_lines(item.lesion, item.observations))
            )
        )
    unobserved = [
        lesion.name
        for lesion in inputs.snapshot.lesions
        if lesion.active_on(inputs.last) and lesion.id not in {s.lesion.id for s in seen}
    ]
    if unobserved:
        blocks.append(
            Paragraph(
                translate(
                    "Summary", "Not observed in this period, though not marked healed: {names}."
                ).format(names=", ".join(unobserved))
            )
        )
    if seen or pain:
        marks = tuple(BackMark(s.label, s.lesion.region, s.lesion.side) for s in seen)
        blocks.append(BackMap(marks, pain, map_caption(seen, pain)))
    return blocks


def _observed(inputs: SummaryInputs) -> list[_Seen]:
    by_lesion: dict[int, list[LesionObservation]] = {}
    for observation in inputs.snapshot.lesion_observations:
        if inputs.first <= observation.observed_on <= inputs.last:
            by_lesion.setdefault(observation.lesion_id, []).append(observation)
    seen = []
    for lesion in inputs.snapshot.lesions:
        observations = by_lesion.get(lesion.id)
        if observations:
            ordered = tuple(sorted(observations, key=_order))
            seen.append(_Seen(str(len(seen) + 1), lesion, ordered))
    return seen


def _order(observation: LesionObservation) -> tuple:
    # Two observations on one day keep the order they were saved in.
    return (observation.observed_on, observation.id is None, observation.id or 0)


def _title(item: _Seen) -> str:
    lesion = item.lesion
    return translate("Summary", "{number}. {name} ({region}, {side})").format(
        number=item.label, name=lesion.name, region=lesion.region.label, side=lesion.side.words
    )


def photo_choice(observations: tuple[LesionObservation, ...]) -> tuple[Photo | None, Photo | None]:
    """The first and latest photo of ``observations`` (oldest first), with their dates.

    The latest is None when every photo is from one day: the same day twice shows no change.
    """
    photos = [(o.observed_on, pid) for o in observations for pid in o.photo_ids]
    if not photos:
        return None, None
    (first_day, first_id), (last_day, last_id) = photos[0], photos[-1]
    first = Photo(
        first_id,
        translate("Summary", "First photo of the period: {day}").format(day=day_text(first_day)),
    )
    if last_day == first_day:
        return first, None
    latest = translate("Summary", "Latest photo: {day}").format(day=day_text(last_day))
    return first, Photo(last_id, latest)


def lesion_lines(lesion: Lesion, observations: tuple[LesionObservation, ...]) -> list[str]:
    """Size, signs and how they changed from the first observation to the latest."""
    first, latest = observations[0], observations[-1]
    count = len(observations)
    if count > 1:
        observed = translate("Summary", "Observed %n time(s), {first} to {last}.", None, count)
    else:
        observed = translate("Summary", "Observed %n time(s), on {first}.", None, count)
    lines = [observed.format(first=day_text(first.observed_on), last=day_text(latest.observed_on))]
    lines.append(_size_line(observations))
    lines.append(
        translate("Summary", "Signs on {day}: {signs}.").format(
            day=short_day_text(latest.observed_on), signs=signs_text(latest)
        )
    )
    if count > 1:
        lines.append(
            translate("Summary", "Since {day}: {changes}.").format(
                day=short_day_text(first.observed_on), changes=change_text(first, latest)
            )
        )
    if lesion.healed_on is not None:
        lines.append(
            translate("Summary", "Healed on {day}.").format(day=day_text(lesion.healed_on))
        )
    if latest.note.strip():
        lines.append(
            translate("Summary", "Note ({day}): {note}").format(
                day=short_day_text(latest.observed_on), note=latest.note.strip()
            )
        )
    return lines


def _size_line(observations: tuple[LesionObservation, ...]) -> str:
    sized = [o for o in observations if o.size_mm is not None]
    if not sized:
        return translate("Summary", "Size: not measured in this period.")
    first, latest = sized[0], sized[-1]
    if first is latest:
        return translate("Summary", "Size: {size} mm on {day}.").format(
            size=written_short(first.size_mm), day=short_day_text(first.observed_on)
        )
    difference = latest.size_mm - first.size_mm
    if difference == 0:
        change = translate("Summary", "unchanged")
    elif difference > 0:
        change = translate("Summary", "up {size} mm").format(size=written_short(abs(difference)))
    else:
        change = translate("Summary", "down {size} mm").format(size=written_short(abs(difference)))
    return translate(
        "Summary", "Size: {first} mm on {first_day}, {latest} mm on {latest_day} ({change})."
    ).format(
        first=written_short(first.size_mm),
        first_day=short_day_text(first.observed_on),
        latest=written_short(latest.size_mm),
        latest_day=short_day_text(latest.observed_on),
        change=change,
    )


def signs(observation: LesionObservation) -> list[str]:
    """The signs recorded at one observation, in plain words."""
    words = []
    if observation.redness is not None:
        words.append(translate("Summary", "redness {score}/10").format(score=observation.redness))
    if observation.pus:
        words.append(translate("Summary", "pus or drainage"))
    if observation.crusting is Crusting.YELLOW:
        words.append(translate("Summary", "yellow crusting"))
    elif observation.crusting is Crusting.GREEN:
        words.append(translate("Summary", "green crusting"))
    if observation.warmth:
        words.append(translate("Summary", "warm"))
    if observation.swelling:
        words.append(translate("Summary", "swollen"))
    if observation.pain is not None:
        words.append(translate("Summary", "pain {score}/10").format(score=observation.pain))
    if observation.dark_marks:
        words.append(translate("Summary", "dark marks"))
    if observation.bump_count is not None:
        words.append(translate("Summary", "%n bump(s)", None, observation.bump_count))
    return words


def signs_text(observation: LesionObservation) -> str:
    """ "redness 6/10, pus or drainage, warm" or "none recorded"."""
    return ", ".join(signs(observation)) or translate("Summary", "none recorded")


# Signs that are there or not, each with its name, in English (translated where shown).
_FLAGS = (
    ("pus", QT_TRANSLATE_NOOP("Summary", "pus or drainage")),
    ("warmth", QT_TRANSLATE_NOOP("Summary", "warmth")),
    ("swelling", QT_TRANSLATE_NOOP("Summary", "swelling")),
    ("dark_marks", QT_TRANSLATE_NOOP("Summary", "dark marks")),
)
_MEASURES = (
    ("redness", QT_TRANSLATE_NOOP("Summary", "redness")),
    ("pain", QT_TRANSLATE_NOOP("Summary", "pain")),
    ("bump_count", QT_TRANSLATE_NOOP("Summary", "bumps")),
)
_CRUSTING = {
    Crusting.NONE: QT_TRANSLATE_NOOP("Summary", "none"),
    Crusting.YELLOW: QT_TRANSLATE_NOOP("Summary", "yellow"),
    Crusting.GREEN: QT_TRANSLATE_NOOP("Summary", "green"),
}


def change_text(first: LesionObservation, latest: LesionObservation) -> str:
    """How the signs changed: "redness 3 → 6, pus new, swelling gone", or "no change in signs"."""
    changes = []
    for name, label in _MEASURES:
        before, after = getattr(first, name), getattr(latest, name)
        if before is not None and after is not None and before != after:
            changes.append(f"{translate('Summary', label)} {before} → {after}")
    for name, label in _FLAGS:
        before, after = getattr(first, name), getattr(latest, name)
        if after and not before:
            changes.append(
                translate("Summary", "{sign} new").format(sign=translate("Summary", label))
            )
        elif before and not after:
            changes.append(
                translate("Summary", "{sign} gone").format(sign=translate("Summary", label))
            )
    if first.crusting is not latest.crusting:
        changes.append(
            translate("Summary", "crusting {before} → {after}").format(
                before=translate("Summary", _CRUSTING[first.crusting]),
                after=translate("Summary", _CRUSTING[latest.crusting]),
            )
        )
    return ", ".join(changes) or translate("Summary", "no change in the signs recorded")


def pain_counts(inputs: SummaryInputs) -> dict[PainSite, int]:
    """How many of the period's check-ins recorded pain at each site."""
    return dict(Counter(site for c in inputs.checkins for site in c.pain_sites))


def _place(site: PainSite) -> tuple[int, int]:
    return list(Region).index(site.region), list(Side).index(site.side)


MOST_SITES = 3
"""Pain sites named in the drawing's key, most recorded first."""


def map_caption(seen: list[_Seen], pain: dict[PainSite, int]) -> str:
    """The key to the drawing: each label's lesion, and where pain was recorded most."""
    parts = []
    if seen:
        parts.append(
            translate("Summary", "Numbers mark the lesions: {lesions}.").format(
                lesions="; ".join(f"{s.label} {s.lesion.name}" for s in seen)
            )
        )
    if pain:
        # Most recorded first; on a tie, the one highest on the back.
        ranked = sorted(pain.items(), key=lambda item: (-item[1], *_place(item[0])))
        sites = "; ".join(
            translate("Summary", "{site} (%n check-in(s))", None, times).format(site=site.words)
            for site, times in ranked[:MOST_SITES]
        )
        parts.append(
            translate(
                "Summary",
                "Shading shows where check-ins recorded pain, darker where more did; most "
                "often {sites}.",
            ).format(sites=sites)
        )
    else:
        parts.append(translate("Summary", "No pain sites were recorded in this period."))
    return " ".join(parts)
