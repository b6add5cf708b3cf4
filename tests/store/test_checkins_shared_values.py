"""Ten years of check-ins read into memory keep each repeated name, number and set once."""

import sys

from builders import at

from journal.checkin import CheckIn
from journal.pain import Character, PainSite, Region, Side

LOWER_LEFT = frozenset({PainSite(Region.LOWER_BACK, Side.LEFT)})


def _day(day: int, pain: float) -> CheckIn:
    return CheckIn(
        taken_at=at(day, 9),
        values={"pain_now": pain, "temperature": 37.2},
        pain_sites=LOWER_LEFT,
        pain_characters=frozenset({Character.THROBBING}),
    )


def test_repeated_names_numbers_and_sets_are_one_object_each(store):
    store.checkins.add_many([_day(day, 4.0) for day in range(1, 11)])
    read = store.checkins.between()
    assert len(read) == 10
    names = {id(key) for checkin in read for key in checkin.values}
    assert len(names) == 2
    assert all(key is sys.intern(key) for key in read[0].values)
    assert len({id(checkin.values["pain_now"]) for checkin in read}) == 1
    assert len({id(checkin.values["temperature"]) for checkin in read}) == 1
    assert len({id(checkin.pain_sites) for checkin in read}) == 1
    assert len({id(checkin.pain_characters) for checkin in read}) == 1


def test_sharing_keeps_every_value_and_set_as_saved(store):
    saved = store.checkins.add_many([_day(day, float(day % 3)) for day in range(1, 10)])
    read = {checkin.id: checkin for checkin in store.checkins.between()}
    assert all(read[checkin.id] == checkin for checkin in saved)
    assert all(read[c.id].pain_sites == LOWER_LEFT for c in saved)
