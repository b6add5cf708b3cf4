"""Lesion photos: cleaned copies beside the journal, their rows, and their observations.

The files live in a folder next to the journal file (``journal.sqlite.photos/``), named by
the hash of their content, so the same photo added twice is one file. Thumbnails are a
cache in ``thumbnails/`` inside it and are made again whenever one is missing or damaged.
Only :mod:`journal.store.files` writes them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from journal.lesions.lesion import Lesion, LesionObservation
from journal.lesions.photos import ImportReport, Photo, Rejection, TimelinePhoto
from journal.lesions.undo import RemovedPhoto
from journal.store.files import private_folder, remove_file
from journal.store.lesions import LesionNotFound, LesionStore
from journal.store.photo_rows import PHOTO_COLUMNS, photo_from_row, put_photo
from journal.store.sealed_files import read_plain, write_sealed
from journal.translation import translate

if TYPE_CHECKING:
    from sqlite_utils import Database

    from journal.lesions.photo_cleaning import CleanPhoto

THUMBNAILS = "thumbnails"


def photos_folder(journal_path: Path) -> Path:
    """Where a journal's photos are kept: beside the journal file."""
    journal_path = Path(journal_path)
    return journal_path.with_name(f"{journal_path.name}.photos")


_IDS_PER_QUERY = 500  # well under SQLite's limit on a statement's parameters


