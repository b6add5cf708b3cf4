from datetime import UTC, date, datetime, time, timedelta

from builders import at
from hypothesis import given
from hypothesis import strategies as st

from journal.care.adherence import adherence, course_status, days_left
from journal.care.medicines import (
    choose_purpose,
    describe_schedule,
    format_dose_times,
    length_in_days,
    parse_dose_times,
    planned_end,
    scheduled_times,
    suggested_times,
    todays_missing_doses,
    validate_course_change,
    validate_dose,
    validate_regimen,
)
from journal.care.records import DoseEvent, DoseStatus, Purpose, Regimen, Route


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
    assert course_status(_iv(), date(2026, 11, 20)) == "Ended Sat 14 Nov 2026"


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
    assert "ended on Sat 14 Nov 2026" in errors[0].message


def test_a_dose_on_the_last_day_of_the_course_is_accepted():
    assert validate_dose(DoseEvent(1, at(14, 21), DoseStatus.TAKEN), _iv(), at(20)) == []


def test_a_dose_of_an_open_ended_medicine_is_accepted_long_after_it_started():
    dose = DoseEvent(1, at(30, 9), DoseStatus.TAKEN)
    assert validate_dose(dose, _iv(end=None), at(30, 10)) == []


def test_a_course_cannot_end_before_a_dose_already_logged():
    doses = [DoseEvent(1, at(3, 9), DoseStatus.TAKEN), DoseEvent(1, at(8, 9), DoseStatus.TAKEN)]
    errors = validate_course_change(_iv(end=date(2026, 11, 5)), doses)
    assert _fields(errors) == {"end"}
    assert "logged on Sun 8 Nov 2026" in errors[0].message


def test_a_course_cannot_start_after_a_dose_already_logged():
    doses = [DoseEvent(1, at(3, 9), DoseStatus.MISSED)]
    assert _fields(validate_course_change(_iv(start=date(2026, 11, 4)), doses)) == {"start"}


def test_stopping_a_course_on_the_day_of_its_last_dose_is_accepted():
    doses = [DoseEvent(1, at(8, 21), DoseStatus.TAKEN)]
    assert validate_course_change(_iv(end=date(2026, 11, 8)), doses) == []


def test_a_course_that_has_not_started_says_the_day_it_starts():
    assert course_status(_iv(), date(2026, 10, 30)) == "Starts on Sun 1 Nov 2026"


# --- what a medicine is for, and when its doses are due ------------------------------------


def test_a_medicine_with_nothing_chosen_for_what_it_is_for_is_refused_beside_it():
    purpose, errors = choose_purpose(None)
    assert purpose is None
    assert _fields(errors) == {"purpose"}
    assert "Choose what this medicine is for" in errors[0].message


def test_the_purpose_chosen_is_read_back():
    assert choose_purpose("antibiotic") == (Purpose.ANTIBIOTIC, [])


def test_dose_times_are_read_in_24_hour_form_earliest_first():
    times, errors = parse_dose_times("20:00, 8 13.30")
    assert errors == []
    assert times == (time(8), time(13, 30), time(20))
    assert format_dose_times(times) == "08:00, 13:30, 20:00"


def test_a_time_that_is_not_a_time_of_day_is_refused_by_name():
    times, errors = parse_dose_times("08:00, 25:00")
    assert times == ()
    assert _fields(errors) == {"dose_times"}
    assert "“25:00” is not a time of day" in errors[0].message


def test_words_are_not_dose_times():
    assert _fields(parse_dose_times("morning")[1]) == {"dose_times"}
    assert _fields(parse_dose_times("8:75")[1]) == {"dose_times"}


def test_no_dose_times_at_all_asks_for_them():
    assert "Give the times of day" in parse_dose_times("  ")[1][0].message


def test_dose_times_that_do_not_match_times_a_day_are_refused_beside_the_times():
    errors = validate_regimen(_iv(times_per_day=3, dose_times=(time(8), time(20))))
    assert _fields(errors) == {"dose_times"}
    assert errors[0].message == (
        "Times a day is 3: give 3 times, one for each dose (2 given here)."
    )


def test_the_same_dose_time_twice_is_refused():
    errors = validate_regimen(_iv(times_per_day=2, dose_times=(time(8), time(8))))
    assert "08:00 is there twice" in errors[0].message


def test_an_as_needed_medicine_has_no_dose_times():
    errors = validate_regimen(_iv(times_per_day=None, dose_times=(time(8),)))
    assert _fields(errors) == {"dose_times"}


def test_the_times_offered_spread_the_doses_from_eight_to_ten():
    assert suggested_times(1) == (time(8),)
    assert suggested_times(2) == (time(8), time(22))
    assert suggested_times(3) == (time(8), time(15), time(22))


def test_a_medicine_without_set_times_keeps_the_even_spread():
    assert scheduled_times(_iv(times_per_day=2)) == (time(8), time(22))
    assert scheduled_times(_iv(times_per_day=None)) == ()


def test_the_schedule_in_words_gives_the_times_of_day():
    regimen = _iv(times_per_day=2, dose_times=(time(9), time(21)))
    assert describe_schedule(regimen) == "2 times a day: 09:00, 21:00"
    assert describe_schedule(_iv(times_per_day=1)) == "Once a day: 08:00"
    assert describe_schedule(_iv(times_per_day=None)) == "As needed"


def test_took_todays_doses_uses_the_times_set_for_the_medicine():
    regimen = _iv(times_per_day=2, dose_times=(time(7), time(19, 30)))
    now = datetime(2026, 11, 5, 19, 45, tzinfo=UTC)
    missing = todays_missing_doses([regimen], [], now)
    assert [(d.at.hour, d.at.minute) for d in missing] == [(7, 0), (19, 30)]


def test_took_todays_doses_waits_for_a_set_time_to_come():
    regimen = _iv(times_per_day=2, dose_times=(time(7), time(19, 30)))
    now = datetime(2026, 11, 5, 19, 0, tzinfo=UTC)
    assert [d.at.hour for d in todays_missing_doses([regimen], [], now)] == [7]


def test_adherence_today_expects_only_the_doses_whose_time_has_come():
    regimen = _iv(times_per_day=2, dose_times=(time(8), time(20)))
    doses = [DoseEvent(1, at(d, 8), DoseStatus.TAKEN) for d in (1, 2)]
    doses += [DoseEvent(1, at(1, 20), DoseStatus.TAKEN)]
    now = at(2, 13)
    result = adherence(regimen, doses, date(2026, 11, 1), date(2026, 11, 2), now)
    assert (result.expected, result.taken) == (3, 3)
    assert result.describe() == "3 of 3 doses (100%)"


def test_adherence_without_the_time_counts_every_dose_of_every_day():
    regimen = _iv(times_per_day=2, dose_times=(time(8), time(20)))
    result = adherence(regimen, [], date(2026, 11, 1), date(2026, 11, 2))
    assert result.expected == 4
