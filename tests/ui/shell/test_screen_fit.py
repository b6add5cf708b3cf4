"""The window fits the screen, and each page's actions stay in view, on small and scaled screens.

Each case runs in a child process: the screen's size and scaling are fixed when Qt starts.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parents[2]


def _probe(tmp_path: Path, width: int, height: int, scale: float) -> dict:
    screen = tmp_path / "screen.json"
    screen.write_text(
        json.dumps(
            {
                "screens": [
                    {
                        "name": "s",
                        "x": 0,
                        "y": 0,
                        "width": width,
                        "height": height,
                        "logicalDpi": 96,
                        "logicalBaseDpi": 96,
                        "dpr": 1,
                    }
                ]
            }
        )
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
        "QT_SCALE_FACTOR": str(scale),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    done = subprocess.run(
        [sys.executable, "-m", "ui.screen_probe", str(tmp_path / "demo.sqlite")],
        cwd=TESTS,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def _inside(outer, inner) -> bool:
    ox, oy, ow, oh = outer
    x, y, w, h = inner
    return ox <= x and oy <= y and x + w <= ox + ow and y + h <= oy + oh


@pytest.mark.parametrize(
    ("width", "height", "scale"),
    [(1366, 768, 1.0), (1920, 1080, 1.5), (1280, 800, 1.0)],
    ids=["laptop", "150-percent", "small"],
)
def test_every_page_keeps_its_actions_in_view(tmp_path, width, height, scale):
    report = _probe(tmp_path, width, height, scale)
    assert _inside(report["area"], report["frame"])
    for name, place in report["pages"].items():
        assert place is not None, f"{name} not found"
        assert place["on_screen"], f"{name} is off the screen at {place['rect']}"
        assert place["whole"], f"{name} is cut off at {place['rect']}"


def test_on_the_smallest_scaled_screen_the_window_still_fits(tmp_path):
    # 1366×768 at 150 % leaves 911×512: the window fits, and the pages scroll.
    report = _probe(tmp_path, 1366, 768, 1.5)
    assert _inside(report["area"], report["frame"])
    assert report["pages"]["Save check-in"]["whole"]
