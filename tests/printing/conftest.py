"""Painting needs a Qt GUI application: the tests share pytest-qt's."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _application(qapp):
    return qapp


@pytest.fixture
def write_pdf(tmp_path):
    """Writes PDF bytes to a file in ``tmp_path`` and gives its path."""

    def write(data: bytes, name: str = "summary.pdf") -> Path:
        path = tmp_path / name
        path.write_bytes(data)
        return path

    return write
