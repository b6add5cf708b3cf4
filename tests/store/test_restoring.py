"""Undo after the newest record was deleted and a new one took its id.

SQLite gives the newest id out again, so each test: delete the newest record, add a new
one (which gets the same id), restore the deleted one (undo), then delete what restore
returned (redo). The new record must survive all of it.
"""

from dataclasses import replace
from datetime import date

import pytest
from builders import at
from hypothesis import given, settings
from hypothesis import strategies as st
from picture_builders import picture

from journal.care.appointments import Question
from journal.care.basdai import BasdaiAnswers
from journal.care.records import (
    Appointment,
    DoseEvent,
    DoseStatus,
    Imaging,
    LabResult,
    Purpose,
    Regimen,
    Route,
)
from journal.checkin import CheckIn
from journal.lesions.lesion import Lesion, LesionObservation
from journal.pain import Region, Side
from journal.store import open_journal
from journal.store.lesions import LesionNotFound
from journal.store.restoring import RestoreConflict

TAKEN = DoseStatus.TAKEN
OLD = CheckIn(taken_at=at(20, 8), values={"pain_now": 7.0}, note="the one deleted by mistake")

NEW = CheckIn(taken_at=at(20, 9), values={"pain_now": 3.0}, note="saved after")


def _regimen(name: str) -> Regimen:
    return Regimen.course(
        date(2026, 11, 1),
        6,
        name=name,
        dose=1,
        dose_unit="g",
        route=Route.IV,
        purpose=Purpose.ANTIBIOTIC,
        times_per_day=4,
    )


def test_a_check_in_restored_after_a_new_one_took_its_id_keeps_both(store):
    old = store.checkins.add(OLD)
    store.checkins.delete(old.id)
    new = store.checkins.add(NEW)
    assert new.id == old.id  # the id SQLite reuses: what this test is about
    restored = store.checkins.restore(old)
    assert restored.id != new.id
    assert store.checkins.get(new.id) == new
    assert store.checkins.get(restored.id) == replace(old, id=restored.id)


def test_deleting_a_restored_check_in_again_leaves_the_new_one(store):
    old = store.checkins.add(OLD)
    store.checkins.delete(old.id)
    new = store.checkins.add(NEW)
    store.checkins.delete(store.checkins.restore(old).id)
    assert store.checkins.between() == [new]


def test_a_check_in_whose_id_is_free_comes_back_under_it(store):
    old = store.checkins.add(OLD)
    store.checkins.delete(old.id)
    assert store.checkins.restore(old) == old


def test_a_lab_result_restored_after_a_new_one_took_its_id_keeps_both(store):
    old = store.labs.add(LabResult("CRP", date(2026, 11, 8), 40.0, "mg/L"))
    store.labs.delete(old.id)
    new = store.labs.add(LabResult("ESR", date(2026, 11, 9), 30.0, "mm/h"))
    restored = store.labs.restore(old)
    store.labs.delete(restored.id)
    assert store.labs.all() == [new]
    assert restored == replace(old, id=restored.id) and restored.id != new.id


def test_imaging_and_basdai_restored_after_new_ones_took_their_ids_keep_both(store):
    mri = store.labs.add_imaging(Imaging("MRI", date(2026, 11, 1), "oedema"))
    store.labs.delete_imaging(mri.id)
    xray = store.labs.add_imaging(Imaging("X-ray", date(2026, 11, 2), "clear"))
    basdai = store.basdai.add(BasdaiAnswers(date(2026, 11, 8), 6, 7, 2, 3, 6, 4, 5))
    store.basdai.delete(basdai.id)
    later = store.basdai.add(BasdaiAnswers(date(2026, 11, 15), 1, 1, 1, 1, 1, 1, 1))
    back_mri = store.labs.restore_imaging(mri)
    back_basdai = store.basdai.restore(basdai)
    assert store.labs.imaging() == [back_mri, xray] and back_mri.id != xray.id
    assert store.basdai.all() == [back_basdai, later] and back_basdai.id != later.id


def test_a_medicine_restored_after_a_new_one_took_its_id_brings_back_its_own_doses(store):
    old = store.medicines.add(_regimen("Flucloxacillin"))
    store.medicines.add_doses(
        [DoseEvent(old.id, at(2, 8), TAKEN), DoseEvent(old.id, at(2, 14), TAKEN)]
    )
    deleted = store.medicines.delete(old.id)
    new = store.medicines.add(_regimen("Rifampicin"))
    new_dose = store.medicines.add_dose(DoseEvent(new.id, at(3, 8), DoseStatus.MISSED))
    restored, doses = store.medicines.restore(*deleted)
    assert restored.id != new.id
    assert [d.at for d in store.medicines.doses(regimen_id=restored.id)] == [at(2, 8), at(2, 14)]
    assert doses == store.medicines.doses(regimen_id=restored.id)
    assert store.medicines.doses(regimen_id=new.id) == [new_dose]


