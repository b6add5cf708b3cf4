"""Red flags: patterns in a journal that are worth telling a doctor — never a diagnosis.

Pure domain code: reads a :class:`journal.snapshot.JournalSnapshot`, no Qt, no SQL.
"""

from journal.flags.model import Acknowledgement, DataPoint, Flag, Level, Rule
from journal.flags.review import (
    FlagReview,
    active,
    flag_markers,
    flags_between,
    most_pressing_first,
    pressing_order,
    review,
    to_look_at_first,
)
from journal.flags.rules import find_flags, has_anything_to_check
from journal.flags.thresholds import Thresholds, validate_thresholds

__all__ = [
    "Acknowledgement",
    "DataPoint",
    "Flag",
    "FlagReview",
    "Level",
    "Rule",
    "Thresholds",
    "active",
    "find_flags",
    "flag_markers",
    "flags_between",
    "has_anything_to_check",
    "most_pressing_first",
    "pressing_order",
    "review",
    "to_look_at_first",
    "validate_thresholds",
]
