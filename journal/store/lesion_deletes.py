"""Deleting a lesion or one observation of it, and putting it back exactly (undo).

A delete takes the observations, their photo links and every photo row that no other
observation still uses. The photo *files* stay on disk: :meth:`PhotoStore.purge_unused`
removes unused files only when a journal is opened, and the undo stack lives no longer
than the window that holds the journal open, so an undo always finds its files.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from journal.lesions.lesion import Lesion, LesionObservation
from journal.lesions.photos import Photo
from journal.lesions.undo import DeletedLesionRecords, PhotoLink
from journal.store.lesions import LesionNotFound, LesionStore
from journal.store.photo_rows import PHOTO_COLUMNS, photo_from_row, put_photo
from journal.store.restoring import free_id

if TYPE_CHECKING:
    from sqlite_utils import Database


class LesionDeletes:
    """Deletes lesions and observations (each in one transaction) and restores them."""

    def __init__(self, db: Database, lesions: LesionStore) -> None:
        self._db = db
        self._lesions = lesions

    # --- deleting -----------------------------------------------------------------------

    def delete_observation(self, observation_id: int) -> DeletedLesionRecords:
        """Delete one observation and its photo links.

        Raises:
            LesionNotFound: no observation has that id.
        """
        with self._db.atomic():
            observation = self._lesions.observation(observation_id)
            return self._delete(None, [observation])

    def delete_lesion(self, lesion_id: int) -> DeletedLesionRecords:
        """Delete a lesion with all its observations and their photo links.

        Raises:
            LesionNotFound: no lesion has that id.
        """
        with self._db.atomic():
            lesion = self._lesions.lesion(lesion_id)
            deleted = self._delete(lesion, self._lesions.observations(lesion_id))
            self._db.execute("DELETE FROM lesions WHERE id = ?", [lesion_id])
        return deleted

    def _delete(
        self, lesion: Lesion | None, observations: list[LesionObservation]
    ) -> DeletedLesionRecords:
        ids = [o.id for o in observations]
        marks = ", ".join("?" * len(ids))
        links = [
            PhotoLink(*row)
            for row in self._db.execute(
                "SELECT observation_id, photo_id, position FROM observation_photos "
                f"WHERE observation_id IN ({marks})",
                ids,
            )
        ]
        # Links go with their observations (ON DELETE CASCADE).
        self._db.execute(f"DELETE FROM lesion_observations WHERE id IN ({marks})", ids)
        photo_ids = sorted({link.photo_id for link in links})
        marks = ", ".join("?" * len(photo_ids))
        unused = self._db.execute(
            f"SELECT {PHOTO_COLUMNS} FROM photos WHERE id IN ({marks}) AND id NOT IN "
            "(SELECT photo_id FROM observation_photos)",
            photo_ids,
        ).fetchall()
        photos = tuple(photo_from_row(row) for row in unused)
        self._db.execute(
            f"DELETE FROM photos WHERE id IN ({', '.join('?' * len(photos))})",
            [p.id for p in photos],
        )
        return DeletedLesionRecords(lesion, tuple(observations), tuple(links), photos)

    # --- putting back -------------------------------------------------------------------

    def restore(self, deleted: DeletedLesionRecords) -> DeletedLesionRecords:
        """Put back what a delete took, under the same ids where they are still free.

        An id taken since by a new record (SQLite reuses the highest id) is replaced by a
        fresh one; the returned records carry the ids actually used, so that deleting
        them again (redo) deletes the right rows.
        """
        with self._db.atomic():
            lesion = deleted.lesion
            if lesion is not None:
                lesion = self._put_lesion(lesion)
            photo_ids = {p.id: self._put_photo(p) for p in deleted.photos}
            observation_ids: dict[int, int] = {}
            for observation in deleted.observations:
                if lesion is not None:
                    observation = replace(observation, lesion_id=lesion.id)
                observation_ids[observation.id] = self._put_observation(observation)
            for link in deleted.links:
                self._db.execute(
                    "INSERT OR IGNORE INTO observation_photos "
                    "(observation_id, photo_id, position) VALUES (?, ?, ?)",
                    [
                        observation_ids[link.observation_id],
                        photo_ids.get(link.photo_id, link.photo_id),
                        link.position,
                    ],
                )
        return DeletedLesionRecords(
            lesion,
            tuple(
                replace(
                    o,
                    id=observation_ids[o.id],
                    lesion_id=lesion.id if lesion else o.lesion_id,
                    photo_ids=tuple(photo_ids.get(p, p) for p in o.photo_ids),
                )
                for o in deleted.observations
            ),
            tuple(
                PhotoLink(
                    observation_ids[k.observation_id],
                    photo_ids.get(k.photo_id, k.photo_id),
                    k.position,
                )
                for k in deleted.links
            ),
            tuple(replace(p, id=photo_ids[p.id]) for p in deleted.photos),
        )

    def _put_lesion(self, lesion: Lesion) -> Lesion:
        name = lesion.name
        # A lesion of the same name may have been added since; keep both, told apart.
        number = 2
        while self._lesions.named(name) is not None:
            name = f"{lesion.name} ({number})"
            number += 1
        cursor = self._db.execute(
            "INSERT INTO lesions (id, name, region, side, first_seen, healed_on) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [
                free_id(self._db, "lesions", lesion.id),
                name,
                lesion.region.value,
                lesion.side.value,
                lesion.first_seen.isoformat(),
                lesion.healed_on.isoformat() if lesion.healed_on else None,
            ],
        )
        return replace(lesion, name=name, id=int(cursor.lastrowid))

    def _put_photo(self, photo: Photo) -> int:
        return int(put_photo(self._db, photo).id)

    def _put_observation(self, observation: LesionObservation) -> int:
        if not self._db.execute(
            "SELECT 1 FROM lesions WHERE id = ?", [observation.lesion_id]
        ).fetchone():
            raise LesionNotFound(observation.lesion_id)
        free = free_id(self._db, "lesion_observations", observation.id)
        return self._lesions.insert_observation(replace(observation, id=free), free).id
