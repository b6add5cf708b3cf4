"""The Qt side of trend charts: what the Trends view reads, and its remembered choices."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from journal.charts.markers import FlagMarker
from journal.checkin import CheckIn
from journal.snapshot import JournalSnapshot
from journal.store.files import write_atomically
from journal.ui.parts.facade import JournalFacade
from journal.units import UnitPreferences

SETTINGS_KEY = "trends"


class TrendsFacade(QObject):
    """The journal as the Trends view sees it.

    Signals:
        changed: check-ins, display units or the metric catalogue changed, so the chart
            is out of date.

    Attributes:
        flag_source: gives the red flags to mark for a snapshot; none until the red-flag
            analysis provides them.
        flag_days: gives the red flags raised from a first to a last day, to mark on the
            chart; none until the red-flag analysis provides them.
        basdai_source: gives BASDAI scores as (day, score) pairs for a snapshot, if any.
    """

    changed = Signal()

    def __init__(self, journal: JournalFacade, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal
        self.flag_source: Callable[[JournalSnapshot], Sequence[FlagMarker]] = lambda _s: ()
        self.flag_days: Callable[[date, date], Sequence[FlagMarker]] | None = None
        self.basdai_source: Callable[[JournalSnapshot], Sequence[tuple[date, float]]] | None = None
        journal.checkins_changed.connect(self.changed)
        journal.units_changed.connect(self.changed)
        journal.metrics_changed.connect(self.changed)

    @property
    def path(self) -> Path:
        """The journal file, which the chart's reading opens read-only on a thread."""
        return self._journal.path

    def checkin_count(self) -> int:
        """How many check-ins the journal holds, without reading them: opened while the
        window still reads ten years, the page asked for all of them at once and held the
        window for a second and a half."""
        return self._journal.checkin_count()

    def flags_between(self, first: date, last: date) -> list[FlagMarker]:
        """The red flags raised from ``first`` to ``last``, to mark on a chart."""
        if self.flag_days is not None:
            return list(self.flag_days(first, last))
        return []

    def snapshot(self, first: date | None = None, last: date | None = None) -> JournalSnapshot:
        """Everything recorded from ``first`` to ``last``."""
        return self._journal.snapshot(first, last)

    def units(self) -> UnitPreferences:
        """The user's display units."""
        return self._journal.units()

    def checkin(self, checkin_id: int) -> CheckIn:
        """One check-in by id (raises CheckInNotFound when it was deleted)."""
        return self._journal.checkin(checkin_id)

    def save_chart(self, path: Path, data: bytes) -> None:
        """Write an exported chart where the user chose, atomically; that folder is left as is.

        Raises:
            OSError: the file could not be written.
        """
        write_atomically(path, data, own_folder=False)

    def choices(self) -> dict:
        """The remembered range and panels: {"range", "panels", "from", "to"}, each optional."""
        stored = self._journal.store.settings.get(SETTINGS_KEY, {})
        return stored if isinstance(stored, dict) else {}

    def remember(self, **choices) -> None:
        """Remember some of the user's choices for next time."""
        self._journal.store.settings.put(SETTINGS_KEY, {**self.choices(), **choices})
