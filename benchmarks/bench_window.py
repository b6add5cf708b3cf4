"""Cold start: a whole new process to a window that takes typing, and to everything loaded.

Both ours and the floor run as fresh interpreters, so imports count: that is what a user
waits for. The clock runs from starting the process to the moment it says, on its output,
that the check-in form took a key press ("typing"), and then that the red flags are found
and every page is built ("loaded"). The floor is a bare Qt window: import, show, process
events. While ours loads, and for a second after, a timer probe measures the longest the
UI thread did not answer (the start-up stall); the floor's is the probe in the bare window.

Both run from bytecode compiled ahead, as an installed program does (pip and pipx compile
it at install time): ``compileall`` of the project, then one uncounted start of each that
writes the bytecode of every module it imports, all into a folder of the benchmark's cache
(PYTHONPYCACHEPREFIX), never beside the sources. The measured starts only read it. With
BENCH_FROM_SOURCE=1 the project's modules compile from source at every start, as a run from
a checkout with PYTHONDONTWRITEBYTECODE set does (the libraries' installed bytecode is read).

Targets: typing within 3× the bare window on a new journal and 4× on ten years (and so on
any shorter journal); everything loaded within 1 s more; no stall over 100 ms.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks.journals import cache_folder
from benchmarks.suite import Suite
from benchmarks.timing import Figure, Runs, Target, repeats
from journal.store import open_journal

PROJECT = Path(__file__).resolve().parent.parent
AFTER_LOADED_S = 1.0

_PROBE = """
import time
from PySide6.QtCore import Qt, QTimer
class Probe:
    def __init__(self):
        self.widest = 0.0; self.last = time.perf_counter()
        self.timer = QTimer(); self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(5); self.timer.timeout.connect(self.tick); self.timer.start()
    def tick(self):
        now = time.perf_counter(); self.widest = max(self.widest, now - self.last); self.last = now
def run_for(app, probe, seconds, done=lambda: True):
    end = None
    while True:
        app.processEvents(); time.sleep(0.0005)
        if end is None and done():
            end = time.perf_counter() + seconds
            yield "done"
        if end is not None and time.perf_counter() > end:
            probe.tick(); return
"""

# PySide6 6.12 on Python 3.11 miscounts references to None (journal.ui.theme.none_guard):
# the bare window needs the same guard as ours, or it may crash on exit.
NONE_GUARD = """
import ctypes, sys
if sys.version_info < (3, 12):
    ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40
"""

_BARE = (
    NONE_GUARD
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([]); window = QMainWindow(); window.resize(1280, 820); window.show()
app.processEvents(); print("typing", flush=True); print("loaded", flush=True)
"""
    + _PROBE
    + """
probe = Probe()
for _ in run_for(app, probe, %(after)s):
    pass
print("stall", probe.widest, flush=True)
"""
)

_OURS = (
    """
import sys
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication
from journal.app import create_window
window = create_window(sys.argv[1]); window.show()
app = QApplication.instance(); app.processEvents()
field = window.form.fields["pain_now"].widget
for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
    app.sendEvent(field, QKeyEvent(kind, Qt.Key.Key_7, Qt.KeyboardModifier.NoModifier, "7"))
assert field.text() == "7", field.text()
print("typing", flush=True)
"""
    + _PROBE
    + """
def loaded():
    ready = getattr(window, "is_loaded", None)
    return not window.flags_page.flags.is_checking() and (ready is None or ready())
probe = Probe()
for _ in run_for(app, probe, %(after)s, loaded):
    print("loaded", flush=True)
print("stall", probe.widest, flush=True)
field.clear()  # no draft kept: the next run starts as this one did
window.close()
"""
)


def from_source() -> bool:
    """True when the starts are measured compiling every module from source."""
    return bool(os.environ.get("BENCH_FROM_SOURCE"))


def bytecode_folder() -> Path:
    """Where the measured processes' bytecode is kept: the benchmark's cache, by version."""
    return cache_folder() / "bytecode" / sys.implementation.cache_tag


