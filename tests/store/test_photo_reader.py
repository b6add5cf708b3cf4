"""Reading stored photos for a document, from another thread."""

import threading
from datetime import date

from picture_builders import picture

from journal.lesions.lesion import Lesion
from journal.pain import Region, Side


def _one_photo(store):
    lesion = store.lesions.add_lesion(
        Lesion("Boil", Region.LOWER_BACK, Side.MIDDLE, date(2026, 1, 1))
    )
    return store.photos.add_bytes(lesion.id, picture(), "boil.jpg", date(2026, 1, 2)).photo


def test_the_reader_gives_the_stored_bytes_from_a_worker_thread(store):
    photo = _one_photo(store)
    read = store.photos.original_reader()
    got = []
    worker = threading.Thread(target=lambda: got.append(read(photo.id)))
    worker.start()
    worker.join()
    assert got == [store.photos.original(photo)]
    assert got[0]


def test_an_unknown_photo_or_a_lost_file_reads_as_empty(store):
    photo = _one_photo(store)
    read = store.photos.original_reader()
    assert read(photo.id + 100) == b""
    store.photos.path_of(photo).unlink()
    assert read(photo.id) == b""
