"""The one family of record errors: a record with problems, or a record that is not there.

The store raises them, the facades and the command line catch them; each subclass exists
only where its message or its catcher needs it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    """A problem with one field: the field's key (a metric, or the time) and what to do about
    it, in words a patient understands."""

    field: str
    message: str


class InvalidRecord(ValueError):
    """A record with problems was about to be saved; ``errors`` says what they are, field by
    field, for the messages beside the fields."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors


class NotFound(LookupError):
    """No record has that id (it may have been deleted meanwhile)."""


class CheckInNotFound(NotFound):
    """No check-in has that id (it may have been deleted)."""


class LesionNotFound(NotFound):
    """No lesion or observation has that id (it may have been deleted)."""


def check(errors: list[FieldError]) -> None:
    """Raise :class:`InvalidRecord` when ``errors`` is not empty."""
    if errors:
        raise InvalidRecord(errors)
