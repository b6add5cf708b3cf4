"""Where the suite writes its results: the kept RESULTS.md is always a whole run."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks import report
from benchmarks.report import PARTIAL_RUN, results_folder


@pytest.fixture
def bare_environment(monkeypatch, tmp_path):
    for name in (*PARTIAL_RUN, "BENCH_RESULTS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("BENCH_CACHE", str(tmp_path / "cache"))
    return monkeypatch


def test_a_whole_run_writes_beside_the_benchmarks(bare_environment):
    assert results_folder() == Path(report.__file__).resolve().parent


@pytest.mark.parametrize("narrowing", PARTIAL_RUN)
def test_a_narrowed_run_leaves_the_kept_results_alone(bare_environment, tmp_path, narrowing):
    bare_environment.setenv(narrowing, "1")
    folder = results_folder()
    assert folder != Path(report.__file__).resolve().parent
    assert folder.is_relative_to(tmp_path / "cache")


def test_a_named_folder_wins(bare_environment, tmp_path):
    bare_environment.setenv("BENCH_ONLY", "save")
    bare_environment.setenv("BENCH_RESULTS", str(tmp_path / "here"))
    assert results_folder() == tmp_path / "here"
