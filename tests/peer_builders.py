"""Reading the test files shaped like the trackers' own exports, and checking the result."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta, timezone
from pathlib import Path

from journal.exchange.peers import PeerFormat, PeerImport, read_peer
from journal.metrics import BUILTIN_METRICS, Metric
from journal.units import UnitPreferences
from journal.validation import validate_checkin

FILES = Path(__file__).parent / "exchange" / "peer_files"
CET = timezone(timedelta(hours=1))
NOW = datetime(2024, 1, 1, 12, tzinfo=CET)


def read(
    kind: PeerFormat,
    data: bytes | str,
    mapping: Mapping[str, str] | None = None,
    metrics: tuple[Metric, ...] = BUILTIN_METRICS,
    now: datetime = NOW,
) -> PeerImport:
    """``read_peer`` with the test defaults: built-in metrics, CET, a fixed present."""
    if isinstance(data, str):
        data = data.encode()
    return read_peer(kind, data, metrics, mapping or {}, CET, now=now)


def sample(name: str) -> bytes:
    """A test file's bytes."""
    return (FILES / name).read_bytes()


def assert_all_valid(result: PeerImport, metrics=BUILTIN_METRICS, now: datetime = NOW) -> None:
    """Every check-in would pass the form's own checks, with the new symptoms created."""
    catalogue = (*metrics, *result.new_metrics)
    for checkin in result.checkins:
        assert validate_checkin(checkin, catalogue, UnitPreferences(), now) == [], checkin
