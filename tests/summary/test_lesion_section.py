"""The skin lesions section: photo pairs, what changed, and the map of the back."""

from __future__ import annotations

from datetime import date, timedelta

from builders import at
from hypothesis import given, settings
from hypothesis import strategies as st
from summary.section_builders import FIRST, LAST, blocks_of, inputs_of

from journal.checkin import CheckIn
from journal.lesions.lesion import Crusting, Lesion, LesionObservation
from journal.pain import PainSite, Region, Side
from journal.snapshot import JournalSnapshot
from journal.summary.blocks import BackMap, BackMark, Heading, Paragraph, Photo, PhotoPair
from journal.summary.lesion_section import lesion_blocks

BOIL = Lesion("Shoulder boil", Region.UPPER_BACK, Side.LEFT, date(2026, 10, 20), id=1)
SPOT = Lesion("Low spot", Region.LOWER_BACK, Side.RIGHT, date(2026, 11, 1), id=2)


def _seen(day: int, lesion_id: int = 1, **values) -> LesionObservation:
    return LesionObservation(lesion_id, date(2026, 11, day), **values)


def _pairs(*observations, lesions=(BOIL, SPOT), checkins=()) -> list[PhotoPair]:
    snapshot = JournalSnapshot(
        lesions=lesions, lesion_observations=observations, checkins=tuple(checkins)
    )
    return blocks_of(lesion_blocks(inputs_of(snapshot)), PhotoPair)


def test_the_pair_is_the_first_and_latest_photo_of_the_period():
    (pair,) = _pairs(
        LesionObservation(1, date(2026, 10, 28), photo_ids=(1,)),  # before the period
        _seen(4, photo_ids=(2, 3)),
        _seen(12),
        _seen(20, photo_ids=(4, 5)),
        _seen(26),
    )
    assert pair.first == Photo(2, "First photo of the period: Wed 4 Nov 2026")
    assert pair.latest == Photo(5, "Latest photo: Fri 20 Nov 2026")
    assert pair.title == "1. Shoulder boil (Upper back, left)"


def test_photos_of_a_single_day_give_one_photo_and_none_gives_none():
    (one_day,) = _pairs(_seen(4, photo_ids=(7, 8)), _seen(9))
    assert one_day.first.photo_id == 7 and one_day.latest is None
    (no_photo,) = _pairs(_seen(4, size_mm=10))
    assert no_photo.first is None and no_photo.latest is None


def test_the_lines_give_size_signs_and_how_they_changed():
    (pair,) = _pairs(
        _seen(4, size_mm=12, redness=3, pain=5, crusting=Crusting.YELLOW),
        _seen(18, size_mm=20, redness=7, pain=5, pus=True, warmth=True, note="Hot tonight"),
    )
    assert pair.lines == (
        "Observed 2 times, Wed 4 Nov 2026 to Wed 18 Nov 2026.",
        "Size: 12 mm on 4 Nov, 20 mm on 18 Nov (up 8 mm).",
        "Signs on 18 Nov: redness 7/10, pus or drainage, warm, pain 5/10.",
        "Since 4 Nov: redness 3 → 7, pus or drainage new, warmth new, crusting yellow → none.",
        "Note (18 Nov): Hot tonight",
    )


def test_one_observation_without_signs_says_so():
    (pair,) = _pairs(_seen(4))
    assert pair.lines == (
        "Observed 1 time, on Wed 4 Nov 2026.",
        "Size: not measured in this period.",
        "Signs on 4 Nov: none recorded.",
    )


