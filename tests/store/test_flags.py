from datetime import date, datetime, timedelta, timezone

import pytest

from journal.flags import Rule, Thresholds
from journal.flags.model import make_flag
from journal.store import open_journal

CET = timezone(timedelta(hours=1))
SEEN = datetime(2026, 11, 5, 20, 15, tzinfo=CET)


def _flag(first=date(2026, 11, 2), last=date(2026, 11, 4)):
    return make_flag(Rule.NIGHT_SWEATS, [first, last], [], "You recorded night sweats.")


def test_an_acknowledgement_is_kept_in_the_journal(journal_path):
    flag = _flag()
    with open_journal(journal_path) as first:
        first.flags.acknowledge(flag, SEEN)
    with open_journal(journal_path) as again:
        ack = again.flags.acknowledgements()[flag.key]
    assert (ack.last_day, ack.at) == (flag.last_day, SEEN)


def test_acknowledging_again_records_the_later_days_seen(store):
    store.flags.acknowledge(_flag(), SEEN)
    longer = _flag(last=date(2026, 11, 8))
    store.flags.acknowledge(longer, SEEN + timedelta(days=4))
    (ack,) = store.flags.acknowledgements().values()
    assert ack.last_day == date(2026, 11, 8)


def test_a_withdrawn_acknowledgement_is_gone(store):
    store.flags.acknowledge(_flag(), SEEN)
    store.flags.withdraw(_flag())
    assert store.flags.acknowledgements() == {}


def test_an_acknowledgement_needs_a_time_with_its_utc_offset(store):
    with pytest.raises(ValueError, match="UTC offset"):
        store.flags.acknowledge(_flag(), SEEN.replace(tzinfo=None))


def test_flag_thresholds_default_to_the_products(store):
    assert store.settings.flag_thresholds() == Thresholds()


def test_chosen_flag_thresholds_are_remembered(journal_path):
    chosen = Thresholds(fever_celsius=37.8)
    with open_journal(journal_path) as first:
        first.settings.set_flag_thresholds(chosen)
    with open_journal(journal_path) as again:
        assert again.settings.flag_thresholds() == chosen
