"""Days folded again only where the check-ins changed, and always the same as a fresh fold."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from journal.checkin import CheckIn
from journal.flags.days import DayFolds, fold_days
from tests.builders import at


def _checkin(day: int, hour: int, temperature: float) -> CheckIn:
    return CheckIn(at(1, hour) + timedelta(days=day), {"temperature": temperature, "pain_now": 4})


def test_an_unchanged_day_keeps_its_fold_and_a_changed_one_is_folded_again():
    monday, tuesday = _checkin(0, 8, 37.0), _checkin(1, 8, 37.2)
    folds = DayFolds()
    before = folds.fold([monday, tuesday])
    later = _checkin(1, 20, 38.4)
    after = folds.fold([monday, tuesday, later])
    assert after[monday.local_date] is before[monday.local_date]
    assert after[tuesday.local_date] is not before[tuesday.local_date]
    assert after[tuesday.local_date].temperature == 38.4


def test_an_equal_but_new_check_in_is_folded_again():
    # Identity, not equality, says "unchanged": a check-in read anew may differ in what
    # equality ignores, and folding one day costs little.
    first = _checkin(0, 8, 37.0)
    folds = DayFolds()
    before = folds.fold([first])
    again = folds.fold([CheckIn(first.taken_at, dict(first.values))])
    assert again[first.local_date] is not before[first.local_date]
    assert again == before


_edit = st.tuples(
    st.sampled_from(["add", "remove", "replace"]),
    st.integers(0, 9),  # day
    st.integers(0, 23),  # hour
    st.floats(35.0, 41.0, allow_nan=False).map(lambda t: round(t, 1)),
)


@settings(max_examples=60, deadline=None)
@given(st.lists(_edit, max_size=25))
def test_after_any_sequence_of_edits_the_folds_equal_a_fresh_fold(edits):
    checkins: list[CheckIn] = []
    folds = DayFolds()
    for action, day, hour, temperature in edits:
        if action == "add" or not checkins:
            checkins.append(_checkin(day, hour, temperature))
        elif action == "remove":
            checkins.pop(day % len(checkins))
        else:
            checkins[day % len(checkins)] = _checkin(day, hour, temperature)
        ordered = sorted(checkins, key=lambda c: c.taken_at)
        assert folds.fold(ordered) == fold_days(ordered)
