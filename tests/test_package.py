"""A wheel built from the source holds what an installed program reads: the package data.

``pipx install .`` and ``pip install`` of a wheel run this same build. It runs without
network: no build isolation, the backend installed with the test tools.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from importlib.metadata import version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = [
    "journal/resources/style.qss",
    "journal/resources/symptom-journal.svg",
    "journal/resources/symptom-journal.desktop",
    # The compiled translations: the window's (and the domain's, once there is one).
    *sorted(
        str(path.relative_to(ROOT))
        for path in (ROOT / "journal/resources/translations").glob("*.qm")
    ),
]


def _backend_builds_wheels() -> bool:
    """setuptools builds wheels by itself from 70.1; before that it needs ``wheel``."""
    major, minor = (int(part) for part in version("setuptools").split(".")[:2])
    try:
        version("wheel")
    except Exception:
        return (major, minor) >= (70, 1)
    return True


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    if not _backend_builds_wheels():
        pytest.skip("setuptools>=70.1 is needed offline; `make test` installs it")
    # Built from a copy: a build in place would leave build/ and egg-info in the checkout.
    source = tmp_path_factory.mktemp("source")
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(
        ROOT / "journal", source / "journal", ignore=shutil.ignore_patterns("__pycache__")
    )
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            str(source),
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--quiet",
            "-w",
            str(out),
        ],
        check=True,
        timeout=300,
    )
    [built] = out.glob("symptom_journal-*.whl")
    with zipfile.ZipFile(built) as opened:
        yield opened


def test_the_wheel_holds_the_style_sheet_the_icon_and_the_desktop_entry(wheel):
    names = set(wheel.namelist())
    assert [name for name in SHIPPED if name not in names] == []


def test_the_wheel_holds_the_german_translation_of_the_window(wheel):
    assert "journal/resources/translations/ui_de.qm" in set(wheel.namelist())


def test_the_shipped_files_are_the_ones_in_the_source(wheel):
    for name in SHIPPED:
        assert wheel.read(name) == (ROOT / name).read_bytes(), name


def test_the_wheel_installs_the_symptom_journal_command(wheel):
    [points] = [n for n in wheel.namelist() if n.endswith(".dist-info/entry_points.txt")]
    assert "symptom-journal = journal.app:main" in wheel.read(points).decode()


def test_the_wheel_holds_every_module_of_the_package(wheel):
    modules = {p.relative_to(ROOT).as_posix() for p in (ROOT / "journal").rglob("*.py")}
    assert modules - set(wheel.namelist()) == set()
