"""What a delete or a photo's removal took away, with all that is needed to put it back.

The store hands these out and takes them back for an undo; they are plain data, so the
window's undo commands hold them without knowing the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from journal.lesions.lesion import Lesion, LesionObservation
from journal.lesions.photos import Photo


@dataclass(frozen=True)
class PhotoLink:
    """One photo on one observation, at its place among that observation's photos."""

    observation_id: int
    photo_id: int
    position: int


@dataclass(frozen=True)
class DeletedLesionRecords:
    """What a delete took out of the journal, with all that is needed to put it back.

    Attributes:
        lesion: the lesion, when the whole lesion was deleted; None for one observation.
        observations: the observations deleted, each with its photo ids in order.
        links: where each of their photos was.
        photos: photo rows deleted because nothing else used them (their files stay).
    """

    lesion: Lesion | None
    observations: tuple[LesionObservation, ...]
    links: tuple[PhotoLink, ...]
    photos: tuple[Photo, ...]


@dataclass(frozen=True)
class RemovedPhoto:
    """A photo taken off an observation, with what is needed to put it back (undo).

    Attributes:
        observation_id: the observation it was on.
        photo: the photo (its row may have gone with it).
        position: its place among that observation's photos.
        lesion: the lesion of that observation, as it was.
        observed_on: the day of that observation: if the observation was deleted and
            made again meanwhile, the photo goes back to the lesion's observation of
            that day.
    """

    observation_id: int
    photo: Photo
    position: int
    lesion: Lesion
    observed_on: date
