"""What the user asks the summary for: a period, the sections, who it is for, the paper."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from journal.translation import QT_TRANSLATE_NOOP, translate


class Section(StrEnum):
    """A part of the summary the user may leave out. Page 1 (the overview) is always there."""

    TRENDS = "trends"
    MEDICINES = "medicines"
    LABS = "labs"
    LESIONS = "lesions"
    NOTES = "notes"
    CONTEXT = "context"

    @property
    def title(self) -> str:
        """The section's heading, as the dialog and the document name it, in the user's
        language."""
        return translate("Summary", _TITLES[self])


_TITLES = {
    Section.TRENDS: QT_TRANSLATE_NOOP("Summary", "Trend charts"),
    Section.MEDICINES: QT_TRANSLATE_NOOP("Summary", "Medicines"),
    Section.LABS: QT_TRANSLATE_NOOP("Summary", "Labs and imaging"),
    Section.LESIONS: QT_TRANSLATE_NOOP("Summary", "Skin lesions"),
    Section.NOTES: QT_TRANSLATE_NOOP("Summary", "Notes and questions"),
    Section.CONTEXT: QT_TRANSLATE_NOOP("Summary", "Medical context"),
}

ALL_SECTIONS = frozenset(Section)


class Paper(StrEnum):
    """The paper the summary is laid out for."""

    A4 = "a4"
    LETTER = "letter"


@dataclass(frozen=True)
class SummaryRequest:
    """One summary to make.

    Attributes:
        first: the period's first day.
        last: the period's last day (inclusive).
        sections: the optional parts to include.
        patient_name: printed on every page when given.
        birth_date: printed beside the name when given.
        paper: the paper size.
    """

    first: date
    last: date
    sections: frozenset[Section] = ALL_SECTIONS
    patient_name: str = ""
    birth_date: date | None = None
    paper: Paper = Paper.A4

    def __post_init__(self) -> None:
        if self.last < self.first:
            raise ValueError("the period ends before it starts")


def parse_sections(text: str) -> frozenset[Section]:
    """Sections from a comma-separated list ("trends,labs"); "all" or "" for all of them.

    Raises:
        ValueError: naming the unknown sections and the known ones.
    """
    words = [w.strip().lower() for w in text.split(",") if w.strip()]
    if not words or words == ["all"]:
        return ALL_SECTIONS
    known = {s.value: s for s in Section}
    unknown = [w for w in words if w not in known]
    if unknown:
        raise ValueError(
            f"unknown section{'s' if len(unknown) > 1 else ''} {', '.join(unknown)}; "
            f"choose from {', '.join(s.value for s in Section)}"
        )
    return frozenset(known[w] for w in words)
