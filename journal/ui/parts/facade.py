"""The Qt side of an open journal: wraps the store and tells views when data changed."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from journal.checkin import CheckIn
from journal.metrics import Metric
from journal.snapshot import JournalSnapshot
from journal.store import JournalFull, JournalStore, journal_error
from journal.translation import QT_TRANSLATE_NOOP
from journal.units import UnitPreferences

DRAFT_KEY = "checkin_draft"
FIRST_CHECKINS = 200
"""Check-ins the timeline shows at the window's first paint, before the rest are read."""
CHECKINS_PER_PART = 150
"""Check-ins read per event-loop turn while the window loads: a few tens of milliseconds (300
of ten years' check-ins, all metrics recorded, took a turn of over 80 ms)."""

T = TypeVar("T")

DISK_FULL = QT_TRANSLATE_NOOP(
    "JournalFacade", "The disk is full — nothing was lost; free some space and save again."
)


class NotWritten(Exception):
    """The journal could not be written (a full or failing disk); the message is for the user.

    The widgets catch this, not the store's errors: a full disk is said as such, with what
    was typed kept in the form, and never as damage.

    Attributes:
        disk_full: the disk has no room (as opposed to an I/O error or damage).
    """

    def __init__(self, message: str, disk_full: bool) -> None:
        super().__init__(message)
        self.disk_full = disk_full
        self.text = message

    def __str__(self) -> str:
        # Raised through a Qt call (an undo command's redo), PySide prefixes the message
        # with its own words; the user is told the journal's.
        return self.text


@contextmanager
def writing(path) -> Iterator[None]:
    """Turn the store's full-disk, I/O and damage errors into :class:`NotWritten`."""
    try:
        yield
    except Exception as exc:
        own = journal_error(exc, path)
        if own is None:
            raise
        full = isinstance(own, JournalFull)
        said = QCoreApplication.translate("JournalFacade", DISK_FULL) if full else str(own)
        raise NotWritten(said, disk_full=full) from exc


def writes(method: Callable[..., T]) -> Callable[..., T]:
    """Mark a facade method that writes to the journal (the facade keeps it as ``_store``):
    a full or failing disk raises :class:`NotWritten`, never the store's own error."""

    @functools.wraps(method)
    def written(self, *args: Any, **kwargs: Any) -> T:
        with writing(self._store.path):
            return method(self, *args, **kwargs)

    return written


class Change(Enum):
    """What happened to one check-in."""

    ADDED = "added"
    UPDATED = "updated"
    REMOVED = "removed"


@dataclass(frozen=True)
class CheckInChange:
    """One check-in that changed, for views that update by the row.

    Attributes:
        kind: added (saved or restored), updated or removed.
        checkin: the check-in as it is now (for a removal: as it was).
        old: what it was before an update; None otherwise.
    """

    kind: Change
    checkin: CheckIn
    old: CheckIn | None = None


def newest_first_key(checkin: CheckIn) -> tuple[float, int]:
    """Sorts check-ins as the store lists them: newest first, the later id first on a tie."""
    return (-checkin.taken_at.timestamp(), -(checkin.id or 0))


