"""The second process drawing charts: the drawings one process alone makes, whatever befalls it."""

from __future__ import annotations

import re
import time

import pytest
from printing.document_builders import small_chart

from journal.numbers import decimal_mark, set_decimal_mark
from journal.printing import chart_helper
from journal.printing.chart_helper import charts_beside, draw_charts
from journal.printing.chart_svgs import chart_svg
from journal.summary.blocks import Chart

IDLE_CORES = chart_helper._idle_cores
JOBS = [(Chart(small_chart(days), 60.0, ""), 180.0, 70.0) for days in (12, 20, 28, 36)]


@pytest.fixture(autouse=True)
def _an_idle_core(monkeypatch):
    """However busy the machine running the tests, a helper is started."""
    monkeypatch.setattr(chart_helper, "_idle_cores", lambda: 1.0)


def _first_waits_for_the_helper(helper):
    """A ``draw_here`` that, on its first chart, waits until the helper has taken the rest."""
    drawn_here = []

    def draw_here(job):
        if not drawn_here:
            deadline = time.monotonic() + 60
            while helper._counter.value < len(JOBS) and time.monotonic() < deadline:
                time.sleep(0.02)
        drawn_here.append(job)
        return chart_svg(*job)

    return draw_here, drawn_here


def test_charts_drawn_by_the_helper_are_those_this_process_draws_in_order():
    alone = [chart_svg(*job) for job in JOBS]
    with charts_beside() as helper:
        assert helper is not None
        draw_here, drawn_here = _first_waits_for_the_helper(helper)
        both = helper.draw(JOBS, draw_here)
    assert len(drawn_here) == 1  # the other three were the helper's
    assert both == alone


@pytest.fixture
def comma():
    before = decimal_mark()
    set_decimal_mark(",")
    yield
    set_decimal_mark(before)


def test_the_helper_writes_with_this_process_s_decimal_mark(comma):
    alone = [chart_svg(*job) for job in JOBS]
    assert re.search(rb">3\d,\d<", alone[0])  # the temperature axis, written with a comma
    with charts_beside() as helper:
        draw_here, drawn_here = _first_waits_for_the_helper(helper)
        both = helper.draw(JOBS, draw_here)
    assert len(drawn_here) == 1
    assert both == alone


def test_charts_a_dead_helper_took_are_drawn_here():
    alone = [chart_svg(*job) for job in JOBS]
    with charts_beside() as helper:
        helper._process.kill()
        helper._process.join(10)
        assert draw_charts(JOBS) == alone


def test_a_machine_of_one_core_starts_no_helper(monkeypatch):
    monkeypatch.setattr(chart_helper, "_idle_cores", IDLE_CORES)
    monkeypatch.setattr(chart_helper, "_cores", lambda: 1)
    with charts_beside() as helper:
        assert helper is None
        assert draw_charts(JOBS[:2]) == [chart_svg(*job) for job in JOBS[:2]]


def test_a_helper_that_cannot_start_leaves_the_drawing_here(monkeypatch):
    def refused(self):
        raise OSError("no processes allowed")

    monkeypatch.setattr(chart_helper.ChartHelper, "__init__", refused)
    with charts_beside() as helper:
        assert helper is None
        assert draw_charts(JOBS[:2]) == [chart_svg(*job) for job in JOBS[:2]]


@pytest.mark.parametrize("idle", [0.0, 1.0])
def test_other_work_is_done_before_this_process_draws_a_chart(monkeypatch, idle):
    monkeypatch.setattr(chart_helper, "_idle_cores", lambda: idle)
    happened = []
    real = chart_helper.chart_svg

    def drawing(*job):
        happened.append("chart")
        return real(*job)

    monkeypatch.setattr(chart_helper, "chart_svg", drawing)
    with charts_beside():
        draw_charts(JOBS[:2], meanwhile=lambda: happened.append("meanwhile"))
    assert happened[0] == "meanwhile"
    assert happened.count("meanwhile") == 1


@pytest.mark.parametrize(
    ("cores", "load", "started"), [(2, 0.3, True), (2, 1.2, True), (2, 1.9, False), (4, 3.0, True)]
)
def test_a_helper_is_started_only_beside_an_idle_core(monkeypatch, cores, load, started):
    monkeypatch.setattr(chart_helper, "_idle_cores", IDLE_CORES)
    monkeypatch.setattr(chart_helper, "_cores", lambda: cores)
    monkeypatch.setattr(chart_helper.os, "getloadavg", lambda: (load, load, load))
    starts = []
    monkeypatch.setattr(chart_helper.ChartHelper, "__init__", lambda self: starts.append(self))
    monkeypatch.setattr(chart_helper.ChartHelper, "close", lambda self: None)
    with charts_beside() as helper:
        assert (helper is not None) is started
    assert len(starts) == int(started)
