import threading
from dataclasses import replace
from datetime import date, timedelta

from picture_builders import picture
from ui.finders import by_name

from journal.lesions.lesion import Lesion, LesionObservation
from journal.lesions.photos import Photo, TimelinePhoto
from journal.pain import Region, Side
from journal.store import open_journal
from journal.store.photos import PhotoStore
from journal.ui.lesions.gallery_model import PhotoGalleryModel, ThumbnailReadyRole
from journal.ui.lesions.gallery_view import PhotoGalleryView
from journal.ui.lesions.thumbnail_loader import ThumbnailLoader


def _timeline(count: int) -> list[TimelinePhoto]:
    start = date(2020, 1, 1)
    items = []
    for i in range(count):
        day = start + timedelta(days=i)
        observation = LesionObservation(1, day, photo_ids=(i + 1,), id=i + 1)
        photo = Photo(f"{i:064x}", day, f"IMG_{i}.jpg", 4000, 3000, id=i + 1)
        items.append(TimelinePhoto(observation, photo))
    return items


class CountingSource:
    """Gives thumbnails and remembers which photos were asked for, and on which thread."""

    def __init__(self) -> None:
        self.asked: list[int] = []
        self.threads: set[str] = set()
        self.thumbnail = picture(size=(256, 192))

    def __call__(self, photo: Photo) -> bytes:
        self.asked.append(photo.id)
        self.threads.add(threading.current_thread().name)
        return self.thumbnail


def _gallery(qtbot, count, source):
    model = PhotoGalleryModel(ThumbnailLoader(source))
    model.set_rows(_timeline(count))
    view = PhotoGalleryView(model)
    qtbot.addWidget(view)
    view.resize(800, 600)
    view.show()
    qtbot.waitExposed(view)
    return model, view


def test_the_gallery_model_passes_qt_model_tester(qtbot, qtmodeltester):
    model = PhotoGalleryModel(ThumbnailLoader(CountingSource()))
    model.set_rows(_timeline(20))
    qtmodeltester.check(model)


def test_rows_show_the_observation_date(qtbot):
    model = PhotoGalleryModel(ThumbnailLoader(CountingSource()))
    model.set_rows(_timeline(3))
    assert model.data(model.index(2)) == "Fri 3 Jan 2020"


def test_a_gallery_of_2000_photos_loads_only_the_thumbnails_in_view(qtbot):
    source = CountingSource()
    model, _view = _gallery(qtbot, 2000, source)
    first = model.index(0)
    qtbot.waitUntil(lambda: model.data(first, ThumbnailReadyRole), timeout=5000)
    assert 0 < len(set(source.asked)) < 200
    assert model.rowCount() == 2000


def test_thumbnails_are_loaded_off_the_ui_thread(qtbot):
    source = CountingSource()
    model, _ = _gallery(qtbot, 50, source)
    qtbot.waitUntil(lambda: model.data(model.index(0), ThumbnailReadyRole), timeout=5000)
    assert source.threads and threading.main_thread().name not in source.threads


def test_scrolling_to_the_end_loads_the_last_thumbnails(qtbot):
    source = CountingSource()
    model, view = _gallery(qtbot, 2000, source)
    view.scrollToBottom()
    last = model.index(1999)
    qtbot.waitUntil(lambda: model.data(last, ThumbnailReadyRole), timeout=5000)
    assert 2000 in source.asked and len(set(source.asked)) < 400


def test_the_lesions_gallery_never_reads_a_full_photo(
    qtbot, open_window, journal_path, tmp_path, monkeypatch
):
    with open_journal(journal_path) as store:
        lesion = store.lesions.add_lesion(Lesion("Boil", Region.NECK, Side.LEFT, date(2026, 1, 1)))
        for i in range(5):
            path = tmp_path / f"{i}.jpg"
            path.write_bytes(picture(size=(900, 600), colour=(50 * i, 0, 0)))
            store.photos.add_files(lesion.id, [path])
    full_reads = []
    original = PhotoStore.original
    monkeypatch.setattr(
        PhotoStore,
        "original",
        lambda self, photo: full_reads.append(photo) or original(self, photo),
    )
    window = open_window(journal_path)
    # Large enough for all five thumbnails: only those in view are loaded.
    window.resize(1280, 820)
    page = by_name(window, "Lesions")
    window.pages.setCurrentWidget(page)
    model = page.model
    qtbot.waitUntil(
        lambda: all(model.data(model.index(r), ThumbnailReadyRole) for r in range(5)), timeout=5000
    )
    assert full_reads == []


def test_another_picture_under_a_reused_photo_id_gets_its_own_thumbnail(qtbot):
    source = CountingSource()
    model, _view = _gallery(qtbot, 1, source)
    qtbot.waitUntil(lambda: model.data(model.index(0), ThumbnailReadyRole), timeout=5000)
    [item] = _timeline(1)
    # After a delete and an undo, id 1 can name a different picture.
    model.set_rows([TimelinePhoto(item.observation, replace(item.photo, sha256="f" * 64))])
    assert not model.data(model.index(0), ThumbnailReadyRole)
    qtbot.waitUntil(lambda: model.data(model.index(0), ThumbnailReadyRole), timeout=5000)
    assert len(source.asked) == 2
