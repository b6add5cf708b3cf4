"""A saved check-in survives a crash; what is read back is what was saved."""

import subprocess
import sys
from datetime import timedelta, timezone

from builders import at
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from journal.checkin import CheckIn
from journal.metrics import BUILTIN_METRICS, MetricKind
from journal.pain import Character, PainSite, Region, Side
from journal.store import open_journal

CRASH_AFTER_SAVE = """
import os, sys
from datetime import datetime, timezone, timedelta
from journal.checkin import CheckIn
from journal.store import open_journal
store = open_journal(sys.argv[1])
store.checkins.add(CheckIn(datetime(2026, 11, 20, 21, 0, tzinfo=timezone.utc),
                           {"pain_now": 8.0, "temperature": 38.6}))
os._exit(9)  # no close, no checkpoint: as if the power went
"""


def test_a_saved_check_in_survives_the_program_dying_right_after(journal_path):
    open_journal(journal_path).close()
    done = subprocess.run([sys.executable, "-c", CRASH_AFTER_SAVE, str(journal_path)])
    assert done.returncode == 9
    with open_journal(journal_path) as again:
        [survivor] = again.checkins.between()
    assert survivor.values == {"pain_now": 8.0, "temperature": 38.6}


def _value(metric):
    if metric.kind is MetricKind.SCALE:
        return st.integers(0, 10).map(float)
    if metric.is_boolean:
        return st.sampled_from([0.0, 1.0])
    return st.floats(metric.minimum, metric.maximum, allow_nan=False).map(lambda v: round(v, 2))


checkins = st.builds(
    CheckIn,
    taken_at=st.builds(
        lambda day, minutes, offset: (
            at(day, 0, tz=timezone(timedelta(minutes=offset))) + timedelta(minutes=minutes)
        ),
        st.integers(1, 19),
        st.integers(0, 24 * 60 - 1),
        st.integers(-12 * 60, 14 * 60).map(lambda m: m - m % 15),
    ),
    values=st.fixed_dictionaries({}, optional={m.key: _value(m) for m in BUILTIN_METRICS}),
    pain_sites=st.frozensets(st.builds(PainSite, st.sampled_from(Region), st.sampled_from(Side))),
    pain_characters=st.frozensets(st.sampled_from(Character)),
    note=st.text(max_size=200),
    show_doctor=st.booleans(),
)


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(checkin=checkins)
def test_any_valid_check_in_reads_back_exactly(store, checkin):
    saved = store.checkins.add(checkin)
    assert store.checkins.get(saved.id) == saved
    assert saved.taken_at.utcoffset() == checkin.taken_at.utcoffset()
