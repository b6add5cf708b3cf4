"""Writing what was read from another tracker's export: all of it in one transaction, once.

The file's SHA-256 is remembered with the import, so the same file brought in again is
refused before anything is written (:class:`AlreadyImported`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from journal.checkin import CheckIn
from journal.exchange.peers import PeerImport
from journal.metrics import Metric
from journal.store.engine import dbapi
from journal.store.errors import AlreadyImported, ImportOutdated
from journal.store.journal_store import JournalStore

__all__ = ["AlreadyImported", "ImportOutdated", "PeerImportReceipt", "add_peer_import"]


@dataclass(frozen=True)
class PeerImportReceipt:
    """What an import added.

    Attributes:
        checkins: the check-ins saved, with their ids, oldest first.
        new_metrics: the user's own symptoms created for it.
        source_sha256: the imported file's SHA-256, remembered against a second import.
    """

    checkins: tuple[CheckIn, ...]
    new_metrics: tuple[Metric, ...]
    source_sha256: str


def refuse_imported_before(store: JournalStore, source_sha256: str) -> None:
    """Refuse a file whose very bytes were imported before, before anything else is done.

    Raises:
        AlreadyImported: it was; when, is in the message.
    """
    before = store.imported_files.imported_at(source_sha256)
    if before is not None:
        raise AlreadyImported(before)


def add_peer_import(
    store: JournalStore, peer: PeerImport, source_sha256: str, source: str = ""
) -> PeerImportReceipt:
    """Create the new own symptoms and add the check-ins, all or nothing.

    Args:
        store: the open journal.
        peer: what reading the file gave (:func:`journal.exchange.peers.read_peer`).
        source_sha256: the SHA-256 of the file's bytes, in hex.
        source: which tracker's format it was ("flaredown"), kept with the record.

    Raises:
        AlreadyImported: a file with these bytes was imported before; nothing is written.
        ImportOutdated: the journal gained a metric of the same key since ``peer`` was read.
        InvalidCheckIn: a check-in the journal would refuse; nothing is written.
    """
    with store.atomic():
        # Asked first, so that nothing is written for a file seen before; should another
        # window import it meanwhile, the table's primary key refuses this one all the same.
        before = store.imported_files.imported_at(source_sha256)
        if before is not None:
            raise AlreadyImported(before)
        try:
            for metric in peer.new_metrics:
                store.metrics.add_custom(metric)
        except dbapi.IntegrityError as exc:
            raise ImportOutdated() from exc
        saved = store.checkins.add_many(peer.checkins)
        try:
            store.imported_files.remember(
                source_sha256, source, len(saved), datetime.now().astimezone()
            )
        except dbapi.IntegrityError as exc:
            raise AlreadyImported(store.imported_files.imported_at(source_sha256) or "") from exc
    return PeerImportReceipt(tuple(saved), peer.new_metrics, source_sha256)
