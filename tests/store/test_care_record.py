from dataclasses import replace
from datetime import date, timedelta

import pytest
from builders import at

from journal.care.appointments import Question
from journal.care.basdai import BasdaiAnswers
from journal.care.medical_context import MedicalContext
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
from journal.store import open_journal
from journal.store.record_errors import InvalidRecord, RecordNotFound

IV = Regimen.course(
    date(2026, 11, 1),
    6,
    name="Flucloxacillin",
    dose=2,
    dose_unit="g",
    route=Route.IV,
    purpose=Purpose.ANTIBIOTIC,
    times_per_day=4,
    planned_length="6 weeks",
)


def test_a_medicine_reads_back_exactly_as_saved(store):
    saved = store.medicines.add(IV)
    assert saved.id is not None
    assert store.medicines.get(saved.id) == saved


def test_a_medicine_with_problems_is_not_saved(store):
    with pytest.raises(InvalidRecord) as raised:
        store.medicines.add(Regimen("X", 0, "mg", Route.ORAL, Purpose.OTHER, date(2026, 11, 1)))
    assert [e.field for e in raised.value.errors] == ["dose"]
    assert store.medicines.all() == []


def test_doses_survive_closing_and_reopening(journal_path):
    with open_journal(journal_path) as first:
        regimen = first.medicines.add(IV)
        dose = first.medicines.add_dose(
            DoseEvent(regimen.id, at(2, 8), DoseStatus.TAKEN, "nausea"), now=at(20)
        )
    with open_journal(journal_path) as again:
        assert again.medicines.doses() == [dose]


def test_a_batch_of_doses_with_one_bad_dose_saves_none(store):
    regimen = store.medicines.add(IV)
    good = DoseEvent(regimen.id, at(2, 8), DoseStatus.TAKEN)
    early = DoseEvent(regimen.id, at(2, 8) - timedelta(days=5), DoseStatus.TAKEN)
    with pytest.raises(InvalidRecord):
        store.medicines.add_doses([good, early], now=at(20))
    assert store.medicines.doses() == []


def test_each_dose_of_a_batch_comes_back_under_the_id_it_was_stored_as(store):
    regimen = store.medicines.add(IV)
    first = store.medicines.add_dose(DoseEvent(regimen.id, at(2, 8), DoseStatus.TAKEN), at(20))
    # A later dose deleted and one restored above it: the batch's ids start past both.
    store.medicines.restore_dose(
        store.medicines.delete_dose(
            store.medicines.add_dose(DoseEvent(regimen.id, at(2, 9), DoseStatus.TAKEN), at(20)).id
        )
    )
    # Given out of time order, so that reading back by time would not line them up.
    batch = [
        DoseEvent(regimen.id, at(4, 8), DoseStatus.TAKEN),
        DoseEvent(regimen.id, at(3, 8), DoseStatus.MISSED),
        DoseEvent(regimen.id, at(5, 8), DoseStatus.TAKEN, "rash"),
    ]
    saved = store.medicines.add_doses(batch, now=at(20))
    assert [replace(s, id=None) for s in saved] == batch
    stored = {d.id: d for d in store.medicines.doses()}
    assert len(stored) == 5 and first.id in stored
    assert all(stored[s.id] == s for s in saved)


def test_deleting_a_medicine_then_restoring_it_brings_back_its_doses(store):
    regimen = store.medicines.add(IV)
    dose = store.medicines.add_dose(DoseEvent(regimen.id, at(2, 8), DoseStatus.TAKEN), at(20))
    deleted, doses = store.medicines.delete(regimen.id)
    assert store.medicines.all() == [] and store.medicines.doses() == []
    store.medicines.restore(deleted, doses)
    assert store.medicines.all() == [regimen]
    assert store.medicines.doses() == [dose]


def test_doses_are_read_for_a_period_of_local_days(store):
    regimen = store.medicines.add(IV)
    store.medicines.add_doses(
        [DoseEvent(regimen.id, at(d, 23, 30), DoseStatus.TAKEN) for d in (2, 3, 4)], at(20)
    )
    days = [d.at.day for d in store.medicines.doses(date(2026, 11, 3), date(2026, 11, 3))]
    assert days == [3]


def test_lab_results_read_back_in_date_order(store):
    later = store.labs.add(LabResult("CRP", date(2026, 11, 8), 40.0, "mg/L"))
    earlier = store.labs.add(
        LabResult("Blood culture", date(2026, 11, 1), text="positive: Staphylococcus aureus")
    )
    assert store.labs.all() == [earlier, later]


def test_an_implausible_lab_value_is_not_saved(store):
    with pytest.raises(InvalidRecord):
        store.labs.add(LabResult("ESR", date(2026, 11, 1), 400.0, "mm/h"))
    assert store.labs.all() == []


