from datetime import date

import pytest
from picture_builders import picture

from journal.lesions.lesion import Crusting, Lesion, LesionObservation
from journal.pain import Region, Side
from journal.store import open_journal
from journal.store.lesions import LesionNotFound


@pytest.fixture
def lesion(store):
    return store.lesions.add_lesion(Lesion("Boil", Region.LOWER_BACK, Side.LEFT, date(2026, 1, 1)))


def _photo_file(tmp_path, name, colour):
    path = tmp_path / name
    path.write_bytes(picture(colour=colour))
    return path


def _observe(store, lesion, day, **values):
    return store.lesions.add_observation(LesionObservation(lesion.id, date(2026, 2, day), **values))


def test_a_deleted_observation_is_gone_and_the_others_stay(store, lesion):
    kept = _observe(store, lesion, 1, size_mm=10)
    doomed = _observe(store, lesion, 2, size_mm=12)
    store.lesion_deletes.delete_observation(doomed.id)
    assert store.lesions.observations(lesion.id) == [kept]


def test_a_deleted_observation_comes_back_under_its_id_with_every_measurement(store, lesion):
    doomed = _observe(store, lesion, 2, size_mm=12, pus=True, crusting=Crusting.GREEN, note="x")
    deleted = store.lesion_deletes.delete_observation(doomed.id)
    store.lesion_deletes.restore(deleted)
    assert store.lesions.observations(lesion.id) == [doomed]


def test_a_deleted_observation_comes_back_with_its_photos_in_order(store, lesion, tmp_path):
    day = date(2026, 2, 3)
    paths = [_photo_file(tmp_path, f"{n}.jpg", (30 * n, 0, 0)) for n in range(1, 4)]
    report = store.photos.add_files(lesion.id, paths, day)
    observation = store.lesions.observation(report.added[0].observation.id)
    deleted = store.lesion_deletes.delete_observation(observation.id)
    assert store.photos.count() == 0
    store.lesion_deletes.restore(deleted)
    assert store.lesions.observation(observation.id).photo_ids == observation.photo_ids
    assert store.photos.timeline(lesion.id) == [
        t.__class__(observation, t.photo) for t in report.added
    ]


def test_a_photo_shared_with_another_observation_keeps_its_row(store, lesion, tmp_path):
    path = _photo_file(tmp_path, "a.jpg", "red")
    first = store.photos.add_files(lesion.id, [path], date(2026, 2, 1)).added[0]
    store.photos.add_files(lesion.id, [path], date(2026, 2, 2))
    deleted = store.lesion_deletes.delete_observation(first.observation.id)
    assert deleted.photos == ()
    assert store.photos.count() == 1


def test_an_observation_id_taken_since_the_delete_is_replaced_by_a_fresh_one(store, lesion):
    doomed = _observe(store, lesion, 2, size_mm=12)
    deleted = store.lesion_deletes.delete_observation(doomed.id)
    newcomer = _observe(store, lesion, 3, size_mm=14)
    assert newcomer.id == doomed.id  # SQLite reuses the highest id
    restored = store.lesion_deletes.restore(deleted)
    back = restored.observations[0]
    assert back.id != doomed.id
    assert sorted(o.size_mm for o in store.lesions.observations(lesion.id)) == [12, 14]
    store.lesion_deletes.delete_observation(back.id)
    assert store.lesions.observations(lesion.id) == [newcomer]


def test_deleting_an_observation_that_is_not_there_says_so(store, lesion):
    with pytest.raises(LesionNotFound):
        store.lesion_deletes.delete_observation(999)


def test_a_deleted_lesion_takes_its_observations_and_photos_with_it(store, lesion, tmp_path):
    _observe(store, lesion, 1, size_mm=10)
    store.photos.add_files(lesion.id, [_photo_file(tmp_path, "a.jpg", "red")], date(2026, 2, 5))
    store.lesion_deletes.delete_lesion(lesion.id)
    assert store.lesions.lesions() == []
    assert store.lesions.observations() == []
    assert store.photos.count() == 0


def test_a_deleted_lesion_comes_back_with_its_observations_and_photo_links(store, lesion, tmp_path):
    _observe(store, lesion, 1, size_mm=10)
    store.photos.add_files(lesion.id, [_photo_file(tmp_path, "a.jpg", "red")], date(2026, 2, 5))
    before = (
        store.lesions.lesions(),
        store.lesions.observations(),
        store.photos.timeline(lesion.id),
    )
    deleted = store.lesion_deletes.delete_lesion(lesion.id)
    store.lesion_deletes.restore(deleted)
    after = (
        store.lesions.lesions(),
        store.lesions.observations(),
        store.photos.timeline(lesion.id),
    )
    assert after == before


def test_a_lesion_restored_beside_a_new_one_of_its_name_is_told_apart(store, lesion):
    deleted = store.lesion_deletes.delete_lesion(lesion.id)
    store.lesions.add_lesion(Lesion("Boil", Region.NECK, Side.RIGHT, date(2026, 3, 1)))
    restored = store.lesion_deletes.restore(deleted)
    assert restored.lesion.name == "Boil (2)"
    assert sorted(x.name for x in store.lesions.lesions()) == ["Boil", "Boil (2)"]


def test_photo_files_of_a_deleted_lesion_stay_while_the_journal_is_open(journal_path, tmp_path):
    with open_journal(journal_path) as store:
        lesion = store.lesions.add_lesion(
            Lesion("Boil", Region.LOWER_BACK, Side.LEFT, date(2026, 1, 1))
        )
        path = _photo_file(tmp_path, "a.jpg", "red")
        photo = store.photos.add_files(lesion.id, [path], date(2026, 2, 5)).added[0].photo
        deleted = store.lesion_deletes.delete_lesion(lesion.id)
        assert store.photos.path_of(photo).exists()
        store.lesion_deletes.restore(deleted)
        assert store.photos.original(photo) and store.photos.thumbnail(photo)


def test_photo_files_of_a_deleted_lesion_are_removed_when_the_journal_is_next_opened(
    journal_path, tmp_path
):
    with open_journal(journal_path) as store:
        lesion = store.lesions.add_lesion(
            Lesion("Boil", Region.LOWER_BACK, Side.LEFT, date(2026, 1, 1))
        )
        path = _photo_file(tmp_path, "a.jpg", "red")
        photo = store.photos.add_files(lesion.id, [path], date(2026, 2, 5)).added[0].photo
        store.lesion_deletes.delete_lesion(lesion.id)
    with open_journal(journal_path) as store:
        assert not store.photos.path_of(photo).exists()
