"""SIGTERM (a logout, a shutdown) closes the window as the user would, and exits 0."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def test_sigterm_closes_the_window_and_the_journal_cleanly(tmp_path):
    journal = tmp_path / "journal.sqlite"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "PYTHONPATH": str(ROOT),
    }
    child = subprocess.Popen(
        [sys.executable, "-m", "journal", "--journal", str(journal)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 30
    while not (journal.exists() and Path(f"{journal}-wal").exists()):
        assert child.poll() is None, child.stderr.read()
        assert time.monotonic() < deadline, "the window never opened its journal"
        time.sleep(0.1)
    time.sleep(1.0)  # the window shown and its event loop running
    child.send_signal(signal.SIGTERM)
    _, err = child.communicate(timeout=30)
    assert child.returncode == 0, err
    assert "Traceback" not in err
    # Closed as a window closes its journal: the log checkpointed away, nothing left open.
    assert not Path(f"{journal}-wal").exists()
