"""The command line paints without a window: a GUI application on the offscreen platform."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from journal.printing.application import ensure_application

ROOT = Path(__file__).resolve().parents[2]


def test_the_running_application_is_used_when_there_is_one(qapp):
    assert ensure_application() is QGuiApplication.instance()


def test_without_an_application_one_is_made_offscreen():
    environment = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    environment["PYTHONPATH"] = str(ROOT)
    script = (
        "from journal.printing.application import ensure_application\n"
        "print(ensure_application().platformName())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], env=environment, capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "offscreen"
