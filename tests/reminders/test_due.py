"""What is due now, over days and over sequences of clock ticks (no Qt, no disk)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from journal.care.records import DoseEvent, DoseStatus, Purpose, Regimen, Route
from journal.reminders.due import (
    JournalNow,
    ReminderKind,
    ReminderLedger,
    ReminderPlan,
    due_now,
)

DAY = date(2026, 11, 23)
PLAN = ReminderPlan(checkin_at=time(20, 0), doses=True)


def _at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime.combine(day, time(hour, minute))


def _medicine(regimen_id: int = 1, times=(time(8), time(14), time(20)), **kw) -> Regimen:
    return Regimen(
        name=kw.pop("name", "Flucloxacillin"),
        dose=500,
        dose_unit="mg",
        route=Route.ORAL,
        purpose=Purpose.ANTIBIOTIC,
        start=kw.pop("start", DAY - timedelta(days=3)),
        times_per_day=len(times),
        dose_times=tuple(times),
        id=regimen_id,
        **kw,
    )


def test_nothing_is_due_before_its_time():
    journal = JournalNow(regimens=(_medicine(),))
    assert due_now(PLAN, journal, _at(7, 59)) == []


def test_the_check_in_reminder_is_due_at_its_time():
    [due] = due_now(ReminderPlan(time(20, 0), doses=False), JournalNow(), _at(20, 0))
    assert (due.kind, due.at) == (ReminderKind.CHECK_IN, time(20, 0))


def test_a_check_in_made_after_the_reminder_time_answers_it():
    journal = JournalNow(checkins=(_at(20, 10),))
    assert due_now(PLAN, journal, _at(21, 0)) == []


def test_a_check_in_made_just_before_the_reminder_time_answers_it():
    journal = JournalNow(checkins=(_at(19, 30),))
    assert due_now(PLAN, journal, _at(20, 0)) == []


def test_a_morning_check_in_does_not_answer_the_evening_reminder():
    journal = JournalNow(checkins=(_at(7, 0),))
    assert [r.kind for r in due_now(PLAN, journal, _at(20, 0))] == [ReminderKind.CHECK_IN]


def test_yesterdays_check_in_does_not_answer_todays_reminder():
    journal = JournalNow(checkins=(_at(20, 30, DAY - timedelta(days=1)),))
    assert len(due_now(PLAN, journal, _at(20, 0))) == 1


def test_a_dose_logged_is_not_reminded_of():
    journal = JournalNow(
        regimens=(_medicine(),), doses=(DoseEvent(1, _at(8, 5), DoseStatus.TAKEN),)
    )
    due = due_now(ReminderPlan(doses=True), journal, _at(14, 0))
    assert [r.at for r in due] == [time(14)]


def test_a_dose_logged_as_missed_is_not_reminded_of_either():
    journal = JournalNow(
        regimens=(_medicine(times=(time(8),)),),
        doses=(DoseEvent(1, _at(9), DoseStatus.MISSED),),
    )
    assert due_now(ReminderPlan(doses=True), journal, _at(10)) == []


def test_no_dose_reminders_for_a_medicine_as_needed_or_a_course_ended():
    as_needed = Regimen("Paracetamol", 1, "g", Route.ORAL, Purpose.PAIN_RELIEF, DAY, id=2)
    ended = _medicine(3, start=DAY - timedelta(days=10), end=DAY - timedelta(days=1))
    journal = JournalNow(regimens=(as_needed, ended))
    assert due_now(ReminderPlan(doses=True), journal, _at(23)) == []


def test_dose_reminders_can_be_turned_off():
    journal = JournalNow(regimens=(_medicine(),))
    assert due_now(ReminderPlan(doses=False), journal, _at(23)) == []


def test_a_reminder_is_shown_once_however_often_the_clock_ticks():
    ledger = ReminderLedger()
    journal = JournalNow(regimens=(_medicine(times=(time(8),)),))
    first = ledger.tick(PLAN, journal, _at(8, 0))
    again = ledger.tick(PLAN, journal, _at(8, 1))
    assert (len(first), again) == (1, [])


def test_missed_doses_of_one_medicine_are_shown_once_not_stacked():
    ledger = ReminderLedger()
    journal = JournalNow(regimens=(_medicine(),))
    # The computer slept from before 08:00 until 21:00: three doses and the check-in passed.
    shown = ledger.tick(PLAN, journal, _at(21, 0))
    doses = [r for r in shown if r.kind is ReminderKind.DOSE]
    assert [(r.at, r.missed) for r in doses] == [(time(20), True)]
    assert ledger.tick(PLAN, journal, _at(21, 1)) == []


def test_a_reminder_shown_on_time_is_not_called_missed():
    [shown] = ReminderLedger().tick(ReminderPlan(time(20)), JournalNow(), _at(20, 1))
    assert not shown.missed


def test_yesterdays_missed_reminders_are_not_brought_up():
    journal = JournalNow(regimens=(_medicine(times=(time(22),)),))
    assert ReminderLedger().tick(PLAN, journal, _at(0, 30)) == []


def test_a_clock_set_back_shows_nothing_again():
    ledger = ReminderLedger()
    ledger.tick(PLAN, JournalNow(), _at(20, 5))
    assert ledger.tick(PLAN, JournalNow(), _at(20, 1)) == []


def test_forgetting_old_days_keeps_todays_keys():
    ledger = ReminderLedger({"2026-11-22 check-in 20:00", "2026-11-23 check-in 20:00"})
    ledger.forget_before(DAY)
    assert ledger.shown == {"2026-11-23 check-in 20:00"}


# --- over sequences of clock ticks ------------------------------------------------------------

_steps = st.lists(
    st.one_of(
        st.integers(1, 3),  # the timer ticking
        st.integers(4, 60 * 20),  # asleep for a while
    ),
    min_size=1,
    max_size=60,
)
_times = st.lists(
    st.times().map(lambda t: t.replace(second=0, microsecond=0)), min_size=1, max_size=4
)


def _run(steps, plan, journal, start):
    ledger, now, fired = ReminderLedger(), start, []
    for minutes in steps:
        now += timedelta(minutes=minutes)
        fired.append((now, ledger.tick(plan, journal, now)))
    return fired


@settings(max_examples=150, deadline=None)
@given(steps=_steps, times=_times, checkin_at=st.times().map(lambda t: t.replace(microsecond=0)))
def test_no_reminder_is_ever_shown_twice(steps, times, checkin_at):
    journal = JournalNow(regimens=(_medicine(times=sorted(set(times))),))
    fired = _run(steps, ReminderPlan(checkin_at), journal, _at(0, 0))
    keys = [r.key for _, shown in fired for r in shown]
    assert len(keys) == len(set(keys))


@settings(max_examples=150, deadline=None)
@given(steps=_steps, times=_times)
def test_at_most_one_reminder_of_each_thing_at_a_tick_and_never_early(steps, times):
    regimens = (_medicine(1, times=sorted(set(times))), _medicine(2, times=(time(9),)))
    fired = _run(steps, ReminderPlan(time(20)), JournalNow(regimens=regimens), _at(0, 0))
    for now, shown in fired:
        series = [r.series for r in shown]
        assert len(series) == len(set(series))
        assert all(datetime.combine(r.day, r.at) <= now and r.day == now.date() for r in shown)


@settings(max_examples=150, deadline=None)
@given(steps=_steps, times=_times, started=st.integers(0, 21 * 60))
def test_every_dose_due_while_the_timer_ticks_is_shown_on_time(steps, times, started):
    # With the timer ticking every minute or two and never asleep, nothing is missed.
    times = sorted(set(times))
    start = _at(0) + timedelta(minutes=started)
    journal = JournalNow(regimens=(_medicine(times=times),))
    fired = _run([min(s, 2) for s in steps], ReminderPlan(doses=True), journal, start)
    end = fired[-1][0]
    shown = [r for _, rs in fired for r in rs if _at(r.at.hour, r.at.minute) > start]
    assert [r.at for r in shown] == [t for t in times if start < _at(t.hour, t.minute) <= end]
    assert not any(r.missed for r in shown)


@settings(max_examples=100, deadline=None)
@given(steps=_steps, made=st.integers(0, 24 * 60 - 1))
def test_no_check_in_reminder_after_a_check_in_that_answers_it(steps, made):
    checkin = _at(0) + timedelta(minutes=made)
    fired = _run(steps, ReminderPlan(time(20)), JournalNow(checkins=(checkin,)), _at(0, 0))
    if checkin >= _at(19, 0):
        # It answers that day's reminder; the clock may run on into the next day, whose
        # reminder it does not answer.
        assert [r for _, rs in fired for r in rs if r.day == checkin.date()] == []
