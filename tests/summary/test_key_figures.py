"""Page 1's key figures, checked against values worked out by hand."""

from dataclasses import replace

import pytest
from flag_builders import antibiotics, checkin, day
from overview_builders import inputs_for, rows_by_name

from journal.care.basdai import BasdaiAnswers
from journal.care.records import LabResult
from journal.flags import Thresholds
from journal.summary.key_figures import COLUMNS, NOT_RECORDED, key_figures_table
from journal.units import TemperatureUnit, UnitPreferences, WeightUnit

# A 14-day period, days 0–13; the period before is days -14 to -1.
STORY = [
    # Day 0 has two ratings, 4 and 6: the day counts once, as 5.
    checkin(0, 8, pain_now=4, stiffness_minutes=20),
    checkin(0, 20, pain_now=6),
    checkin(1, pain_now=2, stiffness_minutes=45, weight=70.0),
    checkin(2, temperature=38.0, stiffness_minutes=60),
    checkin(2, 21, stiffness_minutes=10),
    checkin(3, temperature=37.9),
    checkin(4, 8, temperature=36.8),
    checkin(4, 20, temperature=38.5),
    checkin(5, tingling=1),
    checkin(6, numbness=1, tingling=1),
    checkin(7, tingling=0),
    checkin(10, pain_now=8, pain_worst=9),
    checkin(12, 8, weight=71.0),
    checkin(12, 20, weight=72.0),
    # The period before.
    checkin(-10, pain_now=7, temperature=38.2),
]


def _rows(checkins=STORY, **given):
    return rows_by_name(key_figures_table(inputs_for(checkins, **given)))


def test_pain_is_the_mean_of_the_days_and_the_highest_of_any_rating():
    assert _rows()["Pain (0–10)"] == ("mean 5.0, highest 9", "mean 7.0, highest 7")


def test_pain_trend_compares_the_first_week_with_the_last():
    # First week: days 0 (5) and 1 (2), mean 3.5; last week: day 10 (8).
    this, before = _rows()["Pain, first vs last week"]
    assert this == "3.5 to 8.0, up 4.5"
    assert before == "no pain recorded in the last week"


def test_pain_trend_of_a_short_period_compares_its_halves():
    rows = _rows(last=5)
    # Days 0–2 (5 and 2) against days 3–5 (none).
    assert rows["Pain, first vs last 3 days"][0] == "no pain recorded in the last 3 days"


def test_a_single_day_has_no_pain_trend():
    assert _rows(last=0)["Pain, first vs last 0 days"][0] == "period too short"


def test_fever_days_count_the_days_reaching_the_threshold_out_of_those_measured():
    rows = _rows()
    # Day 2 at 38.0 counts, day 3 at 37.9 does not, day 4's highest is 38.5.
    assert rows["Fever days (≥ 38.0 °C)"] == ("2 of 3 days measured", "1 of 1 days measured")
    assert rows["Highest temperature"] == ("38.5 °C", "38.2 °C")


def test_the_fever_line_is_the_users_threshold():
    rows = _rows(thresholds=Thresholds(fever_celsius=38.5))
    assert rows["Fever days (≥ 38.5 °C)"] == ("1 of 3 days measured", "0 of 1 days measured")


def test_temperatures_are_shown_in_fahrenheit_when_the_user_reads_them_so():
    rows = _rows(units=UnitPreferences(TemperatureUnit.FAHRENHEIT))
    assert rows["Fever days (≥ 100.4 °F)"][0] == "2 of 3 days measured"
    assert rows["Highest temperature"] == ("101.3 °F", "100.8 °F")


def test_a_fever_day_is_marked_and_none_is_not():
    table = key_figures_table(inputs_for(STORY, thresholds=Thresholds(fever_celsius=39.0)))
    fever = next(r for r in table.rows if r[0].text.startswith("Fever days"))
    assert not fever[1].marked
    table = key_figures_table(inputs_for(STORY))
    fever = next(r for r in table.rows if r[0].text.startswith("Fever days"))
    assert fever[1].marked and fever[2].marked


def test_stiffness_is_the_median_of_the_days_longest_and_the_days_over_the_line():
    rows = _rows()
    # Days 0, 1, 2: 20, 45 and 60 (day 2's 10 at night is not its longest).
    assert rows["Stiffness, median"] == ("45 min", NOT_RECORDED)
    assert rows["Stiffness over 30 min"] == ("2 of 3 days recorded", NOT_RECORDED)


def test_weight_change_goes_from_the_first_days_weight_to_the_last():
    # Day 12's two weighings make 71.5 kg.
    assert _rows()["Weight change"][0] == "70.0 kg to 71.5 kg, up 1.5 kg"


def test_weight_change_is_shown_in_pounds_when_the_user_reads_them_so():
    rows = _rows(units=UnitPreferences(weight=WeightUnit.LB))
    assert rows["Weight change"][0] == "154.3 lb to 157.6 lb, up 3.3 lb"


def test_one_weighing_is_no_change():
    rows = _rows([checkin(1, weight=70.0)])
    assert rows["Weight change"] == ("70.0 kg, one day", NOT_RECORDED)


def test_nerve_symptom_days_name_the_symptoms():
    this, before = _rows()["Nerve symptom days"]
    # Day 7's "no" does not count.
    assert this == "2 (tingling, numbness)"
    assert before == "none"