class PhotoStore:
    """Adds photos to lesions, reads them and their thumbnails, takes them off and back.

    Reading a thumbnail or a photo touches files only (no SQL), so it is safe from a
    worker thread. In an encrypted journal the files are sealed under its file key.
    """

    def __init__(
        self,
        db: Database,
        journal_path: Path,
        lesions: LesionStore,
        file_key: bytes | None = None,
    ) -> None:
        self._db = db
        self._lesions = lesions
        self.folder = photos_folder(journal_path)
        self._file_key = file_key

    # --- files --------------------------------------------------------------------------

    def path_of(self, photo: Photo) -> Path:
        """The stored (cleaned) photo file."""
        return self.folder / photo.file_name

    def _thumbnail_path(self, photo: Photo) -> Path:
        return self.folder / THUMBNAILS / f"{photo.sha256}.jpg"

    def original(self, photo: Photo) -> bytes:
        """The stored photo's bytes (already cleaned of metadata)."""
        return read_plain(self.path_of(photo))

    def thumbnail(self, photo: Photo) -> bytes:
        """The photo's thumbnail, made again from the stored photo when the cache lacks it."""
        path = self._thumbnail_path(photo)
        try:
            return read_plain(path)
        except OSError:
            pass
        # Pillow is imported where a picture is read: opening a journal needs none.
        from journal.lesions.photo_cleaning import PhotoProblem, thumbnail_of

        try:
            data = thumbnail_of(self.original(photo))
        except (OSError, PhotoProblem):
            return b""
        write_sealed(path, data, self._file_key)
        return data

    def _write_files(self, clean: CleanPhoto) -> None:
        private_folder(self.folder)
        path = self.folder / f"{clean.sha256}.{clean.extension}"
        if not path.exists():
            write_sealed(path, clean.data, self._file_key)
        thumbnail = self.folder / THUMBNAILS / f"{clean.sha256}.jpg"
        write_sealed(thumbnail, clean.thumbnail, self._file_key)

    def used_names(self) -> frozenset[str]:
        """The names (SHA-256) of the photos the journal holds now."""
        return frozenset(row[0] for row in self._db.execute("SELECT sha256 FROM photos"))

    def purge_unused(self, keep: frozenset[str] = frozenset()) -> int:
        """Delete photo and thumbnail files that no photo row names; returns how many.

        A deleted photo stays on disk while its delete can still be undone; this runs when
        the journal is opened, so nothing deleted lingers for long.

        Args:
            keep: names kept though no row names them (the photos of the journal when it was
                opened, purged a while after: a photo deleted meanwhile may come back).
        """
        if not self.folder.is_dir():
            return 0
        used = self.used_names() | keep
        removed = 0
        for folder in (self.folder, self.folder / THUMBNAILS):
            try:
                # os.scandir knows each entry's kind without asking the disk again: ten
                # years are thousands of files.
                entries = list(os.scandir(folder))
            except OSError:
                continue
            for entry in entries:
                if entry.is_file() and entry.name.split(".")[0].lstrip(".") not in used:
                    remove_file(Path(entry.path))
                    removed += 1
        return removed

    # --- adding -------------------------------------------------------------------------

    def add_files(self, lesion_id: int, paths: list[Path], day: date | None = None) -> ImportReport:
        """Add picture files to a lesion; bad files are named in the report, good ones added.

        Each photo goes to the lesion's observation of ``day``, else of the photo's own date
        (EXIF DateTimeOriginal), else of today; the observation is made when there is none.
        """
        from journal.lesions.photo_cleaning import PhotoProblem

        report = ImportReport()
        for path in paths:
            path = Path(path)
            try:
                data = path.read_bytes()
            except OSError as exc:
                reason = (
                    exc.strerror.lower()
                    if exc.strerror
                    else translate("Lesions", "it could not be read")
                )
                unread = translate("Lesions", "could not be read ({reason}).")
                report.rejected.append(Rejection(path.name, unread.format(reason=reason)))
                continue
            try:
                report.added.append(self.add_bytes(lesion_id, data, path.name, day))
            except PhotoProblem as problem:
                report.rejected.append(Rejection(path.name, str(problem)))
        return report

    def add_bytes(
        self, lesion_id: int, data: bytes, name: str, day: date | None = None
    ) -> TimelinePhoto:
        """Add one picture, given as bytes, to a lesion's observation of its day.

        Raises:
            PhotoProblem: the picture cannot be used; nothing was changed.
            LesionNotFound: no lesion has that id.
        """
        from journal.lesions.photo_cleaning import clean_photo

        clean = clean_photo(data)
        today = date.today()
        taken = clean.taken_on if clean.taken_on and clean.taken_on <= today else today
        on = min(day or taken, today)
        self._write_files(clean)
        with self._db.atomic():
            photo = self._photo_row(clean, taken, name)
            observation = self._observation_on(lesion_id, on)
            self._link(observation.id, photo.id)
        return TimelinePhoto(self._lesions.observation(observation.id), photo)

    def _photo_row(self, clean: CleanPhoto, taken: date, name: str) -> Photo:
        photo = Photo(clean.sha256, taken, name, clean.width, clean.height, clean.extension)
        return put_photo(self._db, photo)

    def _observation_on(self, lesion_id: int, day: date) -> LesionObservation:
        if not self._db.execute("SELECT 1 FROM lesions WHERE id = ?", [lesion_id]).fetchone():
            raise LesionNotFound(lesion_id)
        row = self._db.execute(
            "SELECT id FROM lesion_observations WHERE lesion_id = ? AND observed_on = ? "
            "ORDER BY id DESC LIMIT 1",
            [lesion_id, day.isoformat()],
        ).fetchone()
        if row:
            return self._lesions.observation(row[0])
        return self._lesions.insert_observation(LesionObservation(lesion_id, day))

    def _link(self, observation_id: int, photo_id: int, position: int | None = None) -> None:
        if position is None:
            position = self._db.execute(
                "SELECT COALESCE(MAX(position) + 1, 0) FROM observation_photos "
                "WHERE observation_id = ?",
                [observation_id],
            ).fetchone()[0]
        self._db.execute(
            "INSERT OR IGNORE INTO observation_photos (observation_id, photo_id, position) "
            "VALUES (?, ?, ?)",
            [observation_id, photo_id, position],
        )

    # --- reading ------------------------------------------------------------------------

    def photos(self, photo_ids: list[int] | None = None) -> dict[int, Photo]:
        """Photos by id: those asked for, or all."""
        if photo_ids is None:
            rows = self._db.execute(f"SELECT {PHOTO_COLUMNS} FROM photos").fetchall()
            return {r[0]: photo_from_row(r) for r in rows}
        # Only those asked for: one lesion's photos are a few of the journal's thousands,
        # and showing a lesion (the Lesions page's first paint) asks for them.
        wanted = sorted(set(photo_ids))
        found: dict[int, Photo] = {}
        for start in range(0, len(wanted), _IDS_PER_QUERY):
            part = wanted[start : start + _IDS_PER_QUERY]
            marks = ", ".join("?" * len(part))
            for r in self._db.execute(
                f"SELECT {PHOTO_COLUMNS} FROM photos WHERE id IN ({marks})", part
            ).fetchall():
                found[r[0]] = photo_from_row(r)
        return found

    def original_reader(self) -> Callable[[int], bytes]:
        """A reader of stored photos' bytes by id, for drawing a document.

        The rows are read now, on the calling thread; the reader then touches files only,
        so it may be called from a worker thread. A photo it does not know, or whose file
        is gone, gives ``b""`` (drawn as a missing picture rather than failing the whole
        document).
        """
        known = self.photos()

        def read(photo_id: int) -> bytes:
            photo = known.get(photo_id)
            if photo is None:
                return b""
            try:
                return self.original(photo)
            except OSError:
                return b""

        return read

    def timeline(self, lesion_id: int) -> list[TimelinePhoto]:
        """A lesion's photos, oldest observation first, in the order they were added."""
        observations = self._lesions.observations(lesion_id)
        photos = self.photos([p for o in observations for p in o.photo_ids])
        return [TimelinePhoto(o, photos[p]) for o in observations for p in o.photo_ids]

    def count(self) -> int:
        """How many distinct photos the journal holds."""
        return int(self._db.execute("SELECT COUNT(*) FROM photos").fetchone()[0])

    # --- taking off and putting back ----------------------------------------------------

    def remove(self, observation_id: int, photo_id: int) -> RemovedPhoto:
        """Take a photo off an observation; the photo row goes when nothing else uses it.

        The file stays until the journal is next opened, so that the removal can be undone.

        Raises:
            LesionNotFound: the photo is not on that observation.
        """
        with self._db.atomic():
            row = self._db.execute(
                "SELECT position FROM observation_photos WHERE observation_id = ? AND photo_id = ?",
                [observation_id, photo_id],
            ).fetchone()
            if row is None:
                raise LesionNotFound(photo_id)
            observation = self._lesions.observation(observation_id)
            lesion = self._lesions.lesion(observation.lesion_id)
            photo = self.photos([photo_id])[photo_id]
            self._db.execute(
                "DELETE FROM observation_photos WHERE observation_id = ? AND photo_id = ?",
                [observation_id, photo_id],
            )
            still_used = self._db.execute(
                "SELECT 1 FROM observation_photos WHERE photo_id = ? LIMIT 1", [photo_id]
            ).fetchone()
            if not still_used:
                self._db.execute("DELETE FROM photos WHERE id = ?", [photo_id])
        return RemovedPhoto(observation_id, photo, row[0], lesion, observation.observed_on)

    def restore(self, removed: RemovedPhoto) -> RemovedPhoto:
        """Put back a photo taken off by :meth:`remove` (undo); returns it as now stored.

        The photo goes back to its observation if that still is the lesion's observation
        of the same day; otherwise (deleted, perhaps made again under another id) to the
        lesion's observation of that day, made when there is none. The photo keeps its
        old id unless a newer photo took it.

        Raises:
            LesionNotFound: the lesion is gone, or cannot be told apart from another.
        """
        with self._db.atomic():
            observation_id = self._observation_for(removed)
            photo = put_photo(self._db, removed.photo)
            self._link(observation_id, photo.id, removed.position)
        return replace(removed, observation_id=observation_id, photo=photo)

    def _observation_for(self, removed: RemovedPhoto) -> int:
        lesion_id = self._lesion_for(removed.lesion)
        same = self._db.execute(
            "SELECT 1 FROM lesion_observations WHERE id = ? AND lesion_id = ? AND observed_on = ?",
            [removed.observation_id, lesion_id, removed.observed_on.isoformat()],
        ).fetchone()
        if same:
            return removed.observation_id
        return self._observation_on(lesion_id, removed.observed_on).id

    def _lesion_for(self, lesion: Lesion) -> int:
        # A lesion deleted and put back gets a new id when a newer lesion took its old
        # one, and a "(2)" after its name when that one has its name; its place, side
        # and first day stay. The id alone could name that newer lesion.
        def where(x: Lesion) -> tuple:
            return (x.region, x.side, x.first_seen)

        def named(x: Lesion) -> bool:
            return x.name == lesion.name or x.name.startswith(f"{lesion.name} (")

        alike = [x for x in self._lesions.lesions() if where(x) == where(lesion)]
        if any(x.id == lesion.id for x in alike):
            return int(lesion.id)  # the same lesion, perhaps renamed since
        candidates = [x for x in alike if named(x)]
        if len(candidates) != 1:
            raise LesionNotFound(lesion.id)
        return int(candidates[0].id)
