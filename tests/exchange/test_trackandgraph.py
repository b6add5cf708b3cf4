"""Track & Graph's export: one row per data point, ISO times with offsets, H:MM:SS durations."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from peer_builders import CET, assert_all_valid, read, sample

from journal.exchange.peers import ImportProblem, PeerFormat

TG = PeerFormat.TRACK_AND_GRAPH
HEADER = "FeatureName,Timestamp,Value,Label,Note\n"


def test_a_real_shaped_export_becomes_check_ins_with_well_known_names_mapped():
    result = read(TG, sample("trackandgraph.csv"))
    assert_all_valid(result)
    mapped = {m.theirs: m.ours for m in result.mapped}
    assert mapped["Back pain"] == "pain_now"
    assert mapped["Temperature"] == "temperature"
    assert mapped["Morning stiffness"] == "stiffness_minutes"
    assert mapped["Weight (kg)"] == "weight"
    assert mapped["Headache"] == "custom_headache"
    assert [m.label for m in result.new_metrics] == ["Headache"]


def test_readings_of_one_minute_are_one_check_in_with_the_notes():
    result = read(TG, sample("trackandgraph.csv"))
    evening = next(c for c in result.checkins if c.values.get("pain_now") == 6)
    assert evening.taken_at == datetime(2022, 9, 14, 21, 30, 41, tzinfo=CET)
    assert evening.values["temperature"] == 38.4
    assert evening.note == "after the walk,\r\nshivering"


def test_check_ins_come_oldest_first_and_keep_their_offset():
    result = read(TG, sample("trackandgraph.csv"))
    times = [c.taken_at for c in result.checkins]
    assert times == sorted(times)
    assert times[0].utcoffset() == timedelta(0)  # the Z of the headache


def test_a_duration_is_read_as_minutes_and_said_so():
    result = read(TG, HEADER + "Morning stiffness,2022-09-15T07:10:00+01:00,1:10:30,,\n")
    assert result.checkins[0].values == {"stiffness_minutes": 70.5}
    assert result.mapped[0].note == "durations read as minutes"


def test_a_label_goes_into_the_note():
    result = read(TG, HEADER + "Headache,2022-09-13T19:00:00Z,2,Mild,\n")
    assert result.checkins[0].note == "Headache: Mild"


def test_a_time_without_an_offset_is_in_the_given_zone():
    result = read(TG, HEADER + "Pain,2022-09-13T19:00:00,2,,\n")
    assert result.checkins[0].taken_at == datetime(2022, 9, 13, 19, tzinfo=CET)


def test_a_pain_that_does_not_fit_the_scale_becomes_a_symptom_of_ones_own():
    result = read(TG, HEADER + "Pain,2022-09-13T19:00:00Z,7.5,,\n")
    (mapped,) = result.mapped
    assert mapped.ours == "custom_pain"
    assert result.new_metrics[0].unit == ""
    assert_all_valid(result)


def test_an_explicit_mapping_wins_and_a_value_that_does_not_fit_names_its_line():
    text = HEADER + "Ache,2022-09-13T19:00:00Z,3,,\nAche,2022-09-14T19:00:00Z,12,,\n"
    with pytest.raises(ImportProblem) as raised:
        read(TG, text, mapping={"ache": "pain_worst"})
    assert raised.value.line == 3
    assert read(TG, text.splitlines(True)[0] + text.splitlines(True)[1], {"Ache": "pain_worst"})


@pytest.mark.parametrize(
    ("text", "line", "words"),
    [
        ("Pain,yesterday,3,,\n", 2, "not a date and time"),
        ("Pain,2022-09-13T19:00:00Z,lots,,\n", 2, "not a number"),
        ("Pain,2022-09-13T19:00:00Z,3\n", 2, "expected 5 values"),
        (",2022-09-13T19:00:00Z,3,,\n", 2, "name is missing"),
        ("Pain,0001-01-01T00:00:00+05:00,3,,\n", 2, "not a plausible date"),
        ("Pain,2022-09-13T19:00:00Z,nan,,\n", 2, "not a number"),
    ],
)
def test_a_bad_line_is_named(text, line, words):
    with pytest.raises(ImportProblem) as raised:
        read(TG, HEADER + text)
    assert raised.value.line == line
    assert words in str(raised.value)


def test_another_file_is_refused_at_its_first_line():
    with pytest.raises(ImportProblem) as raised:
        read(TG, "date,weekday,time of day,category,rating/amount,detail,notes\n")
    assert raised.value.line == 1
    assert "not a Track & Graph export" in str(raised.value)


def test_a_check_in_dated_in_the_future_is_left_out_and_said_so():
    now = datetime(2022, 9, 14, tzinfo=UTC)
    result = read(
        TG, HEADER + "Pain,2022-09-13T19:00:00Z,3,,\nPain,2022-09-20T19:00:00Z,4,,\n", now=now
    )
    assert len(result.checkins) == 1
    assert "future" in result.skipped[0].reason


def test_a_problem_names_its_line_in_the_translators_words_with_one_full_stop():
    from journal.exchange.peer_records import ImportProblem
    from journal.translation import install

    def german(context, text, disambiguation, n):
        return "Zeile {line}: {message}" if text == "line {line}: {message}" else text

    install(german)
    try:
        problem = ImportProblem(3, "not a number.")
    finally:
        install(None)
    assert str(problem) == "Zeile 3: not a number"
