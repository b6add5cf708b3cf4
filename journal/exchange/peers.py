"""Reading other trackers' exports: Track & Graph, Flaredown, Bearable.

Each tracker has its reader beside this module (:mod:`~journal.exchange.trackandgraph`,
:mod:`~journal.exchange.flaredown`, :mod:`~journal.exchange.bearable`); they share the CSV
reading (:mod:`~journal.exchange.peer_csv`), and the names, scales and grouping into
check-ins (:mod:`~journal.exchange.peer_names`, :mod:`~journal.exchange.peer_assembly`).
Nothing here writes: the result is a preview, which the store adds all or nothing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime, tzinfo

from journal.exchange.bearable import read_bearable
from journal.exchange.flaredown import read_flaredown
from journal.exchange.peer_assembly import ImportContext, assemble
from journal.exchange.peer_records import ImportProblem, Mapped, PeerFormat, PeerImport, Skipped
from journal.exchange.trackandgraph import read_trackandgraph
from journal.metrics import Metric

__all__ = ["ImportProblem", "Mapped", "PeerFormat", "PeerImport", "Skipped", "read_peer"]

TRACKER_NAMES = {
    PeerFormat.TRACK_AND_GRAPH: "Track & Graph",
    PeerFormat.FLAREDOWN: "Flaredown",
    PeerFormat.BEARABLE: "Bearable",
}


def read_peer(
    kind: PeerFormat,
    data: bytes,
    metrics: Sequence[Metric],
    mapping: Mapping[str, str],
    zone: tzinfo,
    now: datetime | None = None,
) -> PeerImport:
    """The check-ins in another tracker's export.

    Args:
        kind: which tracker wrote it.
        data: the file's bytes.
        metrics: the journal's metrics, retired symptoms of the user's own included (their
            names map onto these; the rest become own symptoms).
        mapping: explicit mappings from their name to our metric key, given by the user; an
            empty key leaves that name out.
        zone: the time zone for times written without an offset.
        now: the present (by default the clock's), for leaving out check-ins dated later.

    Raises:
        ImportProblem: naming the line; nothing is imported.
    """
    kind = PeerFormat(kind)
    if kind is PeerFormat.TRACK_AND_GRAPH:
        readings, remarks = read_trackandgraph(data, zone)
        skipped = []
    elif kind is PeerFormat.FLAREDOWN:
        readings, remarks, skipped = read_flaredown(data, zone)
    else:
        readings, remarks, skipped = read_bearable(data, zone)
    context = ImportContext(
        metrics=tuple(metrics),
        mapping=dict(mapping),
        now=now or datetime.now().astimezone(),
        tracker=TRACKER_NAMES[kind],
    )
    return assemble(readings, remarks, skipped, context)
