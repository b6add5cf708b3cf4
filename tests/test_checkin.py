from datetime import datetime

import pytest
from builders import at

from journal.checkin import CheckIn
from journal.pain import PainSite, Region, Side


def test_a_check_in_needs_a_time_zone():
    with pytest.raises(ValueError, match="UTC offset"):
        CheckIn(taken_at=datetime(2026, 11, 21, 9, 0))


def test_the_local_date_is_the_day_the_user_lived_it():
    # 00:30 in UTC+1 is still the previous day in UTC, but the user's day is the 21st.
    assert CheckIn(taken_at=at(21, 0, 30)).local_date.day == 21


def test_times_are_kept_to_the_second():
    assert CheckIn(taken_at=at(21).replace(microsecond=123)).taken_at.microsecond == 0


def test_unrecorded_metrics_read_as_none():
    checkin = CheckIn(taken_at=at(21), values={"chills": 1.0})
    assert checkin.value("temperature") is None
    assert checkin.says_yes("chills")
    assert not checkin.says_yes("night_sweats")


def test_pain_sites_round_trip_through_their_code():
    site = PainSite(Region.LOWER_BACK, Side.LEFT)
    assert site.code == "lower_back:left"
    assert PainSite.from_code(site.code) == site
    assert site.label == "Lower back, left"


def test_a_check_in_given_its_id_keeps_everything_else():
    from dataclasses import fields, replace

    from journal.pain import Character

    made = CheckIn(
        taken_at=at(20, 8, 5),
        values={"pain_now": 6.0, "temperature": 38.2},
        pain_sites=frozenset({PainSite(Region.LOWER_BACK, Side.LEFT)}),
        pain_characters=frozenset({Character.THROBBING}),
        note="Worse tonight.",
        show_doctor=True,
    )
    saved = made.with_id(42)
    assert saved.id == 42 and made.id is None
    assert saved == replace(made, id=42)
    kept = [f.name for f in fields(made) if f.name != "id"]
    assert all(getattr(saved, name) is getattr(made, name) for name in kept)
