from datetime import date

from journal.demo import build_demo
from journal.demo.story import COURSE_DAYS, DAYS, DIAGNOSIS_DAY, SCARE_DAYS
from journal.metrics import BUILTIN_METRICS
from journal.units import UnitPreferences
from journal.validation import validate_checkin

END = date(2026, 11, 21)


def _daily_max(demo, key, days):
    by_day = {}
    for c in demo.checkins:
        day = (c.local_date - demo.start).days
        if day in days and c.value(key) is not None:
            by_day[day] = max(by_day.get(day, 0), c.value(key))
    return by_day


def test_the_demo_is_the_same_every_time_for_the_same_end():
    assert build_demo(END) == build_demo(END)


def test_the_demo_covers_about_four_months_with_one_to_three_check_ins_a_day():
    demo = build_demo(END)
    per_day = {}
    for c in demo.checkins:
        per_day[c.local_date] = per_day.get(c.local_date, 0) + 1
    assert len(per_day) == DAYS
    assert set(per_day.values()) <= {1, 2, 3}
    assert max(per_day) == END


def test_every_demo_check_in_is_valid():
    demo = build_demo(END)
    now = max(c.taken_at for c in demo.checkins)
    for c in demo.checkins:
        assert validate_checkin(c, BUILTIN_METRICS, UnitPreferences(), now) == []


def test_fever_before_treatment_and_none_from_the_third_week_of_treatment():
    demo = build_demo(END)
    before = _daily_max(demo, "temperature", range(8, DIAGNOSIS_DAY))
    assert min(before.values()) >= 38.0
    later = _daily_max(demo, "temperature", range(DIAGNOSIS_DAY + 14, SCARE_DAYS.start))
    assert max(later.values()) < 38.0


def test_pain_falls_over_the_course_and_creeps_back_in_the_scare():
    demo = build_demo(END)
    pain = _daily_max(demo, "pain_now", range(DAYS))
    mean = lambda days: sum(pain[d] for d in days) / len(days)  # noqa: E731
    week_before = range(DIAGNOSIS_DAY - 7, DIAGNOSIS_DAY)
    course_end = range(DIAGNOSIS_DAY + COURSE_DAYS - 7, DIAGNOSIS_DAY + COURSE_DAYS)
    before_scare = range(SCARE_DAYS.start - 7, SCARE_DAYS.start)
    scare_peak = range(SCARE_DAYS.stop - 3, SCARE_DAYS.stop)
    assert mean(week_before) >= 7
    assert mean(course_end) <= mean(week_before) - 3
    assert mean(scare_peak) >= mean(before_scare) + 1.5


def test_morning_stiffness_runs_through_the_story():
    demo = build_demo(END)
    stiff = _daily_max(demo, "stiffness_minutes", range(DAYS))
    assert len(stiff) == DAYS
    assert sum(v > 30 for v in stiff.values()) >= DAYS * 0.6
