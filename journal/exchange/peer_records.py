"""What reading another tracker's export gives: the preview, and the problem that stops it.

Kept apart from :mod:`journal.exchange.peers` so that each tracker's reader can use these
without importing the module that chooses between the readers.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from journal.checkin import CheckIn
from journal.metrics import Metric
from journal.translation import translate


class PeerFormat(StrEnum):
    """Another tracker whose export the journal reads."""

    TRACK_AND_GRAPH = "trackandgraph"
    FLAREDOWN = "flaredown"
    BEARABLE = "bearable"


class ImportProblem(ValueError):
    """A file that cannot be imported; nothing is. ``line`` is 1-based, 0 for the file."""

    def __init__(self, line: int, message: str) -> None:
        # Said inside a sentence ("…: {problem}. Nothing was imported."): no full stop of
        # its own, or the sentence gets two.
        message = message.removesuffix(".")
        where = translate("Exchange", "line {line}: {message}")
        super().__init__(where.format(line=line, message=message) if line else message)
        self.line = line
        self.message = message


@dataclass(frozen=True)
class Mapped:
    """How one of their names lands in the journal.

    Attributes:
        theirs: the name in their file ("Back pain").
        ours: the metric key it becomes ("pain_now", or a new own symptom's key).
        note: what was done to the values ("0–4 scaled to 0–10"), empty when nothing.
    """

    theirs: str
    ours: str
    note: str = ""


@dataclass(frozen=True)
class Skipped:
    """A line or value left out, and why."""

    line: int
    reason: str


@dataclass(frozen=True)
class PeerImport:
    """What an import would add: shown as a preview, then written all or nothing.

    Attributes:
        checkins: the check-ins to add, oldest first.
        new_metrics: the user's own symptoms to create first (their keys appear in
            ``checkins``).
        mapped: each of their names and where it goes.
        skipped: what is left out, with reasons.
    """

    checkins: tuple[CheckIn, ...]
    new_metrics: tuple[Metric, ...]
    mapped: tuple[Mapped, ...]
    skipped: tuple[Skipped, ...] = ()
