"""Finds the files under ``resources/`` (style sheet, icons)."""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parents[3] / "resources"


def style_sheet_template() -> str:
    """The application style sheet with ``$name`` colour slots, or an empty one when the
    resources are not installed (the theme fills the slots for the scheme in use)."""
    path = RESOURCES / "style.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""
