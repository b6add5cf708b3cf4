"""Finds the files under ``resources/`` (style sheet, icons)."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[2] / "resources"


def style_sheet() -> str:
    """The application style sheet, or an empty one when the resources are not installed."""
    path = RESOURCES / "style.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""
