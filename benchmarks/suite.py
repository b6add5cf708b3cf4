"""What every benchmark is given: the journals to measure on and a scratch folder."""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from benchmarks.journals import PHOTOS_PER_YEAR, BenchJournal, bench_journal

SIZES = ((365, "1 year"), (3 * 365, "3 years"), (3650, "10 years"))


@dataclass(frozen=True)
class Suite:
    """One run of the benchmarks.

    Attributes:
        journals: the journals, smallest first; the last is "the large one".
        scratch: a folder for copies and files the run writes, removed after it.
    """

    journals: Sequence[BenchJournal]
    scratch: Path

    @property
    def largest(self) -> BenchJournal:
        return self.journals[-1]

    def folder(self, name: str) -> Path:
        """A folder of the scratch space, made if new."""
        path = self.scratch / name
        path.mkdir(parents=True, exist_ok=True)
        return path


def suite_journals(photos_per_year: int = PHOTOS_PER_YEAR) -> list[BenchJournal]:
    """The journals of this run: 1, 3 and 10 years (BENCH_DAYS="30,365" picks others)."""
    given = os.environ.get("BENCH_DAYS")
    if given:
        days = [int(d) for d in given.split(",")]
        sizes = [(d, _label(d)) for d in days]
    else:
        sizes = list(SIZES)
    return [bench_journal(label, days, photos_per_year) for days, label in sizes]


def _label(days: int) -> str:
    if days % 365 == 0:
        years = days // 365
        return f"{years} year{'s' if years != 1 else ''}"
    return f"{days} days"
