"""Where the files shipped inside the package lie: the style sheet, the icon, the desktop entry.

They are package data (see ``pyproject.toml``), installed beside the code by a wheel or
``pipx install`` just as they lie in a checkout. No Qt here: the command line reads them too.
"""

from __future__ import annotations

from pathlib import Path

RESOURCES = Path(__file__).resolve().parent / "resources"
STYLE_SHEET = RESOURCES / "style.qss"
APP_ICON = RESOURCES / "symptom-journal.svg"
DESKTOP_ENTRY = RESOURCES / "symptom-journal.desktop"
APP_ID = "symptom-journal"
"""The name the desktop knows the program by: its entry's and its icon's file name."""
