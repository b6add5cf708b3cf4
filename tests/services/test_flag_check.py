"""One flag pipeline: what the window, the command line and the summary are shown."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from journal.checkin import CheckIn
from journal.flags import Acknowledgement, Thresholds, find_flags
from journal.services.flag_check import check_flags
from journal.snapshot import JournalSnapshot
from journal.units import UnitPreferences

UTC1 = timezone(timedelta(hours=1))


def _fever_with_pain(day: date) -> CheckIn:
    return CheckIn(
        datetime(day.year, day.month, day.day, 9, tzinfo=UTC1),
        {"pain_now": 6.0, "temperature": 38.6},
    )


def _snapshot(*days: date) -> JournalSnapshot:
    return JournalSnapshot(checkins=tuple(_fever_with_pain(d) for d in days))


def test_the_flags_of_a_period_are_found_on_the_whole_journal_then_chosen():
    snapshot = _snapshot(date(2026, 3, 2), date(2026, 11, 2))
    found = check_flags(
        snapshot, Thresholds(), UnitPreferences(), {}, date(2026, 11, 3), first=date(2026, 11, 1)
    )
    assert [r.flag.first_day for r in found.reviews] == [date(2026, 11, 2)]
    assert found.checked_anything


def test_the_reviews_carry_the_acknowledgements():
    snapshot = _snapshot(date(2026, 11, 2))
    [flag] = find_flags(snapshot, Thresholds(), UnitPreferences())
    seen = Acknowledgement(flag.key, flag.last_day, datetime(2026, 11, 3, 8, tzinfo=UTC1))
    found = check_flags(
        snapshot, Thresholds(), UnitPreferences(), {flag.key: seen}, date(2026, 11, 3)
    )
    assert [r.acknowledgement for r in found.reviews] == [seen]


def test_an_empty_journal_has_nothing_checked():
    found = check_flags(JournalSnapshot(), Thresholds(), UnitPreferences(), {}, date(2026, 11, 3))
    assert found.reviews == [] and not found.checked_anything and found.recovery is None