class JournalFacade(QObject):
    """One open journal, as the widgets see it.

    Signals:
        checkin_changed: one check-in was added, changed, deleted or restored (argument: a
            :class:`CheckInChange`); views update that row alone.
        checkins_changed: a check-in was added, changed, deleted or restored; for listeners
            that read the journal again whatever changed. Emitted after ``checkin_changed``.
        units_changed: the display units changed.
        metrics_changed: the catalogue changed (the user added, retired or brought back a
            symptom of their own).
        checkins_loaded: every check-in has been read (:meth:`load_checkins_part`, or the
            first call that needed them all).

    Attributes:
        is_demo: the journal is the demo, kept apart from the user's own data.
    """

    checkin_changed = Signal(object)
    checkins_changed = Signal()
    units_changed = Signal()
    metrics_changed = Signal()
    checkins_loaded = Signal()

    def __init__(self, store: JournalStore, is_demo: bool = False, parent: QObject | None = None):
        super().__init__(parent)
        self._store = store
        self.is_demo = is_demo
        self._metrics = store.metrics.all(include_archived=True)
        self._units = store.settings.units()
        self._checkins: list[CheckIn] | None = None
        self._part_read: list[CheckIn] | None = None  # while read a part at a time
        self._closed = False

    @property
    def path(self):
        """The journal file."""
        return self._store.path

    def privacy_warning(self) -> str | None:
        """A sentence when files of the journal that others may read could not be made
        private on opening (another user owns them); None as a rule."""
        return self._store.privacy_warning()

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
            self._part_read = None
            self._loaded(self._store.checkins.between())
        return self._checkins

    def _loaded(self, checkins: list[CheckIn]) -> None:
        self._checkins = checkins
        self.checkins_loaded.emit()

    def has_all_checkins(self) -> bool:
        """True once every check-in is read; until then :meth:`checkins` reads them now."""
        return self._checkins is not None

    def newest_checkins(self, count: int | None = None) -> list[CheckIn]:
        """The ``count`` newest check-ins (:data:`FIRST_CHECKINS` by default), newest first,
        without reading them all."""
        count = FIRST_CHECKINS if count is None else count
        if self._checkins is not None:
            return self._checkins[:count]
        return self._store.checkins.newest(count)

    def checkin_count(self) -> int:
        """How many check-ins the journal holds, without reading them all."""
        if self._checkins is not None:
            return len(self._checkins)
        return self._store.checkins.count()

    def load_checkins_part(self) -> bool:
        """Read the next part of the check-ins; True once all of them are read.

        The window's start reads a long journal this way, a part per turn of the event loop,
        so that it answers the keyboard while ten years load. A change meanwhile starts the
        reading over: the parts read stay in step with the file.
        """
        if self._checkins is not None:
            return True
        read = self._part_read if self._part_read is not None else []
        part = self._store.checkins.newest(CHECKINS_PER_PART, read[-1] if read else None)
        read.extend(part)
        if len(part) < CHECKINS_PER_PART:
            self._part_read = None
            self._loaded(read)
            return True
        self._part_read = read
        return False

    def _checkins_changed(self, change: CheckInChange) -> None:
        # The cache follows the one row that changed: re-reading ten years of check-ins on
        # every save is what made saving slow.
        self._part_read = None  # parts read before the change may miss it
        if self._checkins is not None:
            if change.kind is not Change.ADDED:
                gone = change.old if change.kind is Change.UPDATED else change.checkin
                self._drop(gone)
            if change.kind is not Change.REMOVED:
                at = bisect.bisect_left(
                    self._checkins, newest_first_key(change.checkin), key=newest_first_key
                )
                self._checkins.insert(at, change.checkin)
        self.checkin_changed.emit(change)
        self.checkins_changed.emit()

    def _drop(self, checkin: CheckIn) -> None:
        at = bisect.bisect_left(self._checkins, newest_first_key(checkin), key=newest_first_key)
        if at < len(self._checkins) and self._checkins[at].id == checkin.id:
            del self._checkins[at]
        else:  # not where its time says: look for it by id rather than leave it twice
            self._checkins = [c for c in self._checkins if c.id != checkin.id]

    def checkin(self, checkin_id: int) -> CheckIn:
        """One check-in by id."""
        return self._store.checkins.get(checkin_id)

    def save(self, checkin: CheckIn) -> CheckIn:
        """Add a new check-in or update a saved one.

        Raises:
            NotWritten: the disk is full or failing; nothing was changed.
            CheckInNotFound: the check-in being changed was deleted meanwhile.
        """
        with writing(self.path):
            return self._save(checkin)

    def _save(self, checkin: CheckIn) -> CheckIn:
        if checkin.id is None:
            saved = self._reread(self._store.checkins.add(checkin))
            self._checkins_changed(CheckInChange(Change.ADDED, saved))
        else:
            old = self._store.checkins.get(checkin.id)
            saved = self._reread(self._store.checkins.update(checkin))
            self._checkins_changed(CheckInChange(Change.UPDATED, saved, old))
        return saved

    def delete(self, checkin_id: int) -> CheckIn:
        """Delete a check-in; returns it so that the delete can be undone."""
        deleted = self._store.checkins.delete(checkin_id)
        self._checkins_changed(CheckInChange(Change.REMOVED, deleted))
        return deleted

    def restore(self, checkin: CheckIn) -> CheckIn:
        """Put back a deleted check-in; returns it under the id it got (maybe a new one)."""
        restored = self._reread(self._store.checkins.restore(checkin))
        self._checkins_changed(CheckInChange(Change.ADDED, restored))
        return restored

    def _reread(self, checkin: CheckIn) -> CheckIn:
        # One row read back, so the cache holds exactly what a fresh load would.
        return self._store.checkins.get(checkin.id)

    def draft(self) -> dict | None:
        """The check-in the user was typing and had not saved, if any."""
        return self._store.settings.get(DRAFT_KEY)

    def keep_draft(self, draft: dict | None) -> None:
        """Remember (or, with None, forget) the unsaved check-in.

        Raises:
            NotWritten: the disk is full or failing; the draft stored before stays.
        """
        with writing(self.path):
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
