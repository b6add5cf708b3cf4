"""The user's own symptoms: a name and how it is answered, turned into a catalogue metric.

Once made, a custom symptom is a :class:`~journal.metrics.Metric` like any built-in one, so
the check-in form, the timeline, charts and exports need nothing special for it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from journal.metrics import Group, Metric, MetricKind
from journal.translation import QT_TRANSLATE_NOOP, translate
from journal.validation import FieldError

KEY_PREFIX = "custom_"
MAX_NAME = 40
KINDS = (
    (MetricKind.SCALE, QT_TRANSLATE_NOOP("Symptoms", "A scale from 0 to 10")),
    (MetricKind.YES_NO, QT_TRANSLATE_NOOP("Symptoms", "Yes or no")),
    (MetricKind.NUMBER, QT_TRANSLATE_NOOP("Symptoms", "A number with a unit")),
)
"""Each kind a symptom can be and its English words: show them with :func:`kind_words`."""


def kind_words(kind: MetricKind) -> str:
    """How a symptom of ``kind`` is answered, in the user's language ("A scale from 0 to 10")."""
    return translate("Symptoms", dict(KINDS)[kind])


def key_for(name: str, taken: Iterable[str]) -> str:
    """A stable storage key for a new symptom's name, unlike any key in ``taken``."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "_", ascii_name.lower()).strip("_") or "symptom"
    base = KEY_PREFIX + slug[:30]
    taken = set(taken)
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


def make_custom_symptom(
    name: str,
    kind: MetricKind,
    existing: Iterable[Metric],
    unit: str = "",
    minimum: float = 0.0,
    maximum: float = 10.0,
) -> tuple[Metric | None, list[FieldError]]:
    """The new symptom as a metric, or None with the problems found.

    Args:
        name: what the user calls it ("Jaw pain").
        kind: a 0–10 scale, yes/no, or a number with a unit.
        existing: the whole catalogue so far, retired symptoms too, to refuse a name or
            key already in use.
        unit: for a number, its unit ("mmHg").
        minimum: for a number, the lowest plausible value.
        maximum: for a number, the highest plausible value.
    """
    existing = list(existing)
    errors: list[FieldError] = []
    clean = " ".join(name.split())
    if not clean:
        errors.append(
            FieldError("name", translate("Symptoms", "Give the symptom a name, like “Jaw pain”."))
        )
    elif len(clean) > MAX_NAME:
        errors.append(
            FieldError(
                "name",
                translate("Symptoms", "Keep the name under {count} characters.").format(
                    count=MAX_NAME
                ),
            )
        )
    else:
        folded = clean.casefold()
        # A built-in symptom is the same in English and in the user's language.
        same = next(
            (m for m in existing if folded in (m.label.casefold(), m.source_label.casefold())),
            None,
        )
        if same is not None and same.archived:
            errors.append(
                FieldError(
                    "name",
                    translate(
                        "Symptoms",
                        "You tracked “{name}” before: bring it back from the list instead, "
                        "so its past values join the new ones.",
                    ).format(name=clean),
                )
            )
        elif same is not None:
            errors.append(
                FieldError(
                    "name",
                    translate("Symptoms", "“{name}” is already in your check-in.").format(
                        name=clean
                    ),
                )
            )
    if kind not in dict(KINDS):
        errors.append(
            FieldError("kind", translate("Symptoms", "Choose a scale, yes or no, or a number."))
        )
    if kind is MetricKind.NUMBER:
        if not unit.strip():
            errors.append(
                FieldError("unit", translate("Symptoms", "Give the unit, like mmHg or steps."))
            )
        if not maximum > minimum:
            errors.append(
                FieldError(
                    "maximum",
                    translate("Symptoms", "The highest value must be above the lowest."),
                )
            )
    if errors:
        return None, errors
    if kind is MetricKind.SCALE:
        unit, minimum, maximum = "", 0.0, 10.0
    elif kind is MetricKind.YES_NO:
        unit, minimum, maximum = "", 0.0, 1.0
    metric = Metric(
        key=key_for(clean, (m.key for m in existing)),
        source_label=clean,
        kind=kind,
        group=Group.CUSTOM,
        unit=unit.strip(),
        minimum=float(minimum),
        maximum=float(maximum),
        builtin=False,
    )
    return metric, []
