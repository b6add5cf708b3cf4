"""The benchmark suite's machinery on a tiny journal, one run per figure: it works end to end.

No timing is asserted: the machine running the tests is not the one the targets are for.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from benchmarks.__main__ import bench_modules, run_suite
from benchmarks.journals import LESIONS, OWN_SYMPTOMS, PER_DAY, bench_journal
from benchmarks.report import growth_table, main_table, write_results
from benchmarks.suite import Suite
from benchmarks.timing import Figure, Runs, Target
from journal.metrics import BUILTIN_METRICS
from journal.store import open_journal

DAYS = 14


@pytest.fixture(scope="module")
def cache(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("bench-cache")


@pytest.fixture
def tiny(cache: Path, monkeypatch):
    monkeypatch.setenv("BENCH_CACHE", str(cache))
    return bench_journal("2 weeks", DAYS)


def test_the_journal_holds_every_kind_of_record(tiny):
    with open_journal(tiny.path) as store:
        snapshot = store.snapshot()
    recorded = {key for c in snapshot.checkins for key in c.values}
    assert len(snapshot.checkins) == DAYS * PER_DAY
    assert {m.key for m in BUILTIN_METRICS} | {m.key for m in OWN_SYMPTOMS} <= recorded
    assert len(snapshot.lesions) == LESIONS
    assert all(o.photo_ids for o in snapshot.lesion_observations)
    assert snapshot.doses and snapshot.labs


def test_a_cached_journal_is_not_written_again(tiny, cache, monkeypatch):
    monkeypatch.setenv("BENCH_CACHE", str(cache))
    written = tiny.path.stat().st_mtime_ns
    again = bench_journal("2 weeks", DAYS)
    assert again.path == tiny.path
    assert again.path.stat().st_mtime_ns == written


def test_the_journal_is_the_same_each_time_it_is_made(tiny, tmp_path, monkeypatch):
    monkeypatch.setenv("BENCH_CACHE", str(tmp_path))
    other = bench_journal("2 weeks", DAYS)
    with open_journal(tiny.path) as a, open_journal(other.path) as b:
        assert a.snapshot().checkins == b.snapshot().checkins


def test_a_figure_has_its_median_min_max_and_verdict():
    figure = Figure(
        "save", "1 year", Runs.of([0.03, 0.01, 0.02]), Runs.of([0.01]), "bare", Target(ratio=3.0)
    )
    assert (figure.ours.median, figure.ours.low, figure.ours.high) == (0.02, 0.01, 0.03)
    assert figure.ratio == pytest.approx(2.0)
    assert figure.verdict == "pass"
    assert "20.0 ms (10.0–30.0)" in main_table([figure])


def test_a_figure_over_its_limit_is_a_miss():
    figure = Figure("save", "", Runs.of([0.05]), Runs.of([0.04]), "bare", Target(limit=0.03))
    assert figure.verdict == "MISS"


def test_the_growth_table_shows_each_size_side_by_side():
    figures = [
        Figure("save", label, Runs.of([seconds]), Runs.of([0.01]), "bare")
        for label, seconds in (("1 year", 0.01), ("10 years", 0.05))
    ]
    text = growth_table(figures, ["1 year", "10 years"])
    assert "| save" in text and "5.0×" in text


@pytest.fixture(scope="module")
def whole_run(cache, tmp_path_factory):
    """Every benchmark module on the tiny journal, one run each."""
    scratch = tmp_path_factory.mktemp("bench-scratch")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BENCH_CACHE", str(cache))
        patch.setenv("BENCH_REPEATS", "1")
        patch.setenv("XDG_CONFIG_HOME", str(scratch / "config"))
        patch.setenv("XDG_DATA_HOME", str(scratch / "data"))
        journals = [bench_journal("2 weeks", DAYS)]
        out = io.StringIO()
        figures = run_suite(Suite(journals, scratch), bench_modules(), out)
        patch.setenv("BENCH_RESULTS", str(scratch / "results"))
        folder = write_results(figures, ["2 weeks"], 1.0)
    return figures, out.getvalue(), folder


def test_every_benchmark_gives_figures_beside_a_floor(whole_run):
    figures, printed, _ = whole_run
    names = {f.name for f in figures}
    for expected in (
        "cold start: window takes typing",
        "cold start: everything loaded",
        "save a check-in: row shown",
        "timeline: open and scroll to the end",
        "all-time trend chart, drawn",
        "find the red flags",
        "export: fhir",
        "import back: csv",
        "add a 12-MP photo, on its side",
        "peak memory, Trends shown (all time)",
        "summary from the window: longest UI stall",
        "Trends range → all time: longest UI stall",
    ):
        assert expected in names
    assert all(f.floor.median > 0 and f.ours.values for f in figures)
    assert "cold start: window takes typing" in printed


def test_the_results_file_holds_every_figure_and_both_tables(whole_run):
    figures, _, folder = whole_run
    data = json.loads((folder / "results.json").read_text())
    assert len(data["figures"]) == len(figures)
    assert {"median", "min", "max", "runs"} <= set(data["figures"][0]["ours"])
    text = (folder / "RESULTS.md").read_text()
    assert "cores" in data["machine"] and "## Growth with the journal" in text
