"""The Qt side of lesions and their photos: wraps the store, says when something changed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from journal.lesions.lesion import Lesion, LesionObservation
from journal.lesions.photos import ImportReport, Photo, TimelinePhoto
from journal.lesions.undo import DeletedLesionRecords, RemovedPhoto
from journal.store import JournalStore
from journal.ui.parts.facade import writes


class LesionFacade(QObject):
    """Lesions, observations and photos of one open journal, as the widgets see them.

    Signals:
        changed: a lesion, observation or photo was added, changed, removed or put back.
    """

    changed = Signal()

    def __init__(self, store: JournalStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store

    def lesions(self) -> list[Lesion]:
        """Every lesion, the most recently first seen first."""
        return self._store.lesions.lesions()

    @writes
    def save_lesion(self, lesion: Lesion) -> Lesion:
        """Add a new lesion or change a saved one.

        Raises:
            journal.lesion_checks.InvalidLesionRecord: a field is wrong; nothing was saved.
        """
        if lesion.id is None:
            saved = self._store.lesions.add_lesion(lesion)
        else:
            saved = self._store.lesions.update_lesion(lesion)
        self.changed.emit()
        return saved

    def observations(self, lesion_id: int) -> list[LesionObservation]:
        """A lesion's observations, oldest first."""
        return self._store.lesions.observations(lesion_id)

    @writes
    def save_observation(self, observation: LesionObservation) -> LesionObservation:
        """Add a new observation or change a saved one (its photos stay)."""
        if observation.id is None:
            saved = self._store.lesions.add_observation(observation)
        else:
            saved = self._store.lesions.update_observation(observation)
        self.changed.emit()
        return saved

    @writes
    def delete_observation(self, observation_id: int) -> DeletedLesionRecords:
        """Delete one observation with its photo links; returns what :meth:`restore` needs."""
        deleted = self._store.lesion_deletes.delete_observation(observation_id)
        self.changed.emit()
        return deleted

    @writes
    def delete_lesion(self, lesion_id: int) -> DeletedLesionRecords:
        """Delete a lesion with its observations; returns what :meth:`restore` needs."""
        deleted = self._store.lesion_deletes.delete_lesion(lesion_id)
        self.changed.emit()
        return deleted

    @writes
    def restore(self, deleted: DeletedLesionRecords) -> DeletedLesionRecords:
        """Put back what a delete took; returns it under the ids now used."""
        restored = self._store.lesion_deletes.restore(deleted)
        self.changed.emit()
        return restored

    def timeline(self, lesion_id: int) -> list[TimelinePhoto]:
        """A lesion's photos, oldest first, each with its observation."""
        return self._store.photos.timeline(lesion_id)

    @writes
    def add_photos(
        self, lesion_id: int, paths: list[Path], day: date | None = None
    ) -> ImportReport:
        """Add picture files to a lesion; the report names any file that was not added."""
        report = self._store.photos.add_files(lesion_id, paths, day)
        if report.added:
            self.changed.emit()
        return report

    @writes
    def remove_photo(self, observation_id: int, photo_id: int) -> RemovedPhoto:
        """Take a photo off its observation; returns what :meth:`restore_photo` needs."""
        removed = self._store.photos.remove(observation_id, photo_id)
        self.changed.emit()
        return removed

    @writes
    def restore_photo(self, removed: RemovedPhoto) -> RemovedPhoto:
        """Put back a photo taken off by :meth:`remove_photo`; returns it as now stored."""
        restored = self._store.photos.restore(removed)
        self.changed.emit()
        return restored

    def thumbnail(self, photo: Photo) -> bytes:
        """The photo's thumbnail (JPEG bytes); reads files only, so safe off the UI thread."""
        return self._store.photos.thumbnail(photo)

    def photo_bytes(self, photo: Photo) -> bytes:
        """The stored, cleaned photo, to show it in full: read through the store, never by
        path, so that a photo kept encrypted at rest shows the same way."""
        return self._store.photos.original(photo)
