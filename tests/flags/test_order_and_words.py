"""One order for every list of flags, and one set of words for every level."""

from datetime import datetime, timedelta
from itertools import pairwise

from flag_builders import CET, START, checkin, day, snapshot
from hypothesis import given
from hypothesis import strategies as st

from journal.flags import (
    Acknowledgement,
    Flag,
    FlagReview,
    Level,
    Rule,
    active,
    find_flags,
    has_anything_to_check,
    most_pressing_first,
    pressing_order,
    review,
    to_look_at_first,
)


@st.composite
def flags(draw) -> Flag:
    first = START + timedelta(days=draw(st.integers(0, 20)))
    last = first + timedelta(days=draw(st.integers(0, 5)))
    # Few rules and few days, so that ties of level and days are common.
    rule = draw(st.sampled_from([Rule.BLADDER_BOWEL, Rule.FEVER_WITH_BACK_PAIN, Rule.NIGHT_SWEATS]))
    return Flag(rule, first, last, (), f"flag {draw(st.integers(0, 10**6))}")


@given(st.lists(flags(), max_size=30))
def test_flags_are_ordered_by_level_then_newest_last_day_then_newest_first_day(found):
    ordered = [r.flag for r in most_pressing_first(FlagReview(f) for f in found)]
    assert sorted(map(id, ordered)) == sorted(map(id, found))
    for earlier, later in pairwise(ordered):
        a = (earlier.level.rank, -earlier.last_day.toordinal(), -earlier.first_day.toordinal())
        b = (later.level.rank, -later.last_day.toordinal(), -later.first_day.toordinal())
        assert a <= b


@given(st.lists(flags(), max_size=30))
def test_flags_alike_in_level_and_days_keep_the_order_given(found):
    ordered = [r.flag for r in most_pressing_first(FlagReview(f) for f in found)]
    for key in {pressing_order(f) for f in found}:
        given_order = [id(f) for f in found if pressing_order(f) == key]
        assert [id(f) for f in ordered if pressing_order(f) == key] == given_order


def test_an_urgent_flag_comes_before_a_newer_one_that_is_less_pressing():
    journal = [checkin(0, bladder_bowel_change=1), checkin(5, temperature=38.5, pain_now=6)]
    reviews = review(find_flags(snapshot(journal)), {})
    assert [r.flag.rule for r in reviews] == [Rule.BLADDER_BOWEL, Rule.FEVER_WITH_BACK_PAIN]


def test_on_the_same_last_day_the_flag_that_began_later_comes_first():
    longer = Flag(Rule.FEVER_WITH_BACK_PAIN, day(0), day(2), (), "began earlier")
    shorter = Flag(Rule.FEVER_WITH_BACK_PAIN, day(1), day(2), (), "began later")
    ordered = most_pressing_first([FlagReview(longer), FlagReview(shorter)])
    assert [r.flag for r in ordered] == [shorter, longer]


def test_the_page_puts_the_banners_flags_first_then_the_acknowledged_and_the_old():
    urgent_seen = Flag(Rule.BLADDER_BOWEL, day(40), day(40), (), "seen")
    urgent_old = Flag(Rule.BLADDER_BOWEL, day(0), day(0), (), "old")
    soon = Flag(Rule.FEVER_WITH_BACK_PAIN, day(38), day(39), (), "new")
    seen_at = datetime(2026, 4, 12, 9, tzinfo=CET)
    reviews = review(
        [urgent_old, soon, urgent_seen],
        {urgent_seen.key: Acknowledgement(urgent_seen.key, day(40), seen_at)},
    )
    today = day(41)
    ordered = [r.flag for r in to_look_at_first(reviews, today)]
    assert ordered == [soon, urgent_seen, urgent_old]
    assert [r.flag for r in active(reviews, today)] == ordered[:1]


def test_every_level_is_said_in_the_same_words_in_its_advice():
    for level in Level:
        assert level.label.lower() in level.advice.lower(), level


def test_the_levels_below_urgent_say_it_is_worth_telling_your_doctor():
    assert Level.SOON.label == "Worth telling your doctor soon"
    assert Level.NEXT_APPOINTMENT.label == "Worth telling your doctor at your next appointment"
    assert Level.URGENT.label == "Get medical help now"


def test_a_journal_without_check_ins_has_nothing_to_check():
    assert not has_anything_to_check(snapshot([]))
    assert has_anything_to_check(snapshot([checkin(0, pain_now=2)]))
