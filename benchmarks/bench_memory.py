"""Peak memory of the whole process with a journal open and the Trends page shown.

A fresh process opens the window, shows Trends (all time, so every check-in is drawn),
lets it paint, and reports its peak resident size (VmHWM, or ``ru_maxrss`` where there is
no /proc). The floor is a bare Qt window holding a matplotlib canvas that drew the same
number of points on five panels: what any Qt program with a chart costs. The red flags'
worker process is a process of its own and is not counted in either. Target: at most 1.5× the floor.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

from benchmarks.bench_window import NONE_GUARD, child_env
from benchmarks.suite import Suite
from benchmarks.timing import Figure, Runs, Target, repeats

# VmHWM is the peak of this process's own memory since it started; ru_maxrss would also count
# the pages of the parent the process was forked from, when that parent was larger.
_PEAK = """
import resource
try:
    line = next(x for x in open("/proc/self/status") if x.startswith("VmHWM:"))
    peak = int(line.split()[1]) / 1024
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print("peak", peak, flush=True)
"""

_BARE = (
    NONE_GUARD
    + """
import sys, time
import numpy as np
from PySide6.QtWidgets import QApplication, QMainWindow
from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from matplotlib.figure import Figure
app = QApplication([]); window = QMainWindow(); window.resize(1280, 820)
figure = Figure(); canvas = FigureCanvasQTAgg(figure); window.setCentralWidget(canvas)
points = int(sys.argv[1]); x = np.arange(points)
for ax in figure.subplots(5, 1, sharex=True):
    ax.plot(x, np.sin(x / 50.0))
window.show(); canvas.draw()
end = time.perf_counter() + 0.5
while time.perf_counter() < end:
    app.processEvents(); time.sleep(0.005)
"""
    + _PEAK
)

_OURS = (
    """
import sys, time
from PySide6.QtWidgets import QApplication
from journal.app import create_window
window = create_window(sys.argv[1]); window.resize(1280, 820); window.show()
app = QApplication.instance()
index = window.trends.range_box.findData("all")
window.pages.setCurrentWidget(window.trends)
window.trends.range_box.setCurrentIndex(index)
end = time.perf_counter() + 20
while window.trends.drawing is None and time.perf_counter() < end:
    app.processEvents(); time.sleep(0.005)
assert window.trends.drawing is not None, "the trends were never drawn"
end = time.perf_counter() + 0.5
while time.perf_counter() < end:
    app.processEvents(); time.sleep(0.005)
"""
    + _PEAK
    + """
window.close()
"""
)


def _peak(code: str, *args: str) -> float:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, env=child_env()
    )
    if done.returncode != 0:
        raise RuntimeError(f"the memory process failed: {done.stderr.strip()[-2000:]}")
    line = next(x for x in done.stdout.splitlines() if x.startswith("peak"))
    return float(line.split()[1])


def run(suite: Suite) -> Iterator[Figure]:
    folder = suite.folder("memory")
    for journal in suite.journals:
        path = journal.copy_to(folder)
        points = str(journal.days * 4)
        ours = Runs.of([_peak(_OURS, str(path)) for _ in range(repeats())])
        floor = Runs.of([_peak(_BARE, points) for _ in range(repeats())])
        yield Figure(
            "peak memory, Trends shown (all time)",
            journal.label,
            ours,
            floor,
            "bare Qt window + matplotlib canvas",
            Target(ratio=1.5),
            unit="MiB",
        )
