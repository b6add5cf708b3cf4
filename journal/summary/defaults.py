"""What the summary starts with: the sections and the paper last chosen, as kept per user.

Kept per user (in the program's settings), not per journal: which sections a clinician
wants and the paper in the printer belong to the person and their desk. The same keys are
read by Prepare summary… and edited in Preferences, so the two can never disagree.
"""

from __future__ import annotations

from journal.summary.request import Paper, Section

SECTIONS_KEY = "summary/sections"
PAPER_KEY = "summary/paper"


def sections_from_text(stored: object) -> frozenset[Section]:
    """The sections kept as text; all of them when nothing was kept yet."""
    if stored is None:
        return frozenset(Section)
    known = {s.value: s for s in Section}
    return frozenset(known[w] for w in str(stored).split(",") if w in known)


def sections_text(sections: frozenset[Section]) -> str:
    """The sections as kept: a comma-separated text, in the document's order.

    Text, not a list: an INI file cannot tell an empty list from no value.
    """
    return ",".join(s.value for s in Section if s in sections)


def paper_from_text(stored: object, locale_paper: Paper) -> Paper:
    """The paper kept, or the locale's when none (or an unknown one) was kept."""
    known = {p.value: p for p in Paper}
    return known.get(str(stored), locale_paper) if stored is not None else locale_paper
