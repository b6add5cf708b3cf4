"""The tables a run prints, and the results file it writes outside the project."""

from __future__ import annotations

import json
import os
import platform
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

from benchmarks.journals import cache_folder
from benchmarks.timing import Figure


def machine_line() -> str:
    """The machine, the software and the date, in one line."""
    import PySide6

    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{datetime.now():%Y-%m-%d %H:%M}, {platform.system()} {platform.release()}, {cpu}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}, PySide6 {PySide6.__version__}"
    )


def figure_row(figure: Figure) -> list[str]:
    """One row of the main table."""
    return [
        figure.name,
        figure.journal,
        figure.amount(figure.ours),
        f"{figure.amount(figure.floor)} {figure.floor_name}",
        f"{figure.ratio:.2f}×",
        figure.target.text(figure.unit),
        figure.verdict,
    ]


HEADERS = ["figure", "journal", "ours: median (min–max)", "floor", "ratio", "target", ""]


def table(rows: Sequence[Sequence[str]], headers: Sequence[str]) -> str:
    """A Markdown table, columns padded so that it reads in a terminal too."""
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(headers)]

    def line(cells: Sequence[str]) -> str:
        return "| " + " | ".join(c.ljust(w) for c, w in zip(cells, widths, strict=True)) + " |"

    rule = "|" + "|".join("-" * (w + 2) for w in widths) + "|"
    return "\n".join([line(headers), rule, *(line(r) for r in rows)])


def main_table(figures: Sequence[Figure]) -> str:
    return table([figure_row(f) for f in figures], HEADERS)


def growth_table(figures: Sequence[Figure], journals: Sequence[str]) -> str:
    """Each figure measured on several journals: its median and ratio at each size."""
    names: dict[str, dict[str, Figure]] = {}
    for figure in figures:
        if figure.journal in journals:
            names.setdefault(figure.name, {})[figure.journal] = figure
    rows = []
    for name, by_journal in names.items():
        if len(by_journal) < 2:
            continue
        cells = [name]
        for journal in journals:
            f = by_journal.get(journal)
            cells.append("" if f is None else f"{f.amount(f.ours).split(' (')[0]} ({f.ratio:.2f}×)")
        largest = by_journal.get(journals[-1])
        smallest = by_journal.get(journals[0])
        grows = ""
        if largest and smallest and smallest.ours.median:
            grows = f"{largest.ours.median / smallest.ours.median:.1f}×"
        rows.append([*cells, grows])
    return table(rows, ["figure", *journals, f"{journals[-1]} / {journals[0]}"])


PARTIAL_RUN = ("BENCH_ONLY", "BENCH_QUICK", "BENCH_REPEATS", "BENCH_DAYS")


def results_folder() -> Path:
    """Where results go: BENCH_RESULTS if set; else ``benchmarks/`` for a whole run.

    The RESULTS.md kept in ``benchmarks/`` is always a whole, unnarrowed run, so a run of a
    few figures or of fewer repeats (any of :data:`PARTIAL_RUN` set) writes beside the cached
    journals instead and leaves it as it was.
    """
    given = os.environ.get("BENCH_RESULTS")
    if given:
        return Path(given)
    if any(os.environ.get(name) for name in PARTIAL_RUN):
        return cache_folder() / "results"
    return Path(__file__).resolve().parent


def write_results(figures: Sequence[Figure], journals: Sequence[str], seconds: float) -> Path:
    """Write results.json and RESULTS.md (both tables) to :func:`results_folder`."""
    folder = results_folder()
    folder.mkdir(parents=True, exist_ok=True)
    machine = machine_line()
    data = {"machine": machine, "seconds": seconds, "figures": [f.as_dict() for f in figures]}
    (folder / "results.json").write_text(json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    text = (
        f"# Benchmark results\n\n{machine}; the run took {seconds:.0f} s.\n\n"
        f"{main_table(figures)}\n\n## Growth with the journal\n\n"
        f"{growth_table(figures, journals)}\n"
    )
    (folder / "RESULTS.md").write_text(text)
    return folder
