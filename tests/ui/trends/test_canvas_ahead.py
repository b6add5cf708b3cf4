"""The charts' import ahead: begun once, and waited for before the program ends."""

from __future__ import annotations

import subprocess
import sys


def _run(code: str) -> list[str]:
    # A fresh interpreter: in this one the canvas's modules may be imported already.
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return done.stdout.strip().splitlines()


def test_finishing_waits_until_the_canvas_is_imported():
    lines = _run(
        "import sys\n"
        "from journal.ui.trends import canvas_ahead\n"
        "canvas_ahead.import_canvas_ahead()\n"
        "print(canvas_ahead.finish_import_ahead())\n"
        "print(canvas_ahead.CANVAS_MODULE in sys.modules, canvas_ahead._thread.is_alive())\n"
    )
    assert lines[-2:] == ["True", "True False"]


def test_finishing_with_no_import_begun_returns_at_once():
    lines = _run(
        "from journal.ui.trends import canvas_ahead\n"
        "print(canvas_ahead.finish_import_ahead(timeout=0), canvas_ahead._thread)\n"
    )
    assert lines[-1] == "True None"


def test_an_import_begun_twice_runs_once():
    lines = _run(
        "from journal.ui.trends import canvas_ahead\n"
        "canvas_ahead.import_canvas_ahead(); first = canvas_ahead._thread\n"
        "canvas_ahead.import_canvas_ahead()\n"
        "print(canvas_ahead._thread is first, canvas_ahead.finish_import_ahead())\n"
    )
    assert lines[-1] == "True True"
