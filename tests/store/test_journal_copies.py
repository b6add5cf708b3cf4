"""A sync's conflicted copy of the journal: its missing check-ins found by their moment,
added all at once; changed ones and other records only counted; the copy never written."""

import hashlib
import shutil
from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from journal.checkin import CheckIn
from journal.lesions.lesion import Lesion
from journal.metrics import Group, Metric, MetricKind
from journal.pain import Region, Side
from journal.store import open_journal
from journal.store.journal_copies import CopyUnreadable, add_missing_checkins, compare_copy

CET = timezone(timedelta(hours=1))


def _at(day, hour=9):
    return datetime(2026, 11, day, hour, tzinfo=UTC)


@pytest.fixture
def pair(tmp_path):
    """A journal and its conflicted copy, changed apart after the sync split them."""
    journal = tmp_path / "journal.sqlite"
    with open_journal(journal) as store:
        store.checkins.add(CheckIn(_at(1), {"pain_now": 3.0}))
        store.checkins.add(CheckIn(_at(2), {"pain_now": 4.0}))
    copy = tmp_path / "journal (Ann's conflicted copy 2026-11-05).sqlite"
    shutil.copy(journal, copy)
    with open_journal(copy) as other:
        itch = other.metrics.add_custom(
            Metric("own_itch", "Itch", MetricKind.SCALE, Group.CUSTOM, builtin=False)
        )
        # Saved on the other computer only; the same moment written in another zone.
        other.checkins.add(CheckIn(_at(3).astimezone(CET), {"pain_now": 6.0, itch.key: 2.0}))
        other.checkins.add(CheckIn(_at(4), {"pain_now": 7.0}, note="fever again"))
        changed = next(c for c in other.checkins.between() if c.taken_at == _at(2))
        other.checkins.update(CheckIn(changed.taken_at, {"pain_now": 9.0}, id=changed.id))
        other.lesions.add_lesion(Lesion("Boil", Region.NECK, Side.LEFT, date(2026, 11, 3)))
    with open_journal(journal) as store:
        store.checkins.add(CheckIn(_at(4, 20), {"pain_now": 2.0}))
    return journal, copy


def test_the_copy_s_own_check_ins_are_missing_and_a_changed_one_is_counted(pair):
    journal, copy = pair
    with open_journal(journal) as store:
        difference = compare_copy(store, copy)
    assert [c.taken_at for c in difference.missing] == [_at(3), _at(4)]
    assert difference.changed == 1
    assert [m.key for m in difference.own_symptoms] == ["own_itch"]
    assert difference.more_records == (("lesions", 1),)


def test_adding_them_brings_each_once_and_the_copy_is_never_written(pair):
    journal, copy = pair
    before = hashlib.sha256(copy.read_bytes()).hexdigest()
    with open_journal(journal) as store:
        add_missing_checkins(store, compare_copy(store, copy))
        assert store.checkins.count() == 5
        assert compare_copy(store, copy).missing == ()
        added = [c for c in store.checkins.between() if c.taken_at == _at(3)]
        assert added[0].values["own_itch"] == 2.0
        # The changed one is left as this journal has it.
        kept = next(c for c in store.checkins.between() if c.taken_at == _at(2))
        assert kept.values["pain_now"] == 4.0
    assert hashlib.sha256(copy.read_bytes()).hexdigest() == before


def test_a_file_that_is_no_journal_is_refused_in_words(tmp_path):
    journal = tmp_path / "journal.sqlite"
    copy = tmp_path / "journal (conflicted copy).sqlite"
    copy.write_bytes(b"not a journal at all" * 300)
    with open_journal(journal) as store, pytest.raises(CopyUnreadable, match="cannot be read"):
        compare_copy(store, copy)
