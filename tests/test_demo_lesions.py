from datetime import date

from journal.demo import build_demo
from journal.demo.story import DIAGNOSIS_DAY
from journal.lesions.checks import validate_lesion, validate_observation
from journal.lesions.lesion import Crusting
from journal.pain import Region

END = date(2026, 11, 21)


def _observations():
    [lesion] = build_demo(END).lesions
    return lesion, [part.observation for part in lesion.observations]


def test_the_demo_lesion_is_on_the_lower_back_and_healed_by_the_end():
    lesion, _ = _observations()
    assert lesion.lesion.region is Region.LOWER_BACK
    assert lesion.lesion.healed_on is not None and lesion.lesion.healed_on < END


def test_the_demo_lesion_grows_for_three_observations_before_the_diagnosis():
    _, seen = _observations()
    diagnosis = build_demo(END).start.toordinal() + DIAGNOSIS_DAY
    before = [o.size_mm for o in seen if o.observed_on.toordinal() < diagnosis]
    assert len(before) >= 4
    assert before == sorted(before) and len(set(before)) == len(before)


def test_the_demo_lesion_drains_crusts_and_heals_with_a_dark_mark():
    _, seen = _observations()
    assert any(o.pus for o in seen)
    assert any(o.crusting is not Crusting.NONE for o in seen)
    assert seen[-1].dark_marks and seen[-1].size_mm < seen[0].size_mm


def test_every_demo_lesion_record_is_valid():
    lesion, seen = _observations()
    assert validate_lesion(lesion.lesion, END) == []
    assert all(validate_observation(o, END) == [] for o in seen)


def test_every_demo_observation_has_a_jpeg_photo():
    lesion, _ = _observations()
    assert all(part.photo[:2] == b"\xff\xd8" for part in lesion.observations)