def test_the_back_map_marks_each_lesion_and_counts_pain_sites_of_the_period():
    lower = PainSite(Region.LOWER_BACK, Side.MIDDLE)
    neck = PainSite(Region.NECK, Side.LEFT)
    checkins = [
        CheckIn(at(3), pain_sites=frozenset({lower, neck})),
        CheckIn(at(4), pain_sites=frozenset({lower})),
        CheckIn(at(1), pain_sites=frozenset({neck})),  # before the period
    ]
    snapshot = JournalSnapshot(
        lesions=(BOIL, SPOT),
        lesion_observations=(_seen(4), _seen(6, lesion_id=2)),
        checkins=tuple(sorted(checkins, key=lambda c: c.taken_at)),
    )
    (back,) = blocks_of(lesion_blocks(inputs_of(snapshot)), BackMap)
    assert back.lesions == (
        BackMark("1", Region.UPPER_BACK, Side.LEFT),
        BackMark("2", Region.LOWER_BACK, Side.RIGHT),
    )
    assert back.pain == {lower: 2, neck: 1}
    assert "1 Shoulder boil; 2 Low spot" in back.caption
    assert "most often lower back, middle (2 check-ins)" in back.caption


def test_an_active_lesion_not_observed_in_the_period_is_named():
    blocks = lesion_blocks(
        inputs_of(JournalSnapshot(lesions=(BOIL, SPOT), lesion_observations=(_seen(4),)))
    )
    assert Paragraph("Not observed in this period, though not marked healed: Low spot.") in blocks


def test_no_lesion_observed_says_so_under_the_heading():
    assert lesion_blocks(inputs_of(JournalSnapshot())) == [
        Heading("Skin lesions"),
        Paragraph("No skin lesion was observed in this period."),
    ]


_observation = st.builds(
    LesionObservation,
    lesion_id=st.sampled_from([1, 2, 3]),
    observed_on=st.dates(FIRST - timedelta(days=10), LAST + timedelta(days=10)),
    size_mm=st.none() | st.floats(0, 500),
    bump_count=st.none() | st.integers(0, 50),
    redness=st.none() | st.integers(0, 10),
    pus=st.booleans(),
    crusting=st.sampled_from(Crusting),
    warmth=st.booleans(),
    swelling=st.booleans(),
    pain=st.none() | st.integers(0, 10),
    dark_marks=st.booleans(),
    photo_ids=st.lists(st.integers(1, 10_000), max_size=3, unique=True).map(tuple),
    id=st.none() | st.integers(1, 1000),
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_observation, max_size=25))
def test_random_observations_never_raise_and_first_photos_come_first(observations):
    # Photo ids are unique across the journal, as the store keeps them.
    seen_ids: set[int] = set()
    unique = []
    for o in observations:
        ids = tuple(i for i in o.photo_ids if i not in seen_ids)
        seen_ids.update(ids)
        unique.append(LesionObservation(**{**o.__dict__, "photo_ids": ids}))
    day_of = {pid: o.observed_on for o in unique for pid in o.photo_ids}
    lesions = (BOIL, SPOT, Lesion("Third", Region.SACRUM, Side.MIDDLE, date(2026, 1, 1), id=3))
    blocks = lesion_blocks(
        inputs_of(JournalSnapshot(lesions=lesions, lesion_observations=tuple(unique)))
    )
    for pair in blocks_of(blocks, PhotoPair):
        if pair.first is not None:
            assert FIRST <= day_of[pair.first.photo_id] <= LAST
        if pair.latest is not None:
            assert pair.first is not None
            assert day_of[pair.first.photo_id] < day_of[pair.latest.photo_id] <= LAST


def test_the_map_names_the_three_sites_recorded_most_most_first():
    sites = [PainSite(region, Side.MIDDLE) for region in list(Region)[:4]]
    checkins = [
        CheckIn(at(3 + n, 8 + k), {"pain_now": 3.0}, pain_sites=frozenset({site}))
        for n, site in enumerate(sites)
        for k in range(n + 1)
    ]
    snapshot = JournalSnapshot(checkins=tuple(sorted(checkins, key=lambda c: c.taken_at)))
    (back,) = blocks_of(lesion_blocks(inputs_of(snapshot)), BackMap)
    named = back.caption.split("most often ")[1]
    assert named.startswith(f"{sites[3].label.lower()} (4 check-ins)")
    assert sites[0].label.lower() not in named  # the fourth is left out
