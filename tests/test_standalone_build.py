"""The standalone build (``make dist``) runs on its own: the command line, the summary's
charts and PDF, encryption, and the window, offscreen in a temporary home."""

from __future__ import annotations

import signal
import subprocess
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.dist

ROOT = Path(__file__).resolve().parents[1]
PROGRAM = ROOT / "dist" / "symptom-journal" / "symptom-journal"


@pytest.fixture
def home(tmp_path):
    return {
        # Nothing of the developer's Python: the build must carry all it needs.
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
        "QT_QPA_PLATFORM": "offscreen",
        "SYMPTOM_JOURNAL_PASSPHRASE": "a passphrase for the smoke test",
    }


def _run(home, *args) -> subprocess.CompletedProcess:
    assert PROGRAM.is_file(), "no standalone build: run make dist"
    done = subprocess.run(
        [str(PROGRAM), *args], env=home, capture_output=True, text=True, timeout=120
    )
    assert "Traceback" not in done.stderr, done.stderr
    return done


def test_the_built_program_writes_a_demo_its_summary_and_encrypts_it(home, tmp_path):
    journal, pdf = tmp_path / "j.sqlite", tmp_path / "summary.pdf"
    assert _run(home, "demo", "--journal", str(journal)).returncode == 0
    assert _run(home, "summary", "--journal", str(journal), "-o", str(pdf)).returncode == 0
    assert pdf.read_bytes()[:5] == b"%PDF-"
    assert _run(home, "encryption", "on", "--journal", str(journal)).returncode == 0
    checked = _run(home, "check", "--journal", str(journal))
    assert checked.returncode == 0 and "passed every check" in checked.stdout


def test_the_built_program_opens_a_new_journal_in_a_window_and_quits_cleanly(home, tmp_path):
    journal = tmp_path / "new.sqlite"
    child = subprocess.Popen(
        [str(PROGRAM), "--journal", str(journal)],
        env=home,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    started = time.monotonic()
    while not Path(f"{journal}-wal").exists():
        assert child.poll() is None, child.stderr.read()
        assert time.monotonic() - started < 60, "the window never opened its journal"
        time.sleep(0.1)
    print(f"window up in {time.monotonic() - started:.2f} s")
    time.sleep(1.0)
    child.send_signal(signal.SIGTERM)
    _, err = child.communicate(timeout=30)
    assert child.returncode == 0, err
    assert "Traceback" not in err
    assert not Path(f"{journal}-wal").exists()


def test_the_build_carries_its_resources():
    internal = PROGRAM.parent / "_internal" / "journal" / "resources"
    assert (internal / "style.qss").is_file()
    assert (internal / "symptom-journal.svg").is_file()
