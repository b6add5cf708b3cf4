from dataclasses import fields
from datetime import datetime

from flag_builders import CET, checkin, day, flags_of

from journal.flags import (
    Acknowledgement,
    Rule,
    Thresholds,
    active,
    flag_markers,
    flags_between,
    review,
    validate_thresholds,
)
from journal.flags.thresholds import RULES_READING
from journal.units import TemperatureUnit, UnitPreferences

SEEN_AT = datetime(2026, 3, 10, 9, tzinfo=CET)


def _fever(*days: int):
    return flags_of(
        Rule.FEVER_WITH_BACK_PAIN, [checkin(n, temperature=38.5, pain_now=6) for n in days]
    )


def test_an_acknowledged_flag_stays_on_record_as_acknowledged():
    (flag,) = _fever(0, 1)
    (reviewed,) = review([flag], {flag.key: Acknowledgement(flag.key, day(1), SEEN_AT)})
    assert reviewed.acknowledged and reviewed.acknowledgement.at == SEEN_AT


def test_a_flag_that_goes_on_after_it_was_acknowledged_is_new_again():
    (flag,) = _fever(0, 1, 2)
    (reviewed,) = review([flag], {flag.key: Acknowledgement(flag.key, day(1), SEEN_AT)})
    assert not reviewed.acknowledged


def test_the_key_is_the_rule_and_the_first_day():
    (flag,) = _fever(0)
    assert flag.key == f"fever_with_back_pain:{day(0).isoformat()}"


def test_the_banner_shows_unacknowledged_flags_of_the_last_30_days_most_pressing_first():
    urgent = flags_of(Rule.BLADDER_BOWEL, [checkin(5, bladder_bowel_change=1)])
    reviews = review(_fever(0) + urgent, {})
    assert [r.flag.rule for r in active(reviews, day(30))] == [
        Rule.BLADDER_BOWEL,
        Rule.FEVER_WITH_BACK_PAIN,
    ]
    assert [r.flag.rule for r in active(reviews, day(31))] == [Rule.BLADDER_BOWEL]


def test_acknowledged_flags_leave_the_banner():
    (flag,) = _fever(0)
    reviews = review([flag], {flag.key: Acknowledgement(flag.key, day(0), SEEN_AT)})
    assert active(reviews, day(1)) == []


def test_flags_between_keeps_flags_that_overlap_the_period():
    flags = _fever(0, 1, 10)
    assert [f.first_day for f in flags_between(flags, day(1), day(5))] == [day(0)]
    assert [f.first_day for f in flags_between(flags, None, None)] == [day(0), day(10)]


def test_chart_markers_give_day_label_and_level():
    assert flag_markers(_fever(4)) == [(day(4), "Fever with back pain", "soon")]


def test_a_higher_fever_threshold_is_used_when_set():
    checkins = [checkin(0, temperature=38.2, pain_now=6)]
    assert flags_of(Rule.FEVER_WITH_BACK_PAIN, checkins, Thresholds(fever_celsius=38.5)) == []


def test_stored_thresholds_round_trip():
    changed = Thresholds(fever_celsius=37.8, unrelenting_days=5)
    assert Thresholds.from_dict(changed.to_dict()) == changed


def test_unusable_stored_thresholds_fall_back_to_the_defaults():
    stored = {"fever_celsius": "hot", "unrelenting_days": -2, "stiffness_days": 2.5, "x": 1}
    assert Thresholds.from_dict(stored) == Thresholds()


def test_a_fever_threshold_outside_37_to_41_is_refused_with_a_plain_message():
    (error,) = validate_thresholds(Thresholds(fever_celsius=45))
    assert error.field == "fever_celsius" and "between 37 and 41" in error.message


def test_the_fever_range_is_given_in_the_users_unit():
    fahrenheit = UnitPreferences(temperature=TemperatureUnit.FAHRENHEIT)
    (error,) = validate_thresholds(Thresholds(fever_celsius=36), fahrenheit)
    assert "between 98.6 and 105.8 °F" in error.message


def test_a_field_gets_one_message_even_when_several_checks_fail():
    errors = validate_thresholds(Thresholds(unrelenting_pain=-1))
    assert [e.field for e in errors] == ["unrelenting_pain"]


def test_a_comparison_span_longer_than_a_month_is_refused():
    (error,) = validate_thresholds(Thresholds(worsening_days=31))
    assert error.field == "worsening_days" and "at most 30" in error.message


def test_the_defaults_pass_validation():
    assert validate_thresholds(Thresholds()) == []


def test_every_threshold_names_the_rules_that_read_it():
    assert set(RULES_READING) == {f.name for f in fields(Thresholds)}
    assert all(RULES_READING.values())
