from datetime import date

from journal.care.records import Purpose, Regimen, Route
from journal.lesions.lesion import Lesion
from journal.pain import Region, Side


def test_a_six_week_course_ends_on_day_42():
    course = Regimen.course(
        date(2026, 9, 1),
        6,
        name="Flucloxacillin",
        dose=2,
        dose_unit="g",
        route=Route.IV,
        purpose=Purpose.ANTIBIOTIC,
        times_per_day=4,
    )
    assert course.end == date(2026, 10, 12)
    assert course.active_on(date(2026, 10, 12))
    assert not course.active_on(date(2026, 10, 13))
    assert not course.as_needed


def test_a_lesion_is_active_from_first_seen_until_healed():
    lesion = Lesion("Boil", Region.LOWER_BACK, Side.LEFT, date(2026, 9, 1), date(2026, 9, 20))
    assert lesion.active_on(date(2026, 9, 1))
    assert not lesion.active_on(date(2026, 9, 20))
    assert not lesion.active_on(date(2026, 8, 31))
