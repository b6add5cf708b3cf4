"""Errors the care-record stores raise: the one record-error family of :mod:`journal.errors`."""

from __future__ import annotations

from journal.errors import InvalidRecord, NotFound, check

# The care record's name for a record that is not there.
RecordNotFound = NotFound

__all__ = ["InvalidRecord", "RecordNotFound", "check"]
