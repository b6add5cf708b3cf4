from dataclasses import replace
from datetime import date, timedelta

from journal.care.adherence import adherence
from journal.care.labs import validate_lab
from journal.care.medicines import validate_regimen
from journal.care.records import Route
from journal.demo import build_demo
from journal.demo.care import IV
from journal.demo.story import COURSE_DAYS, DIAGNOSIS_DAY

END = date(2026, 11, 21)


def test_the_iv_course_starts_on_diagnosis_and_lasts_six_weeks():
    demo = build_demo(END)
    course = demo.care.regimens[IV]
    assert course.route is Route.IV
    assert course.start == demo.start + timedelta(days=DIAGNOSIS_DAY)
    assert (course.end - course.start).days + 1 == COURSE_DAYS == 42


def test_the_iv_course_was_taken_almost_fully():
    demo = build_demo(END)
    # Until written, a demo dose names its medicine by index.
    course = replace(demo.care.regimens[IV], id=IV)
    result = adherence(course, demo.care.doses, course.start, course.end)
    assert 0.95 <= result.fraction < 1


def test_crp_and_esr_fall_week_by_week_during_the_course():
    demo = build_demo(END)
    course = demo.care.regimens[IV]
    for test in ("CRP", "ESR"):
        values = [
            lab.value
            for lab in demo.care.labs
            if lab.test == test and course.start <= lab.taken_on <= course.end
        ]
        assert len(values) >= 6
        assert values == sorted(values, reverse=True)


def test_every_demo_record_passes_the_checks_a_user_would_face():
    demo = build_demo(END)
    assert all(validate_regimen(r) == [] for r in demo.care.regimens)
    assert all(validate_lab(lab) == [] for lab in demo.care.labs)


def test_the_context_tells_of_a_dental_infection_before_the_pain():
    assert build_demo(END).care.context.dental_infection


def test_one_appointment_is_past_with_answers_and_one_is_still_to_come():
    demo = build_demo(END)
    (past, asked), (coming, to_ask) = demo.care.appointments
    assert past.at.date() < END < coming.at.date()
    assert all(q.done for q in asked) and not any(q.done for q in to_ask)
