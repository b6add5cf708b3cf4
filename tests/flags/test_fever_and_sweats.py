from datetime import timedelta, timezone

from flag_builders import checkin, day, flags_of

from journal.flags import Level, Rule
from journal.units import TemperatureUnit, UnitPreferences

RULE = Rule.FEVER_WITH_BACK_PAIN


def test_38_0_degrees_on_a_day_with_back_pain_raises_fever_with_back_pain():
    flags = flags_of(RULE, [checkin(0, temperature=38.0, pain_now=5)])
    assert [(f.first_day, f.last_day) for f in flags] == [(day(0), day(0))]


def test_37_9_degrees_with_back_pain_raises_nothing():
    assert flags_of(RULE, [checkin(0, temperature=37.9, pain_now=5)]) == []


def test_a_fever_without_back_pain_raises_nothing():
    assert flags_of(RULE, [checkin(0, temperature=39.0, pain_now=0)]) == []


def test_fever_with_back_pain_is_worth_telling_a_doctor_soon():
    (flag,) = flags_of(RULE, [checkin(0, temperature=38.5, pain_now=6)])
    assert flag.level is Level.SOON
    assert "38.5 °C" in flag.message


def test_fever_and_pain_at_different_check_ins_of_one_day_count_together():
    checkins = [checkin(0, 8, pain_now=6), checkin(0, 21, temperature=38.2)]
    assert len(flags_of(RULE, checkins)) == 1


def test_fever_before_midnight_and_pain_after_it_are_different_days():
    checkins = [checkin(0, 23, 30, temperature=38.6, pain_now=0), checkin(1, 0, 30, pain_now=7)]
    assert flags_of(RULE, checkins) == []


def test_days_are_the_users_local_days_in_the_time_zone_they_were_in():
    new_york = timezone(timedelta(hours=-5))
    # 23:30 in New York is already the next day in UTC; the user lived it on day 0.
    checkins = [
        checkin(0, 8, tz=new_york, pain_now=6),
        checkin(0, 23, 30, new_york, temperature=38.3),
    ]
    (flag,) = flags_of(RULE, checkins)
    assert flag.first_day == day(0)


def test_a_fever_after_a_flight_east_is_not_joined_to_the_day_before():
    tokyo = timezone(timedelta(hours=9))
    # 00:30 in Tokyo on day 1 is still day 0 in Europe, where the pain was recorded.
    checkins = [checkin(0, 20, pain_now=6), checkin(1, 0, 30, tokyo, temperature=38.4)]
    assert flags_of(RULE, checkins) == []


def test_fever_days_up_to_three_days_apart_make_one_flag():
    checkins = [checkin(n, temperature=38.5, pain_now=6) for n in (0, 3)]
    assert len(flags_of(RULE, checkins)) == 1


def test_fever_days_four_days_apart_make_two_flags():
    checkins = [checkin(n, temperature=38.5, pain_now=6) for n in (0, 4)]
    assert len(flags_of(RULE, checkins)) == 2


def test_the_message_uses_the_users_temperature_unit():
    units = UnitPreferences(temperature=TemperatureUnit.FAHRENHEIT)
    (flag,) = flags_of(RULE, [checkin(0, temperature=38.5, pain_now=6)], units=units)
    assert "101.3 °F" in flag.message and "°C" not in flag.message


def test_the_data_behind_the_flag_lists_each_days_temperature_and_pain():
    (flag,) = flags_of(RULE, [checkin(0, temperature=38.5, pain_now=6)])
    assert {(p.label, p.value) for p in flag.points} == {
        ("Temperature", "38.5 °C"),
        ("Pain", "6/10"),
    }


def test_night_sweats_reported_raise_a_flag_for_the_next_appointment():
    (flag,) = flags_of(Rule.NIGHT_SWEATS, [checkin(2, night_sweats=1)])
    assert flag.level is Level.NEXT_APPOINTMENT and flag.first_day == day(2)


def test_night_sweats_answered_no_raise_nothing():
    assert flags_of(Rule.NIGHT_SWEATS, [checkin(2, night_sweats=0)]) == []
