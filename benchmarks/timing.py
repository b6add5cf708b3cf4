"""Measuring: several runs of ours and of a floor, their median, min and max, and the ratio.

A figure is what the user waits for (ours) beside what the same work costs done plainly
(the floor), both measured in the same run so that the machine's speed cancels out. The
median is what a user usually waits; min and max show how much the machine wavered.
"""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field


def repeats() -> int:
    """Runs of each figure: 5 (BENCH_REPEATS overrides; BENCH_QUICK=1 makes it 2)."""
    if os.environ.get("BENCH_REPEATS"):
        return max(1, int(os.environ["BENCH_REPEATS"]))
    return 2 if os.environ.get("BENCH_QUICK") else 5


@dataclass(frozen=True)
class Runs:
    """Several measurements of one thing, in seconds (or MiB for memory)."""

    values: tuple[float, ...]

    @classmethod
    def of(cls, values: Sequence[float]) -> Runs:
        return cls(tuple(values))

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def low(self) -> float:
        return min(self.values)

    @property
    def high(self) -> float:
        return max(self.values)


def timed(work: Callable[[], object], count: int | None = None) -> Runs:
    """``count`` runs of ``work`` (by default :func:`repeats`), each timed."""
    seconds = []
    for _ in range(count or repeats()):
        start = time.perf_counter()
        work()
        seconds.append(time.perf_counter() - start)
    return Runs.of(seconds)


@dataclass(frozen=True)
class Target:
    """What a figure should stay within: a ratio to its floor, an absolute bound, or both.

    Attributes:
        ratio: the most ``ours / floor`` may be, or None.
        limit: the most ``ours`` may be (seconds, or MiB), or None.
    """

    ratio: float | None = None
    limit: float | None = None

    def text(self, unit: str) -> str:
        parts = []
        if self.ratio is not None:
            parts.append(f"≤ {self.ratio:g}×")
        if self.limit is not None:
            parts.append(f"≤ {_amount(self.limit, unit)}")
        return ", ".join(parts) or "—"


NO_TARGET = Target()


@dataclass(frozen=True)
class Figure:
    """One benchmark figure on one journal.

    Attributes:
        name: what was measured ("save a check-in: row shown").
        journal: the journal's label ("10 years"), or "" when it does not depend on one.
        ours: our runs.
        floor: the floor's runs, measured in the same suite run.
        floor_name: what the floor does, in words.
        target: the issue's target for this figure.
        unit: "s" for times (shown in ms), "MiB" for memory.
        note: anything a reader needs beside the numbers.
    """

    name: str
    journal: str
    ours: Runs
    floor: Runs
    floor_name: str
    target: Target = NO_TARGET
    unit: str = "s"
    note: str = field(default="")

    @property
    def ratio(self) -> float:
        return self.ours.median / self.floor.median if self.floor.median else float("inf")

    @property
    def verdict(self) -> str:
        """pass, miss, or "" when there is no target to meet."""
        if self.target == NO_TARGET:
            return ""
        within = self.target.ratio is None or self.ratio <= self.target.ratio
        if self.target.limit is not None:
            within = within and self.ours.median <= self.target.limit
        return "pass" if within else "MISS"

    def as_dict(self) -> dict:
        """The figure for the results file."""
        return {
            "name": self.name,
            "journal": self.journal,
            "unit": self.unit,
            "ours": {
                "median": self.ours.median,
                "min": self.ours.low,
                "max": self.ours.high,
                "runs": list(self.ours.values),
            },
            "floor": {
                "median": self.floor.median,
                "min": self.floor.low,
                "max": self.floor.high,
                "runs": list(self.floor.values),
            },
            "floor_name": self.floor_name,
            "ratio": self.ratio,
            "target_ratio": self.target.ratio,
            "target_limit": self.target.limit,
            "verdict": self.verdict,
            "note": self.note,
        }

    def amount(self, runs: Runs) -> str:
        """``runs`` as "median (min–max)" in the figure's unit."""
        return (
            f"{_amount(runs.median, self.unit)} "
            f"({_bare(runs.low, self.unit)}–{_bare(runs.high, self.unit)})"
        )


def _bare(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:,.0f}" if value >= 0.1 else f"{value * 1000:.1f}"
    return f"{value:,.0f}"


def _amount(value: float, unit: str) -> str:
    return f"{_bare(value, unit)} {'ms' if unit == 's' else unit}"
