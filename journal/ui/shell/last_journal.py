"""Which journal a plain start opens: the settings' keys for it, read without the window.

The launcher decides (:meth:`journal.ui.shell.launcher.Launcher.start`); the start asks here
beforehand which file that likely is, to begin its integrity check while the window's
modules are imported. Nothing here imports the widgets.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from journal.store.location import default_journal_path

RECENT_KEY = "journals/recent"
LAST_KEY = "journals/last"
DEMO_MARK = "demo"


def likely_journal(settings: QSettings) -> Path | None:
    """The journal a start with none named will most likely open, or None (the demo, or
    the first-run screen)."""
    last = settings.value(LAST_KEY)
    if isinstance(last, str) and last != DEMO_MARK and Path(last).exists():
        return Path(last)
    mine = default_journal_path()
    return mine if mine.exists() else None
