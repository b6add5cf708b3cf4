"""The gaps in the period's record, said plainly."""

from flag_builders import checkin, day

from journal.flags import Thresholds
from journal.summary.figures import period_figures
from journal.summary.missing_data import missing_lines


def _lines(checkins, last=29):
    return missing_lines(period_figures(checkins, day(0), day(last), Thresholds()))


def test_days_without_a_check_in_and_without_a_temperature_are_counted():
    journal = [checkin(n, pain_now=3, temperature=37.0, weight=70) for n in range(21)]
    journal += [checkin(n, pain_now=3) for n in range(21, 25)]
    lines = _lines(journal)
    assert lines[0] == "No check-in on 5 of 30 days."
    assert "No temperature recorded on 9 of 30 days." in lines
    # Pain was recorded at every check-in: the first line says it all.
    assert not any("pain" in line for line in lines)


def test_a_figure_never_recorded_is_named_once():
    lines = _lines([checkin(n, pain_now=3, temperature=37.0, weight=70) for n in range(30)])
    assert lines == ["No morning stiffness recorded in this period."]


def test_weight_is_named_only_when_it_was_not_taken_at_all():
    full = {"pain_now": 3, "temperature": 37.0, "stiffness_minutes": 10}
    weekly = [checkin(n, **full, **({"weight": 70} if n % 7 == 0 else {})) for n in range(30)]
    assert _lines(weekly) == []
    assert _lines([checkin(n, **full) for n in range(30)]) == ["No weight recorded in this period."]


def test_a_period_without_check_ins_says_only_that():
    assert _lines([]) == ["No check-in on 30 of 30 days."]
