"""Errors the care-record stores raise, shared so the views catch one kind."""

from __future__ import annotations

from journal.validation import FieldError


class InvalidRecord(ValueError):
    """A record with problems was about to be saved; ``errors`` says what they are."""

    def __init__(self, errors: list[FieldError]) -> None:
        super().__init__("; ".join(e.message for e in errors))
        self.errors = errors


class RecordNotFound(LookupError):
    """No record has that id (it may have been deleted)."""


def check(errors: list[FieldError]) -> None:
    """Raise :class:`InvalidRecord` when ``errors`` is not empty."""
    if errors:
        raise InvalidRecord(errors)
