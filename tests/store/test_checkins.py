from datetime import UTC, date, timedelta, timezone

import pytest
from builders import at, many_checkins

from journal.checkin import CheckIn
from journal.pain import Character, PainSite, Region, Side
from journal.store import open_journal
from journal.store.checkins import CheckInNotFound
from journal.validation import InvalidCheckIn

FULL = CheckIn(
    taken_at=at(20, 21, 15),
    values={
        "pain_now": 7.0,
        "pain_worst": 9.0,
        "temperature": 38.4,
        "chills": 1.0,
        "stiffness_minutes": 45.0,
        "medicine_helped": 0.0,
        "weight": 71.3,
    },
    pain_sites=frozenset({PainSite(Region.LOWER_BACK, Side.LEFT), PainSite(Region.LEG, Side.LEFT)}),
    pain_characters=frozenset({Character.THROBBING, Character.SHOOTING}),
    note="Shivering tonight.\nPain did not ease with ibuprofen.",
    show_doctor=True,
)


def test_a_check_in_reads_back_exactly_as_saved(store):
    saved = store.checkins.add(FULL)
    assert saved.id is not None
    assert store.checkins.get(saved.id) == saved


def test_a_check_in_survives_closing_and_reopening(journal_path):
    with open_journal(journal_path) as first:
        saved = first.checkins.add(FULL)
    with open_journal(journal_path) as again:
        assert again.checkins.get(saved.id) == saved


def test_local_time_and_offset_are_kept(store):
    tokyo = timezone(timedelta(hours=9))
    saved = store.checkins.add(CheckIn(taken_at=at(20, 8, tz=tokyo)))
    back = store.checkins.get(saved.id)
    assert back.taken_at.utcoffset() == timedelta(hours=9)
    assert back.taken_at.hour == 8


def test_several_check_ins_a_day_come_back_newest_first_across_time_zones(store):
    utc = UTC
    earlier = store.checkins.add(CheckIn(taken_at=at(20, 9, tz=utc)))  # 09:00 UTC
    # 10:30 in UTC+2 is 08:30 UTC: earlier in real time though later on the clock.
    later_clock = store.checkins.add(
        CheckIn(taken_at=at(20, 10, 30, tz=timezone(timedelta(hours=2))))
    )
    latest = store.checkins.add(CheckIn(taken_at=at(20, 18, tz=utc)))
    assert [c.id for c in store.checkins.between()] == [latest.id, earlier.id, later_clock.id]


def test_between_selects_by_the_local_day(store):
    store.checkins.add_many(many_checkins(72))  # three days, hourly
    on_19th = store.checkins.between(date(2026, 11, 19), date(2026, 11, 19))
    assert len(on_19th) == 24
    assert {c.local_date for c in on_19th} == {date(2026, 11, 19)}


def test_an_update_replaces_values_sites_and_note(store):
    saved = store.checkins.add(FULL)
    changed = CheckIn(
        taken_at=saved.taken_at, values={"pain_now": 3.0}, note="Better.", id=saved.id
    )
    store.checkins.update(changed)
    assert store.checkins.get(saved.id) == changed


def test_updating_a_deleted_check_in_is_an_error(store):
    saved = store.checkins.add(FULL)
    store.checkins.delete(saved.id)
    with pytest.raises(CheckInNotFound):
        store.checkins.update(saved)


def test_a_deleted_check_in_can_be_restored_under_its_id(store):
    saved = store.checkins.add(FULL)
    deleted = store.checkins.delete(saved.id)
    assert store.checkins.count() == 0
    store.checkins.restore(deleted)
    assert store.checkins.get(saved.id) == saved


def test_deleting_removes_observations_and_choices(store):
    saved = store.checkins.add(FULL)
    store.checkins.delete(saved.id)
    db = store._db
    assert db.execute("SELECT COUNT(*) FROM observations").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM checkin_choices").fetchone()[0] == 0


def test_an_invalid_check_in_is_refused_and_nothing_is_stored(store):
    with pytest.raises(InvalidCheckIn, match="Temperature must be between 34 and 43"):
        store.checkins.add(CheckIn(taken_at=at(20), values={"temperature": 47.0}))
    assert store.checkins.count() == 0


def test_a_batch_with_one_bad_check_in_stores_none_of_it(store):
    batch = [*many_checkins(5), CheckIn(taken_at=at(20), values={"pain_now": 12.0})]
    with pytest.raises(InvalidCheckIn):
        store.checkins.add_many(batch)
    assert store.checkins.count() == 0


def test_a_failure_half_way_through_a_save_leaves_nothing_behind(store, monkeypatch):
    def broken(*_):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store.checkins, "_write_children", broken)
    with pytest.raises(RuntimeError):
        store.checkins.add(FULL)
    assert store._db.execute("SELECT COUNT(*) FROM checkins").fetchone()[0] == 0


def test_a_snapshot_holds_the_period_oldest_first(store):
    store.checkins.add_many(many_checkins(72))
    snap = store.snapshot(date(2026, 11, 19), date(2026, 11, 20))
    assert len(snap.checkins) == 24 + 21  # the 19th whole, the 20th until 20:00
    assert snap.checkins[0].taken_at < snap.checkins[-1].taken_at
    assert (snap.first_day, snap.last_day) == (date(2026, 11, 19), date(2026, 11, 20))


def test_a_batch_gets_new_ids_after_the_highest_and_reads_back_whole(store):
    first = store.checkins.add(FULL)
    carried = [c.with_id(999) for c in many_checkins(3)]  # ids from another journal
    saved = store.checkins.add_many([FULL.with_id(7), *carried])
    assert [c.id for c in saved] == [first.id + 1, first.id + 2, first.id + 3, first.id + 4]
    assert store.checkins.get(saved[0].id) == saved[0]
    assert store.checkins.get(saved[0].id).pain_sites == FULL.pain_sites
    assert {c.id: c for c in store.checkins.between()} == {c.id: c for c in [first, *saved]}
    # SQLite goes on from there: the next single save takes the id after the batch.
    assert store.checkins.add(FULL).id == saved[-1].id + 1
