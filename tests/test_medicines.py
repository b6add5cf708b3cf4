from datetime import UTC, date, datetime, timedelta

from builders import at
from hypothesis import given
from hypothesis import strategies as st

from journal.adherence import adherence, course_status, days_left
from journal.care import DoseEvent, DoseStatus, Purpose, Regimen, Route
from journal.medicines import (
    length_in_days,
    planned_end,
    todays_missing_doses,
    validate_course_change,
    validate_dose,
    validate_regimen,
)


def _iv(**changes) -> Regimen:
    values = dict(
        name="Flucloxacillin",
        dose=2.0,
        dose_unit="g",
        route=Route.IV,
        purpose=Purpose.ANTIBIOTIC,
        start=date(2026, 11, 1),
        end=date(2026, 11, 14),
        times_per_day=4,
        id=1,
    )
    values.update(changes)
    return Regimen(**values)


def _fields(errors) -> set[str]:
    return {e.field for e in errors}


def test_a_sensible_medicine_has_no_problems():
    assert validate_regimen(_iv()) == []


def test_a_dose_of_zero_is_refused_beside_the_dose():
    assert _fields(validate_regimen(_iv(dose=0))) == {"dose"}


def test_an_end_before_the_start_is_refused_beside_the_end():
    errors = validate_regimen(_iv(end=date(2026, 10, 31)))
    assert _fields(errors) == {"end"}
    assert "on or after" in errors[0].message


def test_a_medicine_without_a_name_is_refused():
    assert _fields(validate_regimen(_iv(name="  "))) == {"name"}


def test_an_unreadable_planned_length_is_refused():
    assert _fields(validate_regimen(_iv(planned_length="a while"))) == {"planned_length"}


def test_six_weeks_planned_is_42_days():
    assert length_in_days("6 weeks") == 42
    assert planned_end(date(2026, 11, 1), "6 weeks") == date(2026, 12, 12)


def test_a_dose_before_the_course_starts_is_refused():
    dose = DoseEvent(1, at(1, 9) - timedelta(days=1), DoseStatus.TAKEN)
    assert _fields(validate_dose(dose, _iv(), at(5))) == {"at"}


def test_a_dose_in_the_future_is_refused():
    dose = DoseEvent(1, at(5, 12), DoseStatus.TAKEN)
    assert _fields(validate_dose(dose, _iv(), at(5, 9))) == {"at"}


def test_adherence_counts_taken_doses_against_the_schedule():
    doses = [DoseEvent(1, at(d, 8), DoseStatus.TAKEN) for d in (1, 2)] + [
        DoseEvent(1, at(2, 14), DoseStatus.MISSED)
    ]
    result = adherence(_iv(times_per_day=1), doses, date(2026, 11, 1), date(2026, 11, 4))
    assert (result.expected, result.taken, result.missed) == (4, 2, 1)
    assert result.fraction == 0.5
    assert result.describe() == "2 of 4 doses (50%)"


def test_adherence_of_an_as_needed_medicine_is_a_count():
    regimen = _iv(times_per_day=None, end=None)
    doses = [DoseEvent(1, at(3, 8), DoseStatus.AS_NEEDED)]
    result = adherence(regimen, doses, date(2026, 11, 1), date(2026, 11, 30))
    assert result.fraction is None
    assert result.describe() == "1 dose taken"


@given(
    st.integers(1, 6),
    st.lists(st.tuples(st.integers(1, 30), st.sampled_from(list(DoseStatus))), max_size=80),
)
def test_adherence_is_never_above_one(times, entries):
    doses = [DoseEvent(1, at(day, 9), status) for day, status in entries]
    result = adherence(_iv(times_per_day=times), doses, date(2026, 11, 1), date(2026, 11, 30))
    assert result.fraction is not None and 0 <= result.fraction <= 1


def test_a_running_course_says_how_many_days_are_left():
    assert days_left(_iv(), date(2026, 11, 4)) == 10
    assert course_status(_iv(), date(2026, 11, 4)) == "Course ends in 10 days"
    assert course_status(_iv(), date(2026, 11, 14)) == "Last day today"


def test_a_finished_course_says_when_it_ended():
    assert days_left(_iv(), date(2026, 11, 20)) is None
    assert course_status(_iv(), date(2026, 11, 20)) == "Ended 14 Nov"


def test_took_todays_doses_tops_up_each_running_schedule():
    now = datetime(2026, 11, 5, 23, 0, tzinfo=UTC)
    already = [DoseEvent(1, now.replace(hour=8), DoseStatus.TAKEN)]
    paracetamol = _iv(id=2, name="Paracetamol", times_per_day=None, end=None)
    finished = _iv(id=3, end=date(2026, 11, 2))
    missing = todays_missing_doses([_iv(), paracetamol, finished], already, now)
    assert [d.regimen_id for d in missing] == [1, 1, 1]
    assert all(d.status is DoseStatus.TAKEN and d.at <= now for d in missing)


def test_took_todays_doses_records_only_the_doses_due_so_far():
    now = datetime(2026, 11, 5, 13, 0, tzinfo=UTC)
    missing = todays_missing_doses([_iv()], [], now)
    assert [d.at.hour for d in missing] == [8, 12]


def test_a_dose_after_the_course_ended_is_refused_with_its_last_day():
    dose = DoseEvent(1, at(15, 9), DoseStatus.TAKEN)
    errors = validate_dose(dose, _iv(), at(20))
    assert _fields(errors) == {"at"}
    assert "ended on 14 Nov 2026" in errors[0].message


def test_a_dose_on_the_last_day_of_the_course_is_accepted():
    assert validate_dose(DoseEvent(1, at(14, 21), DoseStatus.TAKEN), _iv(), at(20)) == []


def test_a_dose_of_an_open_ended_medicine_is_accepted_long_after_it_started():
    dose = DoseEvent(1, at(30, 9), DoseStatus.TAKEN)
    assert validate_dose(dose, _iv(end=None), at(30, 10)) == []


def test_a_course_cannot_end_before_a_dose_already_logged():
    doses = [DoseEvent(1, at(3, 9), DoseStatus.TAKEN), DoseEvent(1, at(8, 9), DoseStatus.TAKEN)]
    errors = validate_course_change(_iv(end=date(2026, 11, 5)), doses)
    assert _fields(errors) == {"end"}
    assert "08 Nov 2026" in errors[0].message


def test_a_course_cannot_start_after_a_dose_already_logged():
    doses = [DoseEvent(1, at(3, 9), DoseStatus.MISSED)]
    assert _fields(validate_course_change(_iv(start=date(2026, 11, 4)), doses)) == {"start"}


def test_stopping_a_course_on_the_day_of_its_last_dose_is_accepted():
    doses = [DoseEvent(1, at(8, 21), DoseStatus.TAKEN)]
    assert validate_course_change(_iv(end=date(2026, 11, 8)), doses) == []
