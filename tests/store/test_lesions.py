from datetime import date, timedelta

import pytest

from journal.lesions.checks import InvalidLesionRecord
from journal.lesions.lesion import Crusting, Lesion, LesionObservation
from journal.pain import Region, Side


def _boil(name="Lower back boil", first_seen=date(2026, 9, 1)):
    return Lesion(name, Region.LOWER_BACK, Side.LEFT, first_seen)


def test_a_lesion_is_saved_and_read_back(store):
    saved = store.lesions.add_lesion(_boil())
    assert store.lesions.lesions() == [saved]
    assert saved.id is not None


def test_two_lesions_cannot_share_a_name(store):
    store.lesions.add_lesion(_boil("Boil"))
    with pytest.raises(InvalidLesionRecord) as refused:
        store.lesions.add_lesion(_boil(" boil "))
    assert refused.value.errors[0].field == "name"


def test_a_lesion_is_found_by_name_ignoring_case(store):
    saved = store.lesions.add_lesion(_boil("Left shoulder"))
    assert store.lesions.named("left SHOULDER") == saved
    assert store.lesions.named("right shoulder") is None


def test_an_invalid_lesion_is_not_saved(store):
    with pytest.raises(InvalidLesionRecord):
        store.lesions.add_lesion(_boil(name=""))
    assert store.lesions.lesions() == []


def test_an_observation_keeps_every_measurement(store):
    lesion = store.lesions.add_lesion(_boil())
    observation = LesionObservation(
        lesion.id,
        date(2026, 9, 3),
        size_mm=12.5,
        bump_count=3,
        redness=7,
        pus=True,
        crusting=Crusting.YELLOW,
        warmth=True,
        swelling=True,
        pain=6,
        dark_marks=False,
        note="Drained at the clinic",
    )
    saved = store.lesions.add_observation(observation)
    assert store.lesions.observations(lesion.id) == [saved]
    assert saved.id is not None and saved.crusting is Crusting.YELLOW


def test_an_observation_in_the_future_is_refused(store):
    lesion = store.lesions.add_lesion(_boil())
    tomorrow = date.today() + timedelta(days=1)
    with pytest.raises(InvalidLesionRecord):
        store.lesions.add_observation(LesionObservation(lesion.id, tomorrow))
    assert store.lesions.observations(lesion.id) == []


def test_the_snapshot_holds_lesions_and_observations_of_the_period(store):
    lesion = store.lesions.add_lesion(_boil())
    for day in (2, 10, 20):
        store.lesions.add_observation(LesionObservation(lesion.id, date(2026, 9, day), size_mm=day))
    snapshot = store.snapshot(date(2026, 9, 5), date(2026, 9, 15))
    assert snapshot.lesions == (lesion,)
    assert [o.size_mm for o in snapshot.lesion_observations] == [10]


def test_a_lesion_healed_before_the_period_is_not_in_its_snapshot(store):
    lesion = Lesion("Old", Region.NECK, Side.RIGHT, date(2026, 1, 1), date(2026, 2, 1))
    store.lesions.add_lesion(lesion)
    assert store.snapshot(date(2026, 3, 1), date(2026, 3, 31)).lesions == ()
