"""``python -m benchmarks``: every figure beside its floor, the growth table, a results file.

Environment:
    BENCH_QUICK=1: two runs of each figure instead of five (for trying changes).
    BENCH_REPEATS=N: N runs of each figure.
    BENCH_DAYS="365,3650": the journals' lengths in days (1, 3 and 10 years by default).
    BENCH_ONLY="save,window": only the benchmarks whose module names hold these words.
    BENCH_CACHE, BENCH_RESULTS: where journals are cached and results written. A whole
    run writes benchmarks/RESULTS.md; a narrowed one (any of the above set) the cache.
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

import benchmarks
from benchmarks.report import growth_table, main_table, write_results
from benchmarks.suite import Suite, suite_journals
from benchmarks.timing import Figure


def bench_modules(only: Sequence[str] = ()) -> list[str]:
    """The benchmark modules' names, in order, those matching ``only`` when given."""
    names = sorted(m.name for m in pkgutil.iter_modules(benchmarks.__path__))
    names = [n for n in names if n.startswith("bench_")]
    return [n for n in names if not only or any(o in n for o in only)]


def run_suite(suite: Suite, modules: Sequence[str], out=sys.stdout) -> list[Figure]:
    """Run ``modules`` on ``suite``, printing each figure as it is measured."""
    from benchmarks.report import figure_row

    figures: list[Figure] = []
    for name in modules:
        module = importlib.import_module(f"benchmarks.{name}")
        started = time.perf_counter()
        for figure in module.run(suite):
            figures.append(figure)
            print(" | ".join(c for c in figure_row(figure) if c), file=out, flush=True)
        print(f"  ({name}: {time.perf_counter() - started:.0f} s)", file=out, flush=True)
    return figures


def main() -> int:
    started = time.perf_counter()
    only = [w for w in os.environ.get("BENCH_ONLY", "").split(",") if w]
    with tempfile.TemporaryDirectory(prefix="symptom-journal-bench-") as scratch:
        # The program's settings and data folders of this run: the user's are left alone.
        for variable in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
            os.environ[variable] = str(Path(scratch) / variable.lower())
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        print("Journals (generated once, then cached)…", flush=True)
        journals = suite_journals()
        print(f"  ready in {time.perf_counter() - started:.0f} s", flush=True)
        suite = Suite(journals, Path(scratch))
        figures = run_suite(suite, bench_modules(only))
    seconds = time.perf_counter() - started
    labels = [j.label for j in journals]
    print("\n" + main_table(figures) + "\n")
    print("Growth with the journal\n\n" + growth_table(figures, labels) + "\n")
    folder = write_results(figures, labels, seconds)
    print(f"Written to {folder}/RESULTS.md and results.json ({seconds:.0f} s in all).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