def test_deleting_a_restored_medicine_again_leaves_the_new_one_and_its_dose(store):
    old = store.medicines.add(_regimen("Flucloxacillin"))
    store.medicines.add_dose(DoseEvent(old.id, at(2, 8), TAKEN))
    deleted = store.medicines.delete(old.id)
    new = store.medicines.add(_regimen("Rifampicin"))
    new_dose = store.medicines.add_dose(DoseEvent(new.id, at(3, 8), TAKEN))
    restored, _ = store.medicines.restore(*deleted)
    store.medicines.delete(restored.id)
    assert store.medicines.all() == [new]
    assert store.medicines.doses() == [new_dose]


def test_a_dose_restored_after_a_new_one_took_its_id_keeps_both(store):
    regimen = store.medicines.add(_regimen("Flucloxacillin"))
    old = store.medicines.add_dose(DoseEvent(regimen.id, at(2, 8), TAKEN))
    store.medicines.delete_dose(old.id)
    new = store.medicines.add_dose(DoseEvent(regimen.id, at(2, 14), TAKEN))
    restored = store.medicines.restore_dose(old)
    store.medicines.delete_dose(restored.id)
    assert store.medicines.doses() == [new]


def test_a_dose_whose_medicine_is_gone_cannot_be_restored(store):
    regimen = store.medicines.add(_regimen("Flucloxacillin"))
    dose = store.medicines.delete_dose(
        store.medicines.add_dose(DoseEvent(regimen.id, at(2), TAKEN)).id
    )
    store.medicines.delete(regimen.id)
    with pytest.raises(RestoreConflict):
        store.medicines.restore_dose(dose)
    assert store.medicines.doses() == []


def test_an_appointment_restored_after_a_new_one_took_its_id_brings_back_its_questions(store):
    old = store.appointments.add(Appointment(at(10, 14), "Dr Patel", questions=("A?", "B?")), at(1))
    deleted = store.appointments.delete(old.id)
    new = store.appointments.add(Appointment(at(12, 9), "Dr Okafor", questions=("C?",)), at(1))
    restored, questions = store.appointments.restore(*deleted)
    assert restored.id != new.id and restored.questions == ("A?", "B?")
    assert [q.appointment_id for q in questions] == [restored.id, restored.id]
    assert store.appointments.get(new.id) == new


def test_deleting_a_restored_appointment_again_leaves_the_new_one_and_its_questions(store):
    old = store.appointments.add(Appointment(at(10, 14), questions=("A?",)), at(1))
    deleted = store.appointments.delete(old.id)
    new = store.appointments.add(Appointment(at(12, 9), questions=("C?",)), at(1))
    store.appointments.delete(store.appointments.restore(*deleted)[0].id)
    assert store.appointments.all() == [new]
    assert [q.text for q in store.appointments.all_questions()] == ["C?"]


def test_a_question_restored_after_a_new_one_took_its_id_keeps_both(store):
    old = store.appointments.add_question("Can I swim?", at(1))
    store.appointments.delete_question(old.id)
    new = store.appointments.add_question("Can I drive?", at(1))
    restored = store.appointments.restore_question(old)
    store.appointments.delete_question(restored.id)
    assert store.appointments.all_questions() == [new]


def test_a_question_whose_appointment_is_gone_waits_for_the_next_one(store):
    visit = store.appointments.add(Appointment(at(10, 14), questions=("A?",)), at(1))
    question = store.appointments.delete_question(store.appointments.questions(visit.id)[0].id)
    store.appointments.delete(visit.id)
    restored = store.appointments.restore_question(question)
    assert restored == replace(question, appointment_id=None, id=restored.id)
    assert isinstance(restored, Question)


# --- photos -------------------------------------------------------------------------------


@pytest.fixture
def lesion(store):
    return store.lesions.add_lesion(
        Lesion("Boil", Region.LOWER_BACK, Side.MIDDLE, date(2026, 1, 1))
    )


def _add(store, lesion, colour, day=date(2026, 11, 3)):
    return store.photos.add_bytes(lesion.id, picture(colour=colour), f"{colour}.jpg", day)


def test_a_photo_restored_after_a_new_one_took_its_id_keeps_both(store, lesion):
    old = _add(store, lesion, "red")
    removed = store.photos.remove(old.observation.id, old.photo.id)
    new = _add(store, lesion, "green")
    assert new.photo.id == old.photo.id  # the reused id
    restored = store.photos.restore(removed)
    assert restored.photo.id != new.photo.id
    assert {t.photo.sha256 for t in store.photos.timeline(lesion.id)} == {
        old.photo.sha256,
        new.photo.sha256,
    }


