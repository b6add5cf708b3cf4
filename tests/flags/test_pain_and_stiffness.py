from datetime import datetime, time

from flag_builders import CET, checkin, day, flags_of

from journal.care.records import DoseEvent, DoseStatus, Purpose, Regimen, Route
from journal.flags import Level, Rule, Thresholds

UNRELENTING = Rule.UNRELENTING_PAIN


def _painful_days(count: int, pain: float = 7, **extra):
    return [checkin(n, 20, pain_now=pain, **extra) for n in range(count)]


def _ibuprofen(times_per_day: int | None = 3) -> Regimen:
    return Regimen(
        "Ibuprofen", 400, "mg", Route.ORAL, Purpose.PAIN_RELIEF, day(0), None, times_per_day, 7
    )


def test_pain_of_7_on_7_days_in_a_row_despite_rest_raises_unrelenting_pain():
    (flag,) = flags_of(UNRELENTING, _painful_days(7, rest_helped=0))
    assert (flag.first_day, flag.last_day, flag.level) == (day(0), day(6), Level.NEXT_APPOINTMENT)


def test_pain_of_7_on_6_days_in_a_row_raises_nothing():
    assert flags_of(UNRELENTING, _painful_days(6, rest_helped=0)) == []


def test_pain_of_6_on_one_of_the_7_days_raises_nothing():
    checkins = _painful_days(7, medicine_helped=0)
    checkins[3] = checkin(3, 20, pain_now=6, medicine_helped=0)
    assert flags_of(UNRELENTING, checkins) == []


def test_a_day_without_a_check_in_breaks_the_run():
    checkins = [c for c in _painful_days(8, rest_helped=0) if c.local_date != day(4)]
    assert flags_of(UNRELENTING, checkins) == []


def test_strong_pain_with_neither_rest_nor_medicine_recorded_raises_nothing():
    assert flags_of(UNRELENTING, _painful_days(7)) == []


def test_a_scheduled_pain_medicine_running_counts_as_treated():
    assert len(flags_of(UNRELENTING, _painful_days(7), regimens=(_ibuprofen(),))) == 1


def test_an_as_needed_pain_medicine_counts_only_on_days_a_dose_was_taken():
    regimen = _ibuprofen(times_per_day=None)
    doses = tuple(
        DoseEvent(7, datetime.combine(day(n), time(12), tzinfo=CET), DoseStatus.AS_NEEDED)
        for n in range(7)
    )
    assert flags_of(UNRELENTING, _painful_days(7), regimens=(regimen,)) == []
    assert len(flags_of(UNRELENTING, _painful_days(7), regimens=(regimen,), doses=doses)) == 1


def _pains(*pains: float):
    return [checkin(n, pain_now=p) for n, p in enumerate(pains)]


def test_a_3_day_mean_3_0_points_above_the_3_days_before_is_rapidly_worsening_pain():
    (flag,) = flags_of(Rule.WORSENING_PAIN, _pains(2, 2, 2, 5, 5, 5))
    assert (flag.first_day, flag.last_day, flag.level) == (day(0), day(5), Level.SOON)


def test_a_rise_of_2_9_points_raises_nothing():
    assert flags_of(Rule.WORSENING_PAIN, _pains(2, 2, 2, 4.9, 4.9, 4.9)) == []


def test_falling_pain_raises_nothing():
    assert flags_of(Rule.WORSENING_PAIN, _pains(8, 8, 8, 2, 2, 2)) == []


def test_one_missing_day_in_a_span_still_compares_the_means():
    checkins = [c for c in _pains(2, 2, 2, 5, 5, 5) if c.local_date != day(4)]
    assert len(flags_of(Rule.WORSENING_PAIN, checkins)) == 1


def _stiff(minutes: list[float]):
    return [checkin(n, 7, stiffness_minutes=m) for n, m in enumerate(minutes)]


def test_stiffness_of_31_minutes_on_10_of_14_days_raises_the_inflammatory_pattern():
    (flag,) = flags_of(Rule.INFLAMMATORY_PATTERN, _stiff([31] * 10 + [10] * 4))
    assert (flag.first_day, flag.last_day) == (day(0), day(13))
    assert len(flag.points) == 10


def test_stiffness_of_exactly_30_minutes_does_not_count():
    assert flags_of(Rule.INFLAMMATORY_PATTERN, _stiff([30] * 14)) == []


def test_long_stiffness_on_9_of_14_days_raises_nothing():
    assert flags_of(Rule.INFLAMMATORY_PATTERN, _stiff([45] * 9 + [10] * 5)) == []


def test_the_stiffness_threshold_is_a_setting():
    looser = Thresholds(stiffness_minutes=20)
    assert len(flags_of(Rule.INFLAMMATORY_PATTERN, _stiff([25] * 14), looser)) == 1


def test_a_pattern_held_up_only_by_days_already_flagged_raises_no_second_flag():
    # 14 long days, 3 days without a check-in, then a short day whose 14-day window still
    # holds 10 long days, all of them in the first flag. This used to crash the rule.
    checkins = [*_stiff([45] * 14), checkin(17, 7, stiffness_minutes=10)]
    (flag,) = flags_of(Rule.INFLAMMATORY_PATTERN, checkins)
    assert (flag.first_day, flag.last_day) == (day(0), day(13))
