import os
import stat
from datetime import date

import pytest
from picture_builders import metadata_of, picture

from journal.lesions.lesion import Lesion
from journal.pain import Region, Side
from journal.store import open_journal
from journal.store.photos import photos_folder


@pytest.fixture
def lesion(store):
    return store.lesions.add_lesion(
        Lesion("Boil", Region.LOWER_BACK, Side.MIDDLE, date(2026, 1, 1))
    )


def _file(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _journal_rows(store):
    return store.photos.count(), len(store.lesions.observations())


def test_a_photo_is_stored_beside_the_journal_under_its_content_hash(store, lesion, tmp_path):
    report = store.photos.add_files(lesion.id, [_file(tmp_path, "a.jpg", picture(gps=True))])
    photo = report.added[0].photo
    stored = photos_folder(store.path) / photo.file_name
    assert stored.parent == store.path.parent / "journal.sqlite.photos"
    assert stored.name.startswith(photo.sha256)
    assert report.ok


def test_stored_photos_and_thumbnails_carry_no_exif_gps_or_xmp(store, lesion, tmp_path):
    data = picture(gps=True, orientation=6, taken="2026:02:03 09:00:00")
    photo = store.photos.add_files(lesion.id, [_file(tmp_path, "a.jpg", data)]).added[0].photo
    for stored in (store.photos.original(photo), store.photos.thumbnail(photo)):
        found = metadata_of(stored)
        assert found["exif"] == {} and found["gps"] == {}
        assert not found["xmp_bytes"] and not found["comment_bytes"]


def test_the_original_file_is_never_modified(store, lesion, tmp_path):
    data = picture(gps=True, orientation=6)
    path = _file(tmp_path, "a.jpg", data)
    store.photos.add_files(lesion.id, [path])
    assert path.read_bytes() == data


def test_photo_files_and_folder_are_private(store, lesion, tmp_path):
    photo = store.photos.add_files(lesion.id, [_file(tmp_path, "a.jpg", picture())]).added[0]
    folder = photos_folder(store.path)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / "thumbnails").stat().st_mode) == 0o700
    assert stat.S_IMODE(store.photos.path_of(photo.photo).stat().st_mode) == 0o600


def test_no_temporary_files_are_left_behind(store, lesion, tmp_path):
    store.photos.add_files(lesion.id, [_file(tmp_path, "a.jpg", picture())])
    leftovers = [p for p in photos_folder(store.path).rglob("*") if p.name.startswith(".")]
    assert leftovers == []


def test_the_same_photo_added_twice_is_one_file(store, lesion, tmp_path):
    data = picture()
    store.photos.add_files(lesion.id, [_file(tmp_path, "a.jpg", data)], date(2026, 1, 2))
    store.photos.add_files(lesion.id, [_file(tmp_path, "b.jpg", data)], date(2026, 1, 5))
    files = [p for p in photos_folder(store.path).iterdir() if p.is_file()]
    assert len(files) == 1
    assert store.photos.count() == 1
    assert len(store.photos.timeline(lesion.id)) == 2


def test_the_exif_date_chooses_the_observation(store, lesion, tmp_path):
    data = picture(taken="2026:02:03 09:00:00")
    added = store.photos.add_files(lesion.id, [_file(tmp_path, "a.jpg", data)]).added[0]
    assert added.day == date(2026, 2, 3)
    assert added.photo.taken_on == date(2026, 2, 3)


def test_a_date_given_overrides_the_exif_date(store, lesion, tmp_path):
    data = picture(taken="2026:02:03 09:00:00")
    path = _file(tmp_path, "a.jpg", data)
    added = store.photos.add_files(lesion.id, [path], date(2026, 2, 10)).added[0]
    assert added.day == date(2026, 2, 10)


def test_photos_of_one_day_share_one_observation(store, lesion, tmp_path):
    paths = [_file(tmp_path, f"{c}.jpg", picture(colour=c)) for c in ("red", "green")]
    store.photos.add_files(lesion.id, paths, date(2026, 2, 1))
    [observation] = store.lesions.observations(lesion.id)
    assert len(observation.photo_ids) == 2


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("notes.jpg", b"not a picture " * 40, "not a JPEG, PNG or WebP"),
        ("cut.jpg", picture(size=(300, 200))[:400], "damaged or incomplete"),
        ("scan.gif", picture(fmt="GIF"), "not a JPEG, PNG or WebP"),
        ("print.eps", b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 9 9\n", "not a JPEG"),
    ],
)
def test_a_bad_file_is_named_and_the_good_ones_of_the_batch_are_added(
    store, lesion, tmp_path, name, data, words
):
    good = _file(tmp_path, "good.jpg", picture())
    bad = _file(tmp_path, name, data)
    report = store.photos.add_files(lesion.id, [bad, good])
    assert len(report.added) == 1
    assert [r.file_name for r in report.rejected] == [name]
    assert words in report.rejected[0].reason
    assert name in report.summary()


