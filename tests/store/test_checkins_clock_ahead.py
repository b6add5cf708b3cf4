"""A check-in saved while the computer's clock was ahead is never lost once it is put right."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta

import pytest

from journal.checkin import CheckIn, local_now
from journal.validation import InvalidCheckIn

AHEAD = [timedelta(hours=1), timedelta(days=1)]


def _saved_while_ahead(store, monkeypatch, ahead: timedelta) -> CheckIn:
    right = local_now().replace(second=0, microsecond=0)
    monkeypatch.setattr("journal.store.checkins.local_now", lambda: right + ahead)
    saved = store.checkins.add(CheckIn(taken_at=right + ahead, values={"pain_now": 6}))
    monkeypatch.setattr("journal.store.checkins.local_now", lambda: right)  # clock put right
    return saved


@pytest.mark.parametrize("ahead", AHEAD)
def test_it_can_be_deleted_and_put_back(store, monkeypatch, ahead):
    saved = _saved_while_ahead(store, monkeypatch, ahead)
    deleted = store.checkins.delete(saved.id)
    assert store.checkins.restore(deleted) == saved
    assert store.checkins.get(saved.id) == saved


@pytest.mark.parametrize("ahead", AHEAD)
def test_it_can_be_changed_keeping_its_time(store, monkeypatch, ahead):
    saved = _saved_while_ahead(store, monkeypatch, ahead)
    store.checkins.update(replace(saved, values={"pain_now": 2}, note="clock was wrong"))
    assert store.checkins.get(saved.id).value("pain_now") == 2


def test_its_time_can_be_corrected_to_the_past(store, monkeypatch):
    saved = _saved_while_ahead(store, monkeypatch, timedelta(days=1))
    earlier = saved.taken_at - timedelta(days=1)
    store.checkins.update(replace(saved, taken_at=earlier))
    assert store.checkins.get(saved.id).taken_at == earlier


def test_a_new_future_time_is_still_refused_when_changing_it(store, monkeypatch):
    saved = _saved_while_ahead(store, monkeypatch, timedelta(hours=1))
    with pytest.raises(InvalidCheckIn):
        store.checkins.update(replace(saved, taken_at=saved.taken_at + timedelta(hours=2)))
    assert store.checkins.get(saved.id) == saved
