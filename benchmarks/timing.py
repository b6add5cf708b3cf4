"""Measuring: best of several runs, and a result line with the ratio to its floor."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass


def best_of(work: Callable[[], object], repeats: int = 5) -> float:
    """The fastest of ``repeats`` runs of ``work``, in seconds (least disturbed by noise)."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


def median(seconds: Sequence[float]) -> float:
    """The middle of several measured times, in seconds: what a user usually waits."""
    return statistics.median(seconds)


@dataclass(frozen=True)
class Result:
    """One benchmark: our time, the floor's time, and the target ratio."""

    name: str
    ours: float
    floor: float
    floor_name: str
    target: float
    limit: float | None = None  # seconds: an absolute bound the user feels, when there is one

    @property
    def ratio(self) -> float:
        return self.ours / self.floor

    def line(self) -> str:
        within = self.ratio <= self.target and (self.limit is None or self.ours <= self.limit)
        verdict = "ok" if within else "SLOWER THAN TARGET"
        limit = "" if self.limit is None else f", <= {self.limit * 1000:.0f} ms"
        return (
            f"{self.name}: {self.ours * 1000:.1f} ms vs {self.floor_name} "
            f"{self.floor * 1000:.1f} ms = {self.ratio:.2f}x "
            f"(target <= {self.target}x{limit}) {verdict}"
        )
