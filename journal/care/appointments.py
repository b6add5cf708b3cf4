"""Appointments and the questions to bring to them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from journal.care.records import Appointment
from journal.text import readable_fields
from journal.translation import translate
from journal.validation import FieldError

MAX_QUESTION = 500


@dataclass(frozen=True)
class Question:
    """A question to ask at an appointment, one line of a checklist built over days.

    Attributes:
        text: the question.
        done: ticked off (asked, or no longer needed).
        appointment_id: the appointment it is for; None for "my next appointment" when none
            is booked yet.
        position: its place in the checklist.
        id: the journal's identifier, None until saved.
    """

    text: str
    done: bool = False
    appointment_id: int | None = None
    position: int = 0
    id: int | None = None

    def __post_init__(self) -> None:
        # Text an import brought may hold lone surrogates, which cannot be stored.
        readable_fields(self)


def validate_appointment(appointment: Appointment) -> list[FieldError]:
    """Every problem with an appointment as typed."""
    if appointment.at.tzinfo is None:
        return [FieldError("at", translate("Care", "The appointment needs a date and time."))]
    return []


def validate_question(text: str) -> list[FieldError]:
    """The problem with a question's text, if any."""
    if not text.strip():
        return [FieldError("text", translate("Care", "Type the question first."))]
    if len(text) > MAX_QUESTION:
        too_long = translate("Care", "Keep a question under {count} characters.")
        return [FieldError("text", too_long.format(count=MAX_QUESTION))]
    return []


def next_appointment(appointments: Iterable[Appointment], now: datetime) -> Appointment | None:
    """The first appointment from ``now`` on (the rest of today counts), if one is booked."""
    coming = [a for a in appointments if a.at.date() >= now.date()]
    return min(coming, key=lambda a: a.at) if coming else None
