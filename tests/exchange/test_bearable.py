"""Bearable's long-form export: a row per reading, "8th Dec 2021", parts of the day."""

from __future__ import annotations

from datetime import datetime

import pytest
from peer_builders import CET, assert_all_valid, read, sample

from journal.exchange.peers import ImportProblem, PeerFormat

BB = PeerFormat.BEARABLE
HEADER = "date,weekday,time of day,category,rating/amount,detail,notes\n"


def test_a_real_shaped_export_becomes_check_ins_by_part_of_the_day():
    result = read(BB, sample("bearable.csv"))
    assert_all_valid(result)
    assert [c.taken_at for c in result.checkins] == [
        datetime(2021, 12, 8, 9, tzinfo=CET),
        datetime(2021, 12, 8, 13, tzinfo=CET),
        datetime(2021, 12, 8, 19, tzinfo=CET),
        datetime(2022, 1, 22, 6, tzinfo=CET),
    ]


def test_two_back_pains_in_one_check_in_keep_the_higher_and_say_so():
    result = read(BB, sample("bearable.csv"))
    morning = result.checkins[0]
    assert morning.values["pain_now"] == 8  # severe (3 of 4) over moderate
    notes = {m.theirs: m.note for m in result.mapped}
    assert "the higher kept" in notes["Back (mid) pain"] + notes["Back (lower) pain"]


def test_a_temperature_in_fahrenheit_is_converted_and_said_so():
    result = read(BB, sample("bearable.csv"))
    evening = result.checkins[2]
    assert evening.values == {"temperature": 38.0}
    assert evening.note == "Felt hot after dinner"
    notes = {m.theirs: m.note for m in result.mapped}
    assert notes["Body temperature (°F)"] == "°F converted to °C"


def test_mood_and_sleep_are_counted_and_left_out():
    result = read(BB, sample("bearable.csv"))
    reasons = [s.reason for s in result.skipped]
    assert any("“Mood”" in r for r in reasons)
    assert any("“Sleep”" in r for r in reasons)


def test_an_unknown_symptom_becomes_ones_own_scale():
    result = read(BB, sample("bearable.csv"))
    (jaw,) = result.new_metrics
    assert (jaw.label, jaw.builtin) == ("Jaw pain", False)
    assert result.checkins[-1].values == {jaw.key: 10}


def test_a_symptom_already_of_ones_own_is_reused():
    from journal.metrics import BUILTIN_METRICS, Group, Metric, MetricKind

    own = Metric("custom_jaw", "Jaw pain", MetricKind.SCALE, Group.CUSTOM, builtin=False)
    result = read(BB, sample("bearable.csv"), metrics=(*BUILTIN_METRICS, own))
    assert result.new_metrics == ()
    assert result.checkins[-1].values == {"custom_jaw": 10}


@pytest.mark.parametrize(
    ("row", "words"),
    [
        ('"31st Feb 2022","","am","Symptom","2","Neck pain (Moderate)",""', "not a date"),
        ('"8th Dec 2021","","teatime","Symptom","2","Neck pain (Moderate)",""', "time of day"),
        ('"8th Dec 2021","","am","Symptom","7","Neck pain",""', "rated 0 to 4"),
        ('"8th Dec 2021","","am","Health measurements","heavy","Weight (kg)",""', "not a number"),
    ],
)
def test_a_bad_line_is_named(row, words):
    with pytest.raises(ImportProblem) as raised:
        read(BB, HEADER + '"8th Dec 2021","","am","Mood","5","Mood",""\n' + row + "\n")
    assert raised.value.line == 3
    assert words in str(raised.value)


def test_a_clock_time_and_a_full_month_name_are_read():
    result = read(BB, HEADER + '"1st March 2022","","10:15 PM","Symptom","1","Fatigue (Mild)",""\n')
    assert result.checkins[0].taken_at == datetime(2022, 3, 1, 22, 15, tzinfo=CET)
