"""What is due now: the check-in and dose reminders to show at a tick of the clock.

The rules, each for a reason a tired person would give:

- A reminder is shown once. Each has a key (the day, what it is for, its time of day); a
  key shown is never shown again, whatever the clock does next.
- A missed reminder is shown once, not stacked: when the program was closed or the
  computer asleep through several reminders of the same thing (three doses of one medicine
  since the morning), only the latest of them is shown, and the earlier ones count as shown.
  Yesterday's are not brought up at all: it is too late for them.
- No check-in reminder once today's check-in is made: a check-in made from an hour before
  the reminder's time on answers it (a morning check-in does not answer an evening
  reminder, but one made at 19:45 answers the one of 20:00).
- No dose reminder for a dose already logged: today's doses of a medicine, taken or
  missed, cover its times of day in order, as "Took today's doses" counts them
  (:func:`journal.care.medicines.todays_missing_doses`).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from journal.care.medicines import scheduled_times
from journal.care.records import DoseEvent, Regimen
from journal.translation import translate

# A check-in made this long before the reminder's time answers it already.
EARLY_ANSWER = timedelta(hours=1)
# Shown this late, a reminder says it was missed: the clock ticks far more often than this.
MISSED_AFTER = timedelta(minutes=5)


class ReminderKind(StrEnum):
    """What a reminder asks for."""

    CHECK_IN = "check-in"
    DOSE = "dose"


@dataclass(frozen=True)
class Reminder:
    """One reminder due.

    Attributes:
        kind: a check-in or a dose.
        day: the local day it is for.
        at: its time of day.
        regimen_id: the medicine of a dose reminder; None for the check-in.
        medicine: the medicine's name ("" for the check-in).
        missed: shown well after its time (the program was closed or the computer asleep).
    """

    kind: ReminderKind
    day: date
    at: time
    regimen_id: int | None = None
    medicine: str = ""
    missed: bool = False

    @property
    def key(self) -> str:
        """The same text for the same check-in or dose, whenever it is worked out."""
        what = "check-in" if self.regimen_id is None else f"dose {self.regimen_id}"
        return f"{self.day.isoformat()} {what} {self.at:%H:%M}"

    @property
    def series(self) -> str:
        """What the reminder is about, whatever its time: the check-in, or one medicine."""
        return "check-in" if self.regimen_id is None else f"dose {self.regimen_id}"

    def text(self) -> str:
        """The notification's words."""
        if self.kind is ReminderKind.CHECK_IN:
            if self.missed:
                return translate(
                    "Reminders", "Today's check-in is not made yet (reminder of {time})."
                ).format(time=f"{self.at:%H:%M}")
            return translate("Reminders", "Time for today's check-in: how are you?")
        if self.missed:
            return translate(
                "Reminders", "The {time} dose of {medicine} is not logged yet."
            ).format(time=f"{self.at:%H:%M}", medicine=self.medicine)
        return translate("Reminders", "Time for your {time} dose of {medicine}.").format(
            time=f"{self.at:%H:%M}", medicine=self.medicine
        )


@dataclass(frozen=True)
class ReminderPlan:
    """What to remind of, as the user chose.

    Attributes:
        checkin_at: the daily check-in reminder's time; None for no check-in reminder.
        doses: remind of each scheduled dose of the medicines running today.
    """

    checkin_at: time | None = None
    doses: bool = True


@dataclass(frozen=True)
class JournalNow:
    """What the journal holds that answers a reminder.

    Attributes:
        checkins: the local times of today's check-ins (others are ignored).
        regimens: every medicine.
        doses: the doses logged (others than today's are ignored).
    """

    checkins: tuple[datetime, ...] = ()
    regimens: tuple[Regimen, ...] = ()
    doses: tuple[DoseEvent, ...] = ()


def _at(day: date, moment: time) -> datetime:
    return datetime.combine(day, moment)


def _checkin_due(plan: ReminderPlan, journal: JournalNow, now: datetime) -> list[Reminder]:
    if plan.checkin_at is None or _at(now.date(), plan.checkin_at) > now:
        return []
    answered_from = _at(now.date(), plan.checkin_at) - EARLY_ANSWER
    if any(c.date() == now.date() and c >= answered_from for c in journal.checkins):
        return []
    return [Reminder(ReminderKind.CHECK_IN, now.date(), plan.checkin_at)]


def _doses_due(journal: JournalNow, now: datetime) -> list[Reminder]:
    today = now.date()
    logged: dict[int, int] = {}
    for dose in journal.doses:
        if dose.at.date() == today:
            logged[dose.regimen_id] = logged.get(dose.regimen_id, 0) + 1
    due: list[Reminder] = []
    for regimen in journal.regimens:
        if regimen.id is None or regimen.as_needed or not regimen.active_on(today):
            continue
        times = scheduled_times(regimen)[logged.get(regimen.id, 0) :]
        due += [
            Reminder(ReminderKind.DOSE, today, at, regimen.id, regimen.name)
            for at in times
            if _at(today, at) <= now
        ]
    return due


def due_now(plan: ReminderPlan, journal: JournalNow, now: datetime) -> list[Reminder]:
    """Every reminder whose time has come today and that the journal has not answered."""
    found = _checkin_due(plan, journal, now)
    if plan.doses:
        found += _doses_due(journal, now)
    return found


@dataclass
class ReminderLedger:
    """The reminders shown so far, so that none is shown twice.

    Attributes:
        shown: the keys of the reminders shown (or passed over as stacked), any day.
    """

    shown: set[str] = field(default_factory=set)

    def tick(self, plan: ReminderPlan, journal: JournalNow, now: datetime) -> list[Reminder]:
        """The reminders to show at ``now``: each once, the latest of each series alone.

        A clock set back is safe: a key shown stays shown.
        """
        latest: dict[str, Reminder] = {}
        for reminder in due_now(plan, journal, now):
            if reminder.key in self.shown:
                continue
            # Passed over when a later one of the same series is due: shown "once, not stacked".
            self.shown.add(reminder.key)
            kept = latest.get(reminder.series)
            if kept is None or kept.at < reminder.at:
                latest[reminder.series] = reminder
        return [_marked_missed(r, now) for r in sorted(latest.values(), key=_order)]

    def forget_before(self, day: date) -> None:
        """Let go of the keys of days before ``day``: they can never be due again."""
        self.shown = {k for k in self.shown if k[:10] >= day.isoformat()}


def _order(reminder: Reminder) -> tuple[time, str]:
    return reminder.at, reminder.series


def _marked_missed(reminder: Reminder, now: datetime) -> Reminder:
    if now - _at(reminder.day, reminder.at) <= MISSED_AFTER:
        return reminder
    return replace(reminder, missed=True)


def shown_keys_of(texts: Iterable[str]) -> set[str]:
    """Keys read back from where they were kept, ignoring anything that is not one."""
    return {t for t in texts if len(t) > 11 and t[4] == "-" and t[10] == " "}