def test_removing_a_restored_photo_again_leaves_the_new_one(store, lesion):
    old = _add(store, lesion, "red")
    removed = store.photos.remove(old.observation.id, old.photo.id)
    new = _add(store, lesion, "green")
    restored = store.photos.restore(removed)
    store.photos.remove(restored.observation_id, restored.photo.id)
    assert [t.photo for t in store.photos.timeline(lesion.id)] == [new.photo]


def test_a_photo_goes_back_to_its_day_when_its_observation_was_made_again(store, lesion):
    old = _add(store, lesion, "red")
    removed = store.photos.remove(old.observation.id, old.photo.id)
    store.lesion_deletes.delete_observation(old.observation.id)
    other = store.lesions.add_lesion(Lesion("Cyst", Region.NECK, Side.LEFT, date(2026, 1, 1)))
    # The observation id the photo was on now belongs to another lesion.
    taken = store.lesions.add_observation(LesionObservation(other.id, date(2026, 11, 3)))
    assert taken.id == old.observation.id
    again = store.lesions.add_observation(LesionObservation(lesion.id, date(2026, 11, 3)))
    restored = store.photos.restore(removed)
    assert restored.observation_id == again.id
    assert [t.observation.id for t in store.photos.timeline(lesion.id)] == [again.id]
    assert store.photos.timeline(other.id) == []


def test_a_photo_whose_observation_is_gone_gets_one_of_its_day_again(store, lesion):
    old = _add(store, lesion, "red")
    removed = store.photos.remove(old.observation.id, old.photo.id)
    store.lesion_deletes.delete_observation(old.observation.id)
    store.photos.restore(removed)
    [item] = store.photos.timeline(lesion.id)
    assert item.observation.observed_on == date(2026, 11, 3) and item.photo == old.photo


def test_a_photo_follows_its_lesion_put_back_under_a_new_id(store, lesion):
    old = _add(store, lesion, "red")
    removed = store.photos.remove(old.observation.id, old.photo.id)
    deleted = store.lesion_deletes.delete_lesion(lesion.id)
    newer = store.lesions.add_lesion(Lesion("Cyst", Region.NECK, Side.LEFT, date(2026, 2, 1)))
    assert newer.id == lesion.id
    back = store.lesion_deletes.restore(deleted).lesion
    store.photos.restore(removed)
    assert [t.photo for t in store.photos.timeline(back.id)] == [old.photo]
    assert store.photos.timeline(newer.id) == []


def test_a_photo_whose_lesion_is_gone_is_not_put_on_another(store, lesion):
    old = _add(store, lesion, "red")
    removed = store.photos.remove(old.observation.id, old.photo.id)
    store.lesion_deletes.delete_lesion(lesion.id)
    newer = store.lesions.add_lesion(Lesion("Cyst", Region.NECK, Side.LEFT, date(2026, 2, 1)))
    with pytest.raises(LesionNotFound):
        store.photos.restore(removed)
    assert store.photos.timeline(newer.id) == []


# --- many at once ---------------------------------------------------------------------------

_ASKED = st.lists(st.one_of(st.none(), st.integers(1, 12)), max_size=12)


@settings(max_examples=40, deadline=None)
@given(existing=st.sets(st.integers(1, 12), max_size=6), asked=_ASKED)
def test_many_doses_put_back_at_once_keep_each_free_id_and_take_no_other(
    tmp_path_factory, existing, asked
):
    path = tmp_path_factory.mktemp("restore") / "journal.sqlite"
    with open_journal(path) as store:
        # The rows there before, under those ids, with a medicine of their own.
        before = [DoseEvent(0, at(2, 8), TAKEN, id=i) for i in sorted(existing)]
        regimen, kept = store.medicines.restore(_regimen("Flucloxacillin"), before)
        doses = [
            DoseEvent(0, at(3, n % 24), TAKEN, side_effects=f"dose {n}", id=old)
            for n, old in enumerate(asked)
        ]
        held = {d.id for d in kept}
        assert held == existing
        other, back = store.medicines.restore(_regimen("Rifampicin"), doses)
        # Each keeps its id when no row held it and no dose before it in the list asked.
        free = set()
        for dose, put in zip(doses, back, strict=True):
            keeps = dose.id is not None and dose.id not in held and dose.id not in free
            assert (put.id == dose.id) is keeps
            if keeps:
                free.add(dose.id)
        assert len({d.id for d in back}) == len(back)
        assert not {d.id for d in back} & held
        # Every dose is there as returned, and the ones before are untouched.
        assert sorted(store.medicines.doses(regimen_id=other.id), key=lambda d: d.id) == sorted(
            back, key=lambda d: d.id
        )
        assert [d.side_effects for d in back] == [f"dose {n}" for n in range(len(asked))]
        assert {d.id for d in store.medicines.doses(regimen_id=regimen.id)} == held
