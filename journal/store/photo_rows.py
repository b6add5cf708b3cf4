"""Photo rows: the one place that reads them into :class:`Photo` and inserts them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from journal.lesions.photos import Photo
from journal.store.restoring import insert_restored

if TYPE_CHECKING:
    from sqlite_utils import Database

PHOTO_COLUMNS = "id, sha256, extension, taken_on, original_name, width, height"


def photo_from_row(row: tuple) -> Photo:
    """A :class:`Photo` from a row selected as :data:`PHOTO_COLUMNS`."""
    photo_id, sha256, extension, taken_on, name, width, height = row
    return Photo(sha256, date.fromisoformat(taken_on), name, width, height, extension, photo_id)


def put_photo(db: Database, photo: Photo) -> Photo:
    """The row of a photo with this content, inserted when there is none; the caller holds
    the transaction.

    The same picture is one row (its content names its file). A new row takes
    ``photo.id`` when that id is still free (undo), else a fresh one.
    """
    row = db.execute(
        f"SELECT {PHOTO_COLUMNS} FROM photos WHERE sha256 = ?", [photo.sha256]
    ).fetchone()
    if row:
        return photo_from_row(row)
    values = {
        "sha256": photo.sha256,
        "extension": photo.extension,
        "taken_on": photo.taken_on.isoformat(),
        "original_name": photo.original_name,
        "width": photo.width,
        "height": photo.height,
    }
    return replace(photo, id=insert_restored(db, "photos", values, photo.id))
