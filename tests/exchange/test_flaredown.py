"""Flaredown's export: a row a day, rated columns 0–4, then treatments, Tags, Foods."""

from __future__ import annotations

from datetime import datetime

import pytest
from peer_builders import CET, assert_all_valid, read, sample

from journal.exchange.peers import ImportProblem, PeerFormat

FD = PeerFormat.FLAREDOWN


def test_a_real_shaped_export_becomes_a_check_in_a_day_at_noon():
    result = read(FD, sample("flaredown.csv"))
    assert_all_valid(result)
    assert [c.taken_at for c in result.checkins] == [
        datetime(2021, 3, day, 12, tzinfo=CET) for day in (1, 2, 3)
    ]


def test_severities_are_scaled_from_0_4_to_0_10_and_said_so():
    result = read(FD, sample("flaredown.csv"))
    first = result.checkins[0].values
    assert first["pain_now"] == 8  # 3 of 4
    assert first["fatigue"] == 5  # 2 of 4
    assert first["custom_ankylosing_spondylitis"] == 5
    notes = {m.theirs: m.note for m in result.mapped}
    assert "0–4 scaled to 0–10" in notes["Back pain"]


def test_a_fever_rated_mild_to_severe_is_no_temperature():
    result = read(FD, sample("flaredown.csv"))
    mapped = {m.theirs: m.ours for m in result.mapped}
    assert mapped["Fever"] == "custom_fever"
    assert "temperature" not in result.checkins[0].values


def test_treatments_tags_and_foods_go_into_the_day_note():
    result = read(FD, sample("flaredown.csv"))
    first, second, third = (c.note for c in result.checkins)
    assert first == (
        "Treatments: Ibuprofen 400 mg; Flucloxacillin not taken\n"
        "Tags: stress; rain\nFoods: porridge; coffee"
    )
    assert second == "Treatments: Ibuprofen 400 mg; 200 mg; Flucloxacillin 1 g"
    assert third.startswith("Treatments: Ibuprofen taken")
    assert any("Ibuprofen" in s.reason and "treatment" in s.reason for s in result.skipped)


def test_weather_columns_after_foods_are_left_out_and_said_so():
    text = "Date,Back pain,Tags,Foods,Temperature,Pressure\n2021-03-01,2,,,21,1013\n"
    result = read(FD, text)
    assert result.checkins[0].values == {"pain_now": 5}
    assert sum("weather" in s.reason for s in result.skipped) == 2


def test_a_bad_date_is_named():
    with pytest.raises(ImportProblem) as raised:
        read(FD, "Date,Back pain,Tags,Foods\n2021-03-01,2,,\n01/03/2021,2,,\n")
    assert raised.value.line == 3


def test_a_file_without_tags_and_foods_is_not_flaredown():
    with pytest.raises(ImportProblem) as raised:
        read(FD, "Date,Back pain\n2021-03-01,2\n")
    assert "not a Flaredown export" in str(raised.value)


def test_a_treatment_left_out_says_it_is_in_the_note_and_not_a_medicine():
    # Listed under "Left out" in the preview: it must say what was left out, and what kept.
    result = read(FD, sample("flaredown.csv"))
    [said] = [s.reason for s in result.skipped if "Ibuprofen" in s.reason]
    assert said == "“Ibuprofen”: a treatment, not made a medicine: written into each day's note."
