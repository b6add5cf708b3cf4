"""All the red-flag rules, run over a journal snapshot."""

from __future__ import annotations

from collections.abc import Callable

from journal.flags import fever, lesions, nerves, pain, relapse, stiffness, weight
from journal.flags.days import DayFolds, RuleInput
from journal.flags.model import Flag
from journal.flags.thresholds import Thresholds
from journal.snapshot import JournalSnapshot
from journal.units import UnitPreferences

RULES: tuple[Callable[[RuleInput], list[Flag]], ...] = (
    fever.fever_with_back_pain,
    fever.night_sweats,
    weight.weight_loss,
    nerves.bladder_bowel,
    nerves.weakness_with_fever_or_pain,
    nerves.nerve_symptoms,
    pain.unrelenting_pain,
    pain.worsening_pain,
    stiffness.inflammatory_pattern,
    lesions.lesion_growing,
    lesions.lesion_with_fever,
    relapse.coming_back,
)


def find_flags(
    snapshot: JournalSnapshot,
    thresholds: Thresholds | None = None,
    units: UnitPreferences | None = None,
    folds: DayFolds | None = None,
) -> list[Flag]:
    """Every red flag the snapshot raises, oldest first (most pressing first on a tie).

    Args:
        snapshot: the records to read; their order does not matter.
        thresholds: the user's thresholds; the product's defaults when None.
        units: the units the messages use for temperatures and weights (°C and kg by
            default).
        folds: the journal's days as folded last time, to fold only the changed ones.
    """
    given = RuleInput.of(snapshot, thresholds, units, folds)
    flags = [flag for rule in RULES for flag in rule(given)]
    return sorted(flags, key=lambda f: (f.first_day, f.level.rank, f.rule.number, f.key))


def has_anything_to_check(snapshot: JournalSnapshot) -> bool:
    """Whether the snapshot holds what the rules read: check-ins or lesion observations.

    Without either no rule can raise a flag, so "no red flags" would say nothing; the user is
    told instead that there is nothing to check yet.
    """
    return bool(snapshot.checkins or snapshot.lesion_observations)