def test_a_deleted_lab_result_can_be_restored(store):
    lab = store.labs.add(LabResult("CRP", date(2026, 11, 8), 40.0, "mg/L", reference_high=5))
    store.labs.restore(store.labs.delete(lab.id))
    assert store.labs.all() == [lab]


def test_imaging_reads_back_and_deletes(store):
    mri = store.labs.add_imaging(Imaging("MRI", date(2026, 11, 1), "L3–L4 osteomyelitis"))
    assert store.labs.imaging() == [mri]
    store.labs.delete_imaging(mri.id)
    assert store.labs.imaging() == []


def test_a_question_waits_for_the_next_appointment_and_joins_it_when_booked(store):
    question = store.appointments.add_question("How long until I can drive?", now=at(1))
    assert question.appointment_id is None
    visit = store.appointments.add(Appointment(at(10, 14), "Dr Patel"), now=at(2))
    assert visit.questions == ("How long until I can drive?",)


def test_a_question_goes_to_the_next_booked_appointment(store):
    store.appointments.add(Appointment(at(5, 14)), now=at(1))
    nearer = store.appointments.add(Appointment(at(3, 9)), now=at(1))
    question = store.appointments.add_question("Can I swim?", now=at(2))
    assert question.appointment_id == nearer.id


def test_ticking_a_question_off_is_kept(store):
    visit = store.appointments.add(Appointment(at(10, 14), questions=("Scan again?",)), at(1))
    question = store.appointments.questions(visit.id)[0]
    store.appointments.set_done(question.id, True)
    assert store.appointments.questions(visit.id)[0].done


def test_deleting_an_appointment_then_restoring_it_keeps_its_questions(store):
    visit = store.appointments.add(Appointment(at(10, 14), questions=("A?", "B?")), at(1))
    deleted, questions = store.appointments.delete(visit.id)
    assert store.appointments.all() == [] and store.appointments.all_questions() == []
    store.appointments.restore(deleted, questions)
    assert store.appointments.all() == [visit]
    assert [q.text for q in store.appointments.questions(visit.id)] == ["A?", "B?"]


def test_a_deleted_question_comes_back_in_its_place(store):
    first = store.appointments.add_question("First?", at(1))
    second = store.appointments.add_question("Second?", at(1))
    store.appointments.restore_question(store.appointments.delete_question(first.id))
    assert store.appointments.questions(None) == [first, second]
    assert isinstance(first, Question)


def test_a_missing_record_is_reported(store):
    with pytest.raises(RecordNotFound):
        store.labs.delete(99)


def test_basdai_answers_read_back_and_restore(store):
    answers = store.basdai.add(BasdaiAnswers(date(2026, 11, 8), 6, 7, 2, 3, 6, 4, 5))
    assert store.basdai.all() == [answers]
    store.basdai.restore(store.basdai.delete(answers.id))
    assert store.basdai.all() == [answers]


def test_basdai_answers_outside_0_to_10_are_not_saved(store):
    with pytest.raises(InvalidRecord):
        store.basdai.add(BasdaiAnswers(date(2026, 11, 8), 11, 7, 2, 3, 6, 4))


def test_the_medical_context_is_kept_once_and_survives_reopening(journal_path):
    context = MedicalContext(dental_infection=True, infection_notes="tooth abscess in July")
    with open_journal(journal_path) as first:
        assert first.medical_context.get().is_empty
        first.medical_context.put(context)
    with open_journal(journal_path) as again:
        assert again.medical_context.get() == context


def test_the_snapshot_holds_the_care_record_of_the_period(store):
    regimen = store.medicines.add(IV)
    store.medicines.add_dose(DoseEvent(regimen.id, at(2, 8), DoseStatus.TAKEN), at(20))
    store.labs.add(LabResult("CRP", date(2026, 11, 2), 80.0, "mg/L"))
    store.labs.add(LabResult("CRP", date(2026, 11, 20), 8.0, "mg/L"))
    store.appointments.add(Appointment(at(4, 10), questions=("Q?",)), at(1))
    snapshot = store.snapshot(date(2026, 11, 1), date(2026, 11, 10))
    assert snapshot.regimens == (regimen,)
    assert len(snapshot.doses) == 1
    assert [lab.value for lab in snapshot.labs] == [80.0]
    assert snapshot.appointments[0].questions == ("Q?",)
    assert [q.text for q in snapshot.questions] == ["Q?"]


def test_a_custom_symptom_is_in_the_catalogue_after_reopening(journal_path):
    from journal.custom_symptoms import make_custom_symptom
    from journal.metrics import MetricKind

    with open_journal(journal_path) as first:
        metric, _ = make_custom_symptom("Jaw pain", MetricKind.SCALE, first.metrics.all())
        first.metrics.add_custom(metric)
    with open_journal(journal_path) as again:
        assert again.metrics.all()[-1] == metric


