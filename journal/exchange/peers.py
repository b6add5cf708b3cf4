"""(being written) Reading other trackers' exports: Track & Graph, Flaredown, Bearable."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import tzinfo
from enum import StrEnum

from journal.checkin import CheckIn
from journal.metrics import Metric


class PeerFormat(StrEnum):
    """Another tracker whose export the journal reads."""

    TRACK_AND_GRAPH = "trackandgraph"
    FLAREDOWN = "flaredown"
    BEARABLE = "bearable"


class ImportProblem(ValueError):
    """A file that cannot be imported; nothing is. ``line`` is 1-based, 0 for the file."""

    def __init__(self, line: int, message: str) -> None:
        super().__init__(f"line {line}: {message}" if line else message)
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


def read_peer(
    kind: PeerFormat,
    data: bytes,
    metrics: Sequence[Metric],
    mapping: Mapping[str, str],
    zone: tzinfo,
) -> PeerImport:
    """The check-ins in another tracker's export.

    Args:
        kind: which tracker wrote it.
        data: the file's bytes.
        metrics: the journal's metrics (their names map onto these; the rest become own
            symptoms).
        mapping: explicit mappings from their name to our metric key, given by the user.
        zone: the time zone for times written without an offset.

    Raises:
        ImportProblem: naming the line; nothing is imported.
    """
    raise NotImplementedError
