"""The reminder choices a user makes in Preferences, as kept in the user's settings.

Kept per user, not per journal: a reminder is about the person's day (when they check in,
whether the program waits in the tray), and the tray is one per login whatever journal is
open. The dose times themselves are the medicines' own, in the journal.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time

from journal.care.medicines import parse_dose_times
from journal.reminders.due import ReminderPlan
from journal.translation import translate
from journal.validation import FieldError

CHECKIN_KEY = "reminders/checkin"
CHECKIN_AT_KEY = "reminders/checkin_at"
DOSES_KEY = "reminders/doses"
TRAY_KEY = "reminders/stay_in_tray"
SHOWN_KEY = "reminders/shown"

DEFAULT_CHECKIN_AT = time(20, 0)


def _flag(value: object, default: bool) -> bool:
    # An INI file gives booleans back as the words "true" and "false".
    if value is None:
        return default
    if isinstance(value, str):
        return value.strip().lower() in ("true", "1", "yes")
    return bool(value)


@dataclass(frozen=True)
class ReminderChoices:
    """Whether and when to remind.

    Attributes:
        checkin: remind of the daily check-in.
        checkin_at: at this time of day.
        doses: remind of each scheduled dose.
        stay_in_tray: closing the window leaves the program in the tray, to keep reminding.
    """

    checkin: bool = False
    checkin_at: time = DEFAULT_CHECKIN_AT
    doses: bool = False
    stay_in_tray: bool = False

    @property
    def any(self) -> bool:
        """True when any reminder is asked for."""
        return self.checkin or self.doses

    def plan(self) -> ReminderPlan:
        """What :func:`journal.reminders.due.due_now` should look for."""
        return ReminderPlan(self.checkin_at if self.checkin else None, self.doses)

    @classmethod
    def from_values(cls, values: Mapping[str, object]) -> ReminderChoices:
        """The choices kept in ``values``; the defaults for anything missing or unreadable."""
        at, errors = parse_time_of_day(str(values.get(CHECKIN_AT_KEY) or ""))
        return cls(
            checkin=_flag(values.get(CHECKIN_KEY), False),
            checkin_at=DEFAULT_CHECKIN_AT if errors or at is None else at,
            doses=_flag(values.get(DOSES_KEY), False),
            stay_in_tray=_flag(values.get(TRAY_KEY), False),
        )

    def values(self) -> dict[str, object]:
        """The choices as settings keys and values."""
        return {
            CHECKIN_KEY: self.checkin,
            CHECKIN_AT_KEY: f"{self.checkin_at:%H:%M}",
            DOSES_KEY: self.doses,
            TRAY_KEY: self.stay_in_tray,
        }


def parse_time_of_day(text: str, field: str = "checkin_at") -> tuple[time | None, list[FieldError]]:
    """One 24-hour time of day typed as "20:00", "20.00" or "20"; a message when it is not one."""
    if not text.strip():
        return None, [
            FieldError(field, translate("Reminders", "Give a time of day, such as 20:00."))
        ]
    times, errors = parse_dose_times(text)
    if errors:
        typed = text.strip()
        message = translate(
            "Reminders", "“{typed}” is not a time of day: write a 24-hour time such as 20:00."
        ).format(typed=typed)
        return None, [FieldError(field, message)]
    if len(times) != 1:
        return None, [
            FieldError(field, translate("Reminders", "Give one time of day, such as 20:00."))
        ]
    return times[0], []
