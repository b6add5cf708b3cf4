"""Which backups are kept: today's and yesterday's, then 12 daily, 10 weekly, 9 monthly."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from journal.backup_rotation import KeepLimits, backups_to_keep

TODAY = date(2024, 6, 15)
NOW = datetime(2024, 6, 15, 18, 0)

moments = st.lists(
    st.datetimes(min_value=datetime(2022, 1, 1), max_value=NOW), max_size=120, unique=True
)


@given(moments)
def test_every_backup_of_today_and_yesterday_is_kept(taken):
    kept = backups_to_keep(taken, TODAY)
    recent = {t for t in taken if t.date() >= TODAY - timedelta(days=1)}
    assert recent <= kept


@given(moments)
def test_only_given_backups_are_kept_and_no_more_than_the_limits(taken):
    kept = backups_to_keep(taken, TODAY)
    recent = {t for t in taken if t.date() >= TODAY - timedelta(days=1)}
    assert kept <= set(taken)
    assert len(kept - recent) <= 12 + 10 + 9


@given(moments)
def test_thinning_what_was_kept_keeps_it_all(taken):
    kept = backups_to_keep(taken, TODAY)
    assert backups_to_keep(kept, TODAY) == kept


@given(moments)
def test_the_newest_backup_is_always_kept(taken):
    if taken:
        assert max(taken) in backups_to_keep(taken, TODAY)


def test_older_days_keep_only_their_newest_backup():
    two_days_ago = datetime(2024, 6, 13)
    taken = [two_days_ago.replace(hour=h) for h in (9, 12, 20)]
    assert backups_to_keep(taken, TODAY) == {two_days_ago.replace(hour=20)}


def test_after_the_daily_ones_one_a_week_then_one_a_month():
    taken = [NOW - timedelta(days=d) for d in range(400)]
    kept = sorted(backups_to_keep(taken, TODAY), reverse=True)
    older = kept[2:]  # today and yesterday
    daily, weekly, monthly = older[:12], older[12:22], older[22:]
    assert [(a - b).days for a, b in pairwise(daily)] == [1] * 11
    assert all((a - b).days == 7 for a, b in pairwise(weekly))
    assert len(monthly) == 9
    assert len({(m.year, m.month) for m in monthly}) == 9


def test_limits_can_be_smaller():
    taken = [NOW - timedelta(days=d) for d in range(60)]
    kept = backups_to_keep(taken, TODAY, KeepLimits(daily=3, weekly=0, monthly=0))
    assert len(kept) == 2 + 3


def test_a_year_of_backups_every_half_hour_stays_a_few_dozen_files():
    # A simulated clock: the window backs up every 30 minutes from 8:00 to 22:00 for 400
    # days, thinning after each backup as the store does.
    kept: set[datetime] = set()
    clock = datetime(2023, 5, 1, 8, 0)
    end = clock + timedelta(days=400)
    most = 0
    while clock < end:
        kept = backups_to_keep(kept | {clock}, clock.date())
        most = max(most, len(kept))
        clock += timedelta(minutes=30)
        if clock.hour >= 22:
            clock = (clock + timedelta(days=1)).replace(hour=8, minute=0)
    last_day = (end - timedelta(days=1)).date()
    # Today's and yesterday's 28 half-hours each, then 12 + 10 + 9.
    assert most <= 2 * 28 + 31
    assert min(kept).date() <= last_day - timedelta(days=7 * 10 + 12 + 8 * 28)
    assert sum(1 for t in kept if t.date() < last_day - timedelta(days=1)) == 31
