"""The compiled translations in the package are those of their sources, complete and current.

The .qm files are committed, so that an install from source needs no Qt tools; this fails
when a .ts was changed and ``make translations`` not run. lrelease is deterministic: the
same source compiles to the same bytes.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SOURCES = ROOT / "translations"
COMPILED = ROOT / "journal/resources/translations"
TS_FILES = sorted(SOURCES.glob("*.ts"))


def _lrelease() -> str | None:
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    return str(beside) if beside.exists() else shutil.which("pyside6-lrelease")


def test_the_window_has_a_german_source_and_its_compiled_file():
    assert SOURCES / "ui_de.ts" in TS_FILES
    assert (COMPILED / "ui_de.qm").is_file()


@pytest.mark.parametrize("source", TS_FILES, ids=lambda p: p.name)
def test_every_message_of_the_window_is_translated(source):
    if not source.name.startswith("ui_"):
        pytest.skip("the domain's file is kept by its own test")
    root = ET.parse(source).getroot()
    unfinished = [
        m.findtext("source")
        for m in root.iter("message")
        if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == []


@pytest.mark.parametrize("source", TS_FILES, ids=lambda p: p.name)
def test_the_compiled_file_is_the_source_compiled_now(source, tmp_path):
    lrelease = _lrelease()
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    fresh = tmp_path / source.with_suffix(".qm").name
    subprocess.run(
        [lrelease, "-silent", str(source), "-qm", str(fresh)], check=True, capture_output=True
    )
    committed = COMPILED / fresh.name
    assert committed.is_file(), f"{committed.name} is missing: run make translations"
    assert committed.read_bytes() == fresh.read_bytes(), (
        f"{committed.name} is stale against {source.name}: run make translations"
    )