def test_bladder_or_bowel_change_counts_as_a_nerve_symptom():
    rows = _rows([checkin(3, bladder_bowel_change=1)])
    assert rows["Nerve symptom days"][0] == "1 (bladder or bowel change)"


def test_a_period_before_with_nothing_recorded_says_so_in_words():
    rows = _rows([checkin(2, pain_now=3, temperature=37.0)])
    before = {name: cells[1] for name, cells in rows.items()}
    assert before["Pain (0–10)"] == NOT_RECORDED
    assert before["Fever days (≥ 38.0 °C)"] == "no temperature recorded"
    assert all(text.strip() for text in before.values())


def test_the_table_compares_this_period_with_the_one_before():
    table = key_figures_table(inputs_for(STORY))
    assert table.columns == COLUMNS
    assert "Computed by the program" in table.note


def test_lab_change_runs_from_the_periods_first_result_to_its_latest():
    labs = (
        LabResult("CRP", day(0), 80, "mg/L"),
        LabResult("CRP", day(10), 20, "mg/L"),
        LabResult("ESR", day(-5), 40, "mm/h"),
    )
    table = key_figures_table(inputs_for(STORY, labs=labs))
    rows = rows_by_name(table)
    assert rows["CRP, first to latest"] == (
        "80 → 20 mg/L, 2 Mar–12 Mar",
        "no result",
    )
    assert rows["ESR, first to latest"] == ("no result", "40 mm/h (25 Feb), one result")
    crp = next(r for r in table.rows if r[0].text == "CRP, first to latest")
    # 20 mg/L is above CRP's usual 5 mg/L.
    assert crp[1].marked


def test_results_in_different_units_are_not_subtracted():
    labs = (LabResult("CRP", day(0), 80, "mg/L"), LabResult("CRP", day(9), 2, "mg/dL"))
    rows = _rows(labs=labs)
    assert rows["CRP, first to latest"][0] == "80 mg/L (2 Mar) to 2 mg/dL (11 Mar), units differ"


def test_lab_change_since_a_course_that_began_in_the_period():
    labs = (LabResult("CRP", day(0), 80, "mg/L"), LabResult("CRP", day(10), 20, "mg/L"))
    rows = _rows(labs=labs, regimens=(antibiotics(1, weeks=6),))
    assert rows["CRP since antibiotics (3 Mar)"] == (
        "80 → 20 mg/L, 2 Mar–12 Mar",
        "course not begun",
    )


def test_lab_change_since_a_course_that_began_before_the_period_compares_both():
    labs = (
        LabResult("CRP", day(-8), 120, "mg/L"),
        LabResult("CRP", day(-1), 60, "mg/L"),
        LabResult("CRP", day(10), 20, "mg/L"),
    )
    rows = _rows(labs=labs, regimens=(antibiotics(-7, weeks=6),))
    assert rows["CRP since antibiotics (23 Feb)"] == (
        "120 → 20 mg/L, 22 Feb–12 Mar",
        "120 → 60 mg/L, 22 Feb–1 Mar",
    )


def test_no_course_row_without_a_baseline_result():
    labs = (LabResult("CRP", day(10), 20, "mg/L"),)
    rows = _rows(labs=labs, regimens=(antibiotics(1, weeks=6),))
    assert not any(name.startswith("CRP since") for name in rows)


def test_no_lab_or_score_rows_when_none_was_recorded():
    names = set(_rows())
    assert not any(n.startswith(("CRP", "ESR", "BASDAI", "ASDAS")) for n in names)


def _answers(n: int, **changes) -> BasdaiAnswers:
    values = dict(
        fatigue=5,
        back_pain=6,
        peripheral=2,
        tenderness=3,
        stiffness_severity=4,
        stiffness_duration=6,
    )
    values.update(changes)
    return BasdaiAnswers(day(n), **values)


def test_the_latest_basdai_of_each_period_is_shown():
    # (5 + 6 + 2 + 3 + (4 + 6) / 2) / 5 = 4.2; with fatigue 0, 3.2.
    questionnaires = (_answers(-3), _answers(2, fatigue=9), _answers(9, fatigue=0))
    rows = _rows(basdai=questionnaires)
    assert rows["BASDAI, latest"] == ("3.2 of 10 (11 Mar)", "4.2 of 10 (27 Feb)")
    assert "ASDAS, latest" not in rows


def test_asdas_is_shown_when_a_crp_is_near_the_questionnaire():
    questionnaires = (_answers(9, patient_global=5),)
    labs = (LabResult("CRP", day(8), 10, "mg/L"),)
    rows = _rows(basdai=questionnaires, labs=labs)
    # 0.121×6 + 0.058×6 + 0.110×5 + 0.073×2 + 0.579×ln(11) = 3.158
    assert rows["ASDAS, latest"] == ("ASDAS-CRP 3.2 (11 Mar)", NOT_RECORDED)


@pytest.mark.parametrize("unit", list(WeightUnit))
def test_every_row_has_one_cell_per_column(unit):
    table = key_figures_table(
        inputs_for(
            [*STORY, replace(checkin(11), values={"weight": 80.0})],
            units=UnitPreferences(weight=unit),
            labs=(LabResult("ESR", day(3), 30, "mm/h"),),
            regimens=(antibiotics(1, weeks=2),),
        )
    )
    assert all(len(row) == len(table.columns) for row in table.rows)
