from datetime import date

import pytest
from builders import at

from journal.care.appointments import next_appointment, validate_question
from journal.care.labs import is_out_of_range, nearest_within, validate_imaging, validate_lab
from journal.care.records import Appointment, Imaging, LabResult


def _fields(errors) -> set[str]:
    return {e.field for e in errors}


def test_a_crp_within_range_is_accepted():
    assert validate_lab(LabResult("CRP", date(2026, 11, 1), 86, "mg/L")) == []


@pytest.mark.parametrize(
    ("test", "value"), [("CRP", 501), ("ESR", 151), ("WBC", 101), ("CRP", -1), ("Ferritin", -3)]
)
def test_an_implausible_lab_value_is_refused_beside_the_value(test, value):
    errors = validate_lab(LabResult(test, date(2026, 11, 1), value, "x"))
    assert _fields(errors) == {"value"}


def test_a_blood_culture_needs_a_result_in_words():
    assert _fields(validate_lab(LabResult("Blood culture", date(2026, 11, 1)))) == {"text"}
    assert validate_lab(LabResult("Blood culture", date(2026, 11, 1), text="negative")) == []


def test_another_test_needs_its_unit():
    errors = validate_lab(LabResult("Ferritin", date(2026, 11, 1), 120))
    assert _fields(errors) == {"unit"}


def test_a_reference_range_upside_down_is_refused():
    lab = LabResult("CRP", date(2026, 11, 1), 3, "mg/L", reference_low=5, reference_high=1)
    assert _fields(validate_lab(lab)) == {"reference_high"}


def test_a_high_crp_is_out_of_the_usual_range():
    assert is_out_of_range(LabResult("CRP", date(2026, 11, 1), 40, "mg/L"))
    assert not is_out_of_range(LabResult("CRP", date(2026, 11, 1), 3, "mg/L"))


def test_the_nearest_lab_within_seven_days_is_found():
    labs = [
        LabResult("CRP", date(2026, 11, 1), 40),
        LabResult("CRP", date(2026, 11, 8), 20),
        LabResult("ESR", date(2026, 11, 9), 30),
    ]
    assert nearest_within(labs, "CRP", date(2026, 11, 10)).value == 20
    assert nearest_within(labs, "CRP", date(2026, 11, 20)) is None


def test_imaging_needs_a_kind():
    assert _fields(validate_imaging(Imaging("", date(2026, 11, 1)))) == {"kind"}


def test_the_next_appointment_is_the_first_from_today():
    visits = [Appointment(at(3)), Appointment(at(25)), Appointment(at(12))]
    assert next_appointment(visits, at(10)).at == at(12)
    assert next_appointment(visits, at(26)) is None


def test_an_empty_question_is_refused():
    assert _fields(validate_question("   ")) == {"text"}