def test_a_check_in_can_record_a_custom_symptom(store):
    from journal.checkin import CheckIn
    from journal.custom_symptoms import make_custom_symptom
    from journal.metrics import MetricKind

    metric, _ = make_custom_symptom("Jaw pain", MetricKind.SCALE, store.metrics.all())
    store.metrics.add_custom(metric)
    saved = store.checkins.add(CheckIn(at(5), {metric.key: 4.0}))
    assert store.checkins.get(saved.id).value(metric.key) == 4.0


def test_a_changed_medicine_reads_back_changed(store):
    saved = store.medicines.add(IV)
    stopped = replace(saved, end=date(2026, 11, 20))
    store.medicines.update(stopped)
    assert store.medicines.get(saved.id) == stopped


def test_a_medicine_cannot_be_stopped_before_a_logged_dose(store):
    saved = store.medicines.add(IV)
    store.medicines.add_dose(DoseEvent(saved.id, at(10, 8), DoseStatus.TAKEN), now=at(20))
    with pytest.raises(InvalidRecord) as raised:
        store.medicines.update(replace(saved, end=date(2026, 11, 5)))
    assert [e.field for e in raised.value.errors] == ["end"]
    assert store.medicines.get(saved.id) == saved


def test_a_dose_after_the_course_ended_is_not_saved(store):
    saved = store.medicines.add(replace(IV, end=date(2026, 11, 5)))
    with pytest.raises(InvalidRecord):
        store.medicines.add_dose(DoseEvent(saved.id, at(10, 8), DoseStatus.TAKEN), now=at(20))
    assert store.medicines.doses() == []


def test_a_changed_lab_result_reads_back_changed(store):
    saved = store.labs.add(LabResult("CRP", date(2026, 11, 3), 48.0, "mg/L"))
    fixed = replace(saved, value=4.8)
    store.labs.update(fixed)
    assert store.labs.all() == [fixed]


def test_a_lab_result_changed_to_an_implausible_value_is_not_saved(store):
    saved = store.labs.add(LabResult("CRP", date(2026, 11, 3), 48.0, "mg/L"))
    with pytest.raises(InvalidRecord):
        store.labs.update(replace(saved, value=-1.0))
    assert store.labs.all() == [saved]


def test_changed_imaging_reads_back_changed(store):
    saved = store.labs.add_imaging(Imaging("MRI", date(2026, 11, 2), "discitis L4-L5"))
    fixed = replace(saved, kind="CT", result="no abscess")
    store.labs.update_imaging(fixed)
    assert store.labs.imaging() == [fixed]


def test_a_changed_basdai_reads_back_changed(store):
    saved = store.basdai.add(BasdaiAnswers(date(2026, 11, 8), 6, 7, 2, 3, 6, 4, 5))
    fixed = replace(saved, stiffness_duration=7.5)
    store.basdai.update(fixed)
    assert store.basdai.all() == [fixed]


def test_changing_a_record_that_is_gone_is_reported(store):
    with pytest.raises(RecordNotFound):
        store.labs.update(LabResult("CRP", date(2026, 11, 3), 4.0, "mg/L", id=99))


def _jaw_pain(store):
    from journal.custom_symptoms import make_custom_symptom
    from journal.metrics import MetricKind

    metric, _ = make_custom_symptom("Jaw pain", MetricKind.SCALE, store.metrics.all())
    return store.metrics.add_custom(metric)


def test_a_retired_symptom_leaves_the_catalogue_in_use_but_stays_on_file(journal_path):
    with open_journal(journal_path) as first:
        metric = _jaw_pain(first)
        first.metrics.set_archived(metric.key, True)
    with open_journal(journal_path) as again:
        assert metric.key not in [m.key for m in again.metrics.all()]
        assert again.metrics.all(include_archived=True)[-1] == replace(metric, archived=True)


def test_a_retired_symptom_keeps_its_values_in_old_check_ins_which_can_still_change(store):
    from journal.checkin import CheckIn

    metric = _jaw_pain(store)
    saved = store.checkins.add(CheckIn(at(5), {metric.key: 4.0}))
    store.metrics.set_archived(metric.key, True)
    store.checkins.update(replace(saved, note="after the dentist"))
    assert store.checkins.get(saved.id).value(metric.key) == 4.0


def test_a_retired_symptom_is_not_offered_to_the_charts(store):
    metric = _jaw_pain(store)
    store.metrics.set_archived(metric.key, True)
    assert metric.key not in [m.key for m in store.snapshot().metrics]


def test_a_built_in_metric_cannot_be_retired(store):
    with pytest.raises(KeyError):
        store.metrics.set_archived("pain_now", True)
