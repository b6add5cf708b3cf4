"""The demo journal tells its story through the flags it raises (seed 000)."""

from dataclasses import replace
from datetime import date

import pytest

from journal.demo import build_demo
from journal.demo.story import DIAGNOSIS_DAY, SCARE_DAYS
from journal.flags import Rule, find_flags
from journal.snapshot import JournalSnapshot

END = date(2026, 11, 21)


@pytest.fixture(scope="module")
def demo_flags():
    demo = build_demo(END)
    # Until written, a demo dose's regimen_id is its medicine's index in the list.
    regimens = tuple(replace(r, id=i) for i, r in enumerate(demo.care.regimens))
    snapshot = JournalSnapshot(
        checkins=tuple(demo.checkins), regimens=regimens, doses=tuple(demo.care.doses)
    )
    flags = find_flags(snapshot)
    return {rule: [f for f in flags if f.rule is rule] for rule in Rule}, demo.start


def _story_days(flags, start):
    return [((f.first_day - start).days, (f.last_day - start).days) for f in flags]


def test_the_demo_raises_fever_with_back_pain_before_the_diagnosis(demo_flags):
    flags, start = demo_flags
    assert any(
        first < DIAGNOSIS_DAY for first, _ in _story_days(flags[Rule.FEVER_WITH_BACK_PAIN], start)
    )


def test_the_demo_raises_night_sweats_early(demo_flags):
    flags, start = demo_flags
    assert any(first < DIAGNOSIS_DAY for first, _ in _story_days(flags[Rule.NIGHT_SWEATS], start))


def test_the_demo_raises_unrelenting_pain_before_the_diagnosis(demo_flags):
    flags, start = demo_flags
    assert any(last < DIAGNOSIS_DAY for _, last in _story_days(flags[Rule.UNRELENTING_PAIN], start))


def test_the_demo_raises_the_inflammatory_stiffness_pattern(demo_flags):
    flags, _ = demo_flags
    assert flags[Rule.INFLAMMATORY_PATTERN]


def test_the_demo_raises_coming_back_in_the_scare_after_the_course(demo_flags):
    flags, start = demo_flags
    spans = _story_days(flags[Rule.COMING_BACK], start)
    assert spans and all(SCARE_DAYS.start <= first < SCARE_DAYS.stop for first, _ in spans)
