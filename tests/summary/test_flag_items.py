"""Page 1's red flags: most urgent first, each with its dates, what was recorded and advice."""

from datetime import datetime

from flag_builders import CET, checkin, day
from overview_builders import inputs_for

from journal.flags import Acknowledgement, DataPoint, FlagReview, Level, Rule
from journal.flags.model import make_flag
from journal.summary.blocks import FlagList, Paragraph, Tone
from journal.summary.flag_items import (
    MOST_LISTED,
    SPANS_LISTED,
    flag_blocks,
    flag_item,
    recorded_line,
)


def _flag(rule: Rule, first: int, last: int, points=()):
    return make_flag(rule, [day(first), day(last)], list(points), "Something was recorded.")


def test_flags_are_listed_most_urgent_first():
    reviews = [
        FlagReview(_flag(Rule.NIGHT_SWEATS, 1, 2)),
        FlagReview(_flag(Rule.FEVER_WITH_BACK_PAIN, 3, 4)),
        FlagReview(_flag(Rule.BLADDER_BOWEL, 0, 0)),
    ]
    (listed,) = flag_blocks(reviews)
    assert [i.level for i in listed.items] == [Level.URGENT, Level.SOON, Level.NEXT_APPOINTMENT]
    assert listed.items[0].title == "Change in bladder or bowel control"


def test_each_flag_closes_with_its_levels_advice_never_a_diagnosis():
    item = flag_item(FlagReview(_flag(Rule.FEVER_WITH_BACK_PAIN, 3, 4)))
    assert item.advice == "This is worth telling your doctor soon, within a day or two."
    assert item.dates == "Thu 5 Mar 2026 to Fri 6 Mar 2026"


def test_the_flags_of_the_period_come_from_the_reviews():
    inputs = inputs_for([checkin(2, pain_now=6, temperature=38.6), checkin(3, night_sweats=1)])
    (listed,) = flag_blocks(inputs.reviews)
    assert [i.title for i in listed.items] == ["Fever with back pain", "Night sweats"]
    assert listed.items[0].recorded == "Pain 6/10 on 1 day; Temperature 38.6 °C on 1 day."
    assert all("worth telling your doctor" in i.advice for i in listed.items)


def test_the_recorded_line_gives_each_kind_of_value_its_range_and_days():
    points = [
        DataPoint(day(1), "Temperature", "38.2 °C"),
        DataPoint(day(1), "Pain", "6/10"),
        DataPoint(day(2), "Temperature", "39.1 °C"),
        DataPoint(day(2), "Pain", "8/10"),
        DataPoint(day(3), "Temperature", "38.5 °C"),
        DataPoint(day(3), "Pain", "7/10"),
    ]
    assert recorded_line(points) == "Temperature 38.2–39.1 °C on 3 days; Pain 6–8/10 on 3 days."


def test_the_recorded_line_counts_yes_answers_and_follows_weight_over_time():
    points = [
        DataPoint(day(1), "Night sweats", "yes"),
        DataPoint(day(2), "Night sweats", "yes"),
        DataPoint(day(0), "Weight", "80.0 kg"),
        DataPoint(day(9), "Weight", "75.2 kg"),
    ]
    assert recorded_line(points) == "Night sweats on 2 days; Weight 80.0 kg to 75.2 kg."


def test_a_flag_without_points_still_says_something():
    assert recorded_line([]) == "No details recorded."


def test_an_acknowledged_flag_says_when_the_patient_saw_it():
    flag = _flag(Rule.NIGHT_SWEATS, 1, 2)
    seen = Acknowledgement(flag.key, day(2), datetime(2026, 3, 5, 9, tzinfo=CET))
    item = flag_item(FlagReview(flag, seen))
    assert item.dates.endswith("(the patient marked it as seen on Thu 5 Mar 2026)")


def test_no_flags_gives_an_empty_list_that_says_so():
    (listed,) = flag_blocks([])
    assert isinstance(listed, FlagList)
    assert listed.items == ()
    assert listed.empty_text == "No red flags in this period."


def test_flags_beyond_the_first_few_are_named_in_one_quiet_line():
    rules = [Rule.NIGHT_SWEATS, Rule.WEIGHT_LOSS, Rule.UNRELENTING_PAIN, Rule.INFLAMMATORY_PATTERN]
    reviews = [FlagReview(_flag(rule, 10 * n, 10 * n)) for n, rule in enumerate(rules)]
    reviews.append(FlagReview(_flag(Rule.NERVE_SYMPTOMS, 100, 101)))
    listed, rest = flag_blocks(reviews)
    assert len(listed.items) == MOST_LISTED
    assert isinstance(rest, Paragraph) and rest.tone is Tone.QUIET
    (left,) = {r.flag.title for r in reviews} - {i.title for i in listed.items}
    assert left in rest.text


def test_a_rule_raised_twice_is_one_item_with_both_spans_and_all_it_recorded():
    sweats = [DataPoint(day(d), "Night sweats", "yes") for d in (1, 2, 20, 21, 22)]
    older = _flag(Rule.NIGHT_SWEATS, 1, 2, sweats[:2])
    newer = _flag(Rule.NIGHT_SWEATS, 20, 22, sweats[2:])
    (listed,) = flag_blocks([FlagReview(newer), FlagReview(older)])
    (item,) = listed.items
    assert item.dates == f"{older.dates}; {newer.dates}"
    assert item.recorded == "Night sweats on 5 days."


def test_a_rule_raised_often_is_told_as_a_count_and_its_latest_days():
    flags = [_flag(Rule.WORSENING_PAIN, 7 * n, 7 * n + 2) for n in range(SPANS_LISTED + 2)]
    (listed,) = flag_blocks([FlagReview(f) for f in flags])
    (item,) = listed.items
    assert item.dates == (f"{len(flags)} times from Mon 2 Mar 2026; latest {flags[-1].dates}")