def test_a_bad_file_leaves_the_journal_unchanged(store, lesion, tmp_path):
    before = _journal_rows(store)
    store.photos.add_files(lesion.id, [_file(tmp_path, "x.jpg", b"junk" * 100)])
    assert _journal_rows(store) == before
    assert not photos_folder(store.path).exists()


def test_a_decompression_bomb_is_refused_by_name(store, lesion, tmp_path, monkeypatch):
    from PIL import Image

    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 1000)
    path = _file(tmp_path, "bomb.png", picture(size=(64, 32), fmt="PNG"))
    report = store.photos.add_files(lesion.id, [path])
    assert report.rejected[0].file_name == "bomb.png"
    assert _journal_rows(store) == (0, 0)


def test_a_missing_file_is_refused_by_name(store, lesion, tmp_path):
    report = store.photos.add_files(lesion.id, [tmp_path / "gone.jpg"])
    assert report.rejected[0].file_name == "gone.jpg"
    assert "could not be read" in report.rejected[0].reason


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file_is_refused_by_name(store, lesion, tmp_path):
    path = _file(tmp_path, "locked.jpg", picture())
    path.chmod(0)
    report = store.photos.add_files(lesion.id, [path])
    assert report.rejected[0].file_name == "locked.jpg"
    assert _journal_rows(store) == (0, 0)


def test_a_removed_photo_comes_back_on_restore(store, lesion, tmp_path):
    added = store.photos.add_files(lesion.id, [_file(tmp_path, "a.jpg", picture())]).added[0]
    removed = store.photos.remove(added.observation.id, added.photo.id)
    assert store.photos.timeline(lesion.id) == []
    store.photos.restore(removed)
    assert [t.photo for t in store.photos.timeline(lesion.id)] == [added.photo]


def test_a_lost_thumbnail_is_made_again(store, lesion, tmp_path):
    photo = store.photos.add_files(lesion.id, [_file(tmp_path, "a.jpg", picture())]).added[0]
    cache = photos_folder(store.path) / "thumbnails"
    for path in cache.iterdir():
        path.unlink()
    assert store.photos.thumbnail(photo.photo)[:2] == b"\xff\xd8"
    assert len(list(cache.iterdir())) == 1


def test_files_of_removed_photos_are_deleted_when_the_journal_is_next_opened(
    journal_path, tmp_path
):
    with open_journal(journal_path) as store:
        lesion = store.lesions.add_lesion(Lesion("B", Region.NECK, Side.LEFT, date(2026, 1, 1)))
        added = store.photos.add_files(lesion.id, [_file(tmp_path, "a.jpg", picture())]).added
        store.photos.remove(added[0].observation.id, added[0].photo.id)
        assert store.photos.path_of(added[0].photo).exists()
    with open_journal(journal_path) as store:
        assert not store.photos.path_of(added[0].photo).exists()
        assert list((photos_folder(journal_path) / "thumbnails").iterdir()) == []


def test_a_folder_given_as_a_photo_is_refused_by_name(store, lesion, tmp_path):
    folder = tmp_path / "holiday.jpg"
    folder.mkdir()
    report = store.photos.add_files(lesion.id, [folder])
    assert report.rejected[0].file_name == "holiday.jpg"
    assert "could not be read" in report.rejected[0].reason


def test_files_the_open_window_may_still_restore_survive_another_open(journal_path, tmp_path):
    # The window removed a photo (Ctrl+Z could bring it back) while the command line, or a
    # second window, opens the same journal: that open must not delete the photo's file.
    window = open_journal(journal_path)
    lesion = window.lesions.add_lesion(Lesion("B", Region.NECK, Side.LEFT, date(2026, 1, 1)))
    added = window.photos.add_files(lesion.id, [_file(tmp_path, "a.jpg", picture())]).added
    removed = window.photos.remove(added[0].observation.id, added[0].photo.id)
    with open_journal(journal_path):
        assert window.photos.path_of(added[0].photo).exists()
    window.photos.restore(removed)
    assert window.photos.original(added[0].photo)[:2] == b"\xff\xd8"
    window.close()
