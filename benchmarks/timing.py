"""Measuring: best of several runs, and a result line with the ratio to its floor."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass


def best_of(work: Callable[[], object], repeats: int = 5) -> float:
    """The fastest of ``repeats`` runs of ``work``, in seconds (least disturbed by noise)."""
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - start)
    return best


@dataclass(frozen=True)
class Result:
    """One benchmark: our time, the floor's time, and the target ratio."""

    name: str
    ours: float
    floor: float
    floor_name: str
    target: float

    @property
    def ratio(self) -> float:
        return self.ours / self.floor

    def line(self) -> str:
        verdict = "ok" if self.ratio <= self.target else "SLOWER THAN TARGET"
        return (
            f"{self.name}: {self.ours * 1000:.1f} ms vs {self.floor_name} "
            f"{self.floor * 1000:.1f} ms = {self.ratio:.2f}x (target <= {self.target}x) {verdict}"
        )
