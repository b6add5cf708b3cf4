from flag_builders import antibiotics, checkin, day, flags_of

from journal.flags import Level, Rule, Thresholds
from journal.lesions.lesion import Lesion, LesionObservation
from journal.pain import Region, Side

LESION = Lesion("Left shoulder boil", Region.UPPER_BACK, Side.LEFT, day(0), id=1)


def _observed(*sizes: float, counts=None) -> tuple[LesionObservation, ...]:
    counts = counts or [None] * len(sizes)
    return tuple(
        LesionObservation(1, day(2 * i), size_mm=s, bump_count=c, id=i + 1)
        for i, (s, c) in enumerate(zip(sizes, counts, strict=True))
    )


def test_a_lesion_larger_at_3_observations_in_a_row_is_growing():
    obs = _observed(10, 12, 14, 16)
    (flag,) = flags_of(Rule.LESION_GROWING, lesions=(LESION,), lesion_observations=obs)
    assert (flag.first_day, flag.last_day) == (day(0), day(6))
    assert "Left shoulder boil" in flag.message


def test_a_lesion_larger_at_only_2_observations_in_a_row_raises_nothing():
    obs = _observed(10, 12, 14, 14)
    assert flags_of(Rule.LESION_GROWING, lesions=(LESION,), lesion_observations=obs) == []


def test_more_bumps_count_as_growing_like_a_larger_size():
    obs = _observed(10, 10, 10, 10, counts=[1, 2, 3, 5])
    assert len(flags_of(Rule.LESION_GROWING, lesions=(LESION,), lesion_observations=obs)) == 1


def test_an_active_lesion_on_a_day_with_fever_is_worth_telling_a_doctor_soon():
    (flag,) = flags_of(Rule.LESION_WITH_FEVER, [checkin(3, temperature=38.0)], lesions=(LESION,))
    assert flag.level is Level.SOON and flag.first_day == day(3)


def test_a_lesion_with_37_9_degrees_raises_nothing():
    assert flags_of(Rule.LESION_WITH_FEVER, [checkin(3, temperature=37.9)], lesions=(LESION,)) == []


def test_a_healed_lesion_with_fever_raises_nothing():
    healed = Lesion("Healed", Region.UPPER_BACK, Side.LEFT, day(0), healed_on=day(2), id=2)
    assert flags_of(Rule.LESION_WITH_FEVER, [checkin(3, temperature=38.5)], lesions=(healed,)) == []


COURSE = antibiotics(0, weeks=2)  # days 0–13


def _after_course(*pains: float, **values):
    return [checkin(13 + n, pain_now=p, **values) for n, p in enumerate(pains)]


def test_pain_3_day_mean_2_points_above_its_lowest_after_antibiotics_is_coming_back():
    checkins = _after_course(2, 2, 2, 2, 4, 4, 4)
    (flag,) = flags_of(Rule.COMING_BACK, checkins, regimens=(COURSE,))
    assert flag.level is Level.SOON
    assert flag.first_day == day(19)  # the first day whose 3-day mean (days 17–19) is 4


def test_pain_1_9_points_above_its_lowest_after_antibiotics_raises_nothing():
    checkins = _after_course(2, 2, 2, 2, 3.9, 3.9, 3.9)
    assert flags_of(Rule.COMING_BACK, checkins, regimens=(COURSE,)) == []


def test_a_fever_after_the_course_ended_is_coming_back():
    checkins = [checkin(20, temperature=38.0)]
    (flag,) = flags_of(Rule.COMING_BACK, checkins, regimens=(COURSE,))
    assert flag.first_day == day(20) and "Flucloxacillin" in flag.message


def test_a_fever_during_the_course_is_not_coming_back():
    assert flags_of(Rule.COMING_BACK, [checkin(5, temperature=38.5)], regimens=(COURSE,)) == []


def test_a_fever_without_any_antibiotic_course_is_not_coming_back():
    assert flags_of(Rule.COMING_BACK, [checkin(20, temperature=38.5)]) == []


def test_a_fever_after_the_watch_period_is_not_coming_back():
    short = Thresholds(relapse_watch_days=5)
    checkins = [checkin(20, temperature=38.5)]
    assert flags_of(Rule.COMING_BACK, checkins, short, regimens=(COURSE,)) == []


def test_back_to_back_regimens_are_one_course():
    oral = antibiotics(14, weeks=2, regimen_id=2)
    assert (
        flags_of(Rule.COMING_BACK, [checkin(20, temperature=38.5)], regimens=(COURSE, oral)) == []
    )


def test_pain_coming_back_is_flagged_only_on_days_with_pain_recorded():
    # The course ends on day 6. A day with no pain recorded (day 11) still has a high
    # 3-day mean from the days before it; it must not stretch the flag with nothing behind it.
    checkins = [
        checkin(7, pain_now=0),
        checkin(8, pain_now=0),
        checkin(9, pain_now=6),
        checkin(10, pain_now=6),
        checkin(11, night_sweats=0),
    ]
    (flag,) = flags_of(Rule.COMING_BACK, checkins, regimens=(antibiotics(0, 1),))
    assert flag.last_day == day(10)
    assert {p.day for p in flag.points} == {day(9), day(10)}
