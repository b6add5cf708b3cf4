"""The Qt side of an open journal: wraps the store and tells views when data changed."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from journal.checkin import CheckIn
from journal.metrics import Metric
from journal.snapshot import JournalSnapshot
from journal.store import JournalStore
from journal.units import UnitPreferences

DRAFT_KEY = "checkin_draft"


class JournalFacade(QObject):
    """One open journal, as the widgets see it.

    Signals:
        checkins_changed: a check-in was added, changed, deleted or restored.
        units_changed: the display units changed.
        metrics_changed: the catalogue changed (the user added, retired or brought back a
            symptom of their own).

    Attributes:
        is_demo: the journal is the demo, kept apart from the user's own data.
    """

    checkins_changed = Signal()
    units_changed = Signal()
    metrics_changed = Signal()

    def __init__(self, store: JournalStore, is_demo: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self._store = store
        self.is_demo = is_demo
        self._metrics = store.metrics.all(include_archived=True)
        self._units = store.settings.units()
        self._checkins: list[CheckIn] | None = None
        self._closed = False

    @property
    def path(self):
        """The journal file."""
        return self._store.path

    @property
    def store(self) -> JournalStore:
        """The open store, for the facades of other records (lesions, care, flags) to wrap.

        Widgets use a facade, never the store.
        """
        return self._store

    def snapshot(self, first: date | None = None, last: date | None = None) -> JournalSnapshot:
        """Everything recorded in a period, for charts and analysis."""
        oldest_first = [
            c
            for c in reversed(self._all_checkins())
            if (first is None or c.local_date >= first) and (last is None or c.local_date <= last)
        ]
        return self._store.snapshot(first, last, checkins=oldest_first)

    def metrics(self) -> list[Metric]:
        """The metrics a check-in asks, built-ins first (retired symptoms left out)."""
        return [m for m in self._metrics if not m.archived]

    def all_metrics(self) -> list[Metric]:
        """Every metric, retired symptoms too: what old check-ins may hold."""
        return list(self._metrics)

    def add_custom_metric(self, metric: Metric) -> Metric:
        """Add one of the user's own symptoms; the form and timeline pick it up."""
        saved = self._store.metrics.add_custom(metric)
        self._metrics = self._store.metrics.all(include_archived=True)
        self.metrics_changed.emit()
        return saved

    def set_metric_archived(self, key: str, archived: bool) -> Metric:
        """Retire a symptom of the user's own from the check-in, or bring it back."""
        changed = self._store.metrics.set_archived(key, archived)
        self._metrics = self._store.metrics.all(include_archived=True)
        self.metrics_changed.emit()
        return changed

    def units(self) -> UnitPreferences:
        """The user's display units."""
        return self._units

    def set_units(self, units: UnitPreferences) -> None:
        """Change the display units; stored values do not change."""
        self._store.settings.set_units(units)
        self._units = units
        self.units_changed.emit()

    def checkins(self) -> list[CheckIn]:
        """Every check-in, newest first."""
        return list(self._all_checkins())

    def _all_checkins(self) -> list[CheckIn]:
        # The timeline, the red flags and the charts all read the whole journal after each
        # change; it is read from disk once per change, not once per view.
        if self._checkins is None:
            self._checkins = self._store.checkins.between()
        return self._checkins

    def _checkins_changed(self) -> None:
        self._checkins = None
        self.checkins_changed.emit()

    def checkin(self, checkin_id: int) -> CheckIn:
        """One check-in by id."""
        return self._store.checkins.get(checkin_id)

    def save(self, checkin: CheckIn) -> CheckIn:
        """Add a new check-in or update a saved one."""
        if checkin.id is None:
            saved = self._store.checkins.add(checkin)
        else:
            saved = self._store.checkins.update(checkin)
        self._checkins_changed()
        return saved

    def delete(self, checkin_id: int) -> CheckIn:
        """Delete a check-in; returns it so that the delete can be undone."""
        deleted = self._store.checkins.delete(checkin_id)
        self._checkins_changed()
        return deleted

    def restore(self, checkin: CheckIn) -> CheckIn:
        """Put back a deleted check-in; returns it under the id it got (maybe a new one)."""
        restored = self._store.checkins.restore(checkin)
        self._checkins_changed()
        return restored

    def draft(self) -> dict | None:
        """The check-in the user was typing and had not saved, if any."""
        return self._store.settings.get(DRAFT_KEY)

    def keep_draft(self, draft: dict | None) -> None:
        """Remember (or, with None, forget) the unsaved check-in."""
        if draft:
            self._store.settings.put(DRAFT_KEY, draft)
        else:
            self._store.settings.remove(DRAFT_KEY)

    def demo_has_changes(self) -> bool:
        """For the demo: True once the user saved or typed something in it."""
        return self.is_demo and self._store.demo_changed()

    @property
    def is_open(self) -> bool:
        """False once :meth:`close` was called."""
        return not self._closed

    def close(self) -> None:
        """Close the journal file; closing it again does nothing."""
        if not self._closed:
            self._closed = True
            self._store.close()