def child_env() -> dict[str, str]:
    """The environment of a measured process: offscreen, this project's code first."""
    path = os.pathsep.join(p for p in (str(PROJECT), os.environ.get("PYTHONPATH", "")) if p)
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": path}


def start_env(writes_bytecode: bool = False) -> dict[str, str]:
    """:func:`child_env`, with the bytecode read from (or, for ``writes_bytecode``,
    written to) the cache's folder."""
    env = child_env()
    if from_source():
        # As a checkout run with PYTHONDONTWRITEBYTECODE: the project's modules compile as
        # they are imported, the libraries' bytecode is read from where they were installed.
        env.pop("PYTHONPYCACHEPREFIX", None)
        env["PYTHONDONTWRITEBYTECODE"] = "1"
        return env
    env["PYTHONPYCACHEPREFIX"] = str(bytecode_folder())
    if writes_bytecode:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"  # measured starts only read it
    return env


def compile_ahead() -> None:
    """Compile the project into the cache's bytecode folder, as an install would.

    The libraries' and the standard library's modules are compiled by one start of each
    process, which writes what it imports there (their own __pycache__ is not read while a
    prefix is set).
    """
    env = start_env(writes_bytecode=True)
    subprocess.run(
        [sys.executable, "-m", "compileall", "-q", "-j", "0", str(PROJECT / "journal")],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
    )


def _start(code: str, *args: str, writes_bytecode: bool = False) -> tuple[float, float, float]:
    """Seconds to "typing" and to "loaded", and the widest stall, of one new process."""
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-c", code % {"after": AFTER_LOADED_S}, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=start_env(writes_bytecode),
    )
    seen: dict[str, float] = {}
    stall = float("nan")
    assert process.stdout is not None
    for line in process.stdout:
        word, *rest = line.split()
        seen.setdefault(word, time.perf_counter() - start)
        if word == "stall":
            stall = float(rest[0])
    _, errors = process.communicate()
    if process.returncode != 0 or "loaded" not in seen:
        raise RuntimeError(f"the start-up process failed: {errors.strip()[-2000:]}")
    return seen["typing"], seen["loaded"], stall


def _runs(code: str, *args: str) -> tuple[Runs, Runs, Runs]:
    measured = [_start(code, *args) for _ in range(repeats())]
    return tuple(Runs.of([m[i] for m in measured]) for i in range(3))  # type: ignore[return-value]


def run(suite: Suite) -> Iterator[Figure]:
    folder = suite.folder("start")
    new = folder / "new" / "journal.sqlite"
    new.parent.mkdir(exist_ok=True)
    open_journal(new).close()
    cases = [("new journal", new, 3.0)]
    cases += [(j.label, j.copy_to(folder), 4.0) for j in suite.journals]
    if not from_source():
        compile_ahead()
    # The first process after a while pays for the disk cache (and writes the bytecode of
    # what it imports): not counted.
    _start(_BARE, writes_bytecode=True)
    _start(_OURS, str(cases[-1][1]), writes_bytecode=True)
    bare_typing, _, bare_stall = _runs(_BARE)
    compiled = "from source" if from_source() else "bytecode compiled ahead"
    for label, path, ratio in cases:
        typing, loaded, stall = _runs(_OURS, str(path))
        yield Figure(
            "cold start: window takes typing",
            label,
            typing,
            bare_typing,
            "bare Qt window",
            Target(ratio=ratio),
            note=f"both {compiled}",
        )
        yield Figure(
            "cold start: everything loaded",
            label,
            loaded,
            bare_typing,
            "bare Qt window",
            Target(limit=typing.median + 1.0),
            note=f"flags found and every page built; target: 1 s after typing; both {compiled}",
        )
        yield Figure(
            "cold start: longest UI stall while loading",
            label,
            stall,
            bare_stall,
            "probe in a bare window",
            Target(limit=0.100),
            note=f"both {compiled}",
        )
