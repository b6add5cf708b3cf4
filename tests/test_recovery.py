from flag_builders import antibiotics, checkin, day, snapshot

from journal.recovery import recovery_progress
from journal.units import TemperatureUnit, UnitPreferences

COURSE = antibiotics(0, weeks=6)  # days 0–41


def _story(fever_until: int, pains: dict[int, float]):
    return [
        checkin(n, pain_now=pains.get(n, 5), temperature=38.5 if n < fever_until else 37.0)
        for n in range(42)
    ]


def test_no_progress_is_shown_when_no_antibiotic_course_runs():
    assert recovery_progress(snapshot(_story(10, {})), day(5)) is None


def test_no_progress_is_shown_after_the_course_has_ended():
    assert recovery_progress(snapshot(_story(10, {}), regimens=(COURSE,)), day(42)) is None


def test_day_15_is_week_3_of_treatment_in_the_stage_of_gradual_improvement():
    progress = recovery_progress(snapshot(_story(10, {}), regimens=(COURSE,)), day(14))
    assert progress.week == 3 and progress.stage.name == "Weeks 3–6"
    assert "Gradual improvement" in " ".join(progress.sentences())


def test_pain_falling_since_the_first_week_is_said_in_plain_words():
    pains = {n: 8 for n in range(7)} | {n: 4 for n in range(14, 21)}
    progress = recovery_progress(snapshot(_story(10, pains), regimens=(COURSE,)), day(20))
    assert "a mean of 4.0 out of 10 over the last 7 days, down from 8.0 in the first week" in (
        " ".join(progress.sentences())
    )
    assert "in line with the typical course" in progress.sentences()[-2]


def test_a_fever_in_week_3_is_set_beside_the_typical_course_where_it_has_settled():
    progress = recovery_progress(snapshot(_story(15, {}), regimens=(COURSE,)), day(17))
    assert progress.fever_days == 4  # days 11–14 of the last 7 (11–17)
    assert "worth telling your doctor" in progress.sentences()[-2]


def test_a_fever_in_week_1_is_not_called_unusual():
    progress = recovery_progress(snapshot(_story(18, {}), regimens=(COURSE,)), day(3))
    assert "in line with the typical course" in progress.sentences()[-2]


def test_it_is_worded_as_information_not_a_prediction():
    progress = recovery_progress(snapshot(_story(10, {}), regimens=(COURSE,)), day(30))
    assert progress.sentences()[-1].endswith("is not a prediction.")


def test_temperatures_are_shown_in_the_users_unit():
    progress = recovery_progress(snapshot(_story(18, {}), regimens=(COURSE,)), day(17))
    text = " ".join(progress.sentences(UnitPreferences(temperature=TemperatureUnit.FAHRENHEIT)))
    assert "101.3 °F" in text and "°C" not in text
