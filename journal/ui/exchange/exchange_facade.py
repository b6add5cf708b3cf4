"""The exchange dialogs' one way to the store: exports written, files read, imports added.

The store's connection belongs to the UI thread, so the work runs here, reporting progress
through a callback the dialog turns into a progress bar. Store errors become plain messages
(:class:`ExchangeProblem`), never tracebacks.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject

from journal.exchange.contents import JournalContents
from journal.exchange.formats import (
    COPY_FORMAT,
    OWN_IMPORT_FORMATS,
    ExportFormat,
    read_own_export,
)
from journal.exchange.peers import ImportProblem, PeerFormat, PeerImport, read_peer
from journal.exchange.preview import copy_preview, counts_text, own_preview, peer_preview
from journal.metrics import Metric
from journal.store import JournalError
from journal.store.exports import back_up_before_import, import_own, write_export
from journal.store.journal_copies import CopyDifference, add_missing_checkins, compare_copy
from journal.store.peer_imports import add_peer_import, refuse_imported_before
from journal.translation import english_plural
from journal.ui.parts.facade import JournalFacade

Progress = Callable[[int, int], None]
MAX_IMPORT_BYTES = 1024 * 1024 * 1024


class ExchangeProblem(Exception):
    """Something the user can fix, in one plain sentence."""


class Stopped(Exception):
    """The user stopped an export or import before it was done: nothing was written.

    Raised from a dialog's progress callback; the store's writers remove what they had
    begun (a zip not yet renamed into place, photo files of an import) on any exception.
    """


@dataclass(frozen=True)
class ReadImport:
    """A file read for import, not yet written: its preview and what it would add.

    Attributes:
        kind: the format's name ("archive", "flaredown", …).
        lines: the preview, in plain lines.
        own: our own export's records and photos, for archive and CSV.
        peer: another tracker's check-ins, for theirs.
        sha256: the file's hash (a peer file imported twice adds nothing).
        copy: what another copy of this journal holds that it lacks.
    """

    kind: str
    lines: tuple[str, ...]
    own: tuple[JournalContents, Mapping[str, bytes]] | None = None
    peer: PeerImport | None = None
    sha256: str = ""
    copy: CopyDifference | None = None


class ExchangeFacade(QObject):
    """The open journal as the export and import dialogs see it."""

    def __init__(self, journal: JournalFacade, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._journal = journal

    @property
    def journal_path(self) -> Path:
        """The open journal's file."""
        return self._journal.path

    def metrics(self) -> list[Metric]:
        """Every metric a peer's names may map onto."""
        return self._journal.all_metrics()

    def first_day(self) -> date | None:
        """The day of the journal's first check-in, or None when it holds none."""
        checkins = self._journal.checkins()  # newest first
        return checkins[-1].local_date if checkins else None

    def export(
        self,
        kind: ExportFormat,
        out: Path,
        bom: bool,
        progress: Progress | None = None,
        first: date | None = None,
        last: date | None = None,
    ) -> str:
        """Write the export, of the days from ``first`` to ``last`` (None: no limit);
        returns what was written, in words.

        Raises:
            ExchangeProblem: the file cannot be written, or the format is not ready.
        """
        try:
            receipt = write_export(
                self._journal.store, kind, out, first, last, bom=bom, progress=progress
            )
        except NotImplementedError:
            said = QCoreApplication.translate(
                "ExchangeFacade", "The {kind} export is not part of this version yet."
            )
            raise ExchangeProblem(said.format(kind=kind)) from None
        except JournalError as exc:  # the disk is full
            raise ExchangeProblem(str(exc)) from None
        except OSError as exc:
            said = QCoreApplication.translate("ExchangeFacade", "Cannot write {path}: {reason}.")
            raise ExchangeProblem(said.format(path=out, reason=exc.strerror or exc)) from None
        held = f": {counts_text(dict(receipt.counts))}" if receipt.counts else ""
        said = QCoreApplication.translate("ExchangeFacade", "Wrote {name} ({size} bytes){held}.")
        return said.format(name=receipt.path.name, size=f"{receipt.size:,}", held=held)

    def read(self, kind: str, path: Path, mapping: Mapping[str, str]) -> ReadImport:
        """Read a file for import and say what it would add; nothing is written.

        Raises:
            ExchangeProblem: the file cannot be read or imported (the line named), or our
                own export is meant for an empty journal and this one holds records.
        """
        if kind == COPY_FORMAT:
            return self._read_copy(path)
        data = self._bytes(path)
        try:
            if kind in OWN_IMPORT_FORMATS:
                if self._journal.store.contents.holds_records():
                    raise ExchangeProblem(
                        QCoreApplication.translate(
                            "ExchangeFacade",
                            "This journal already holds records. An export of this program goes "
                            "into a new, empty journal: use Journal → New journal…, then import "
                            "there. Nothing was changed.",
                        )
                    )
                contents, photos = read_own_export(kind, data)
                return ReadImport(kind, tuple(own_preview(contents)), own=(contents, photos))
            zone = datetime.now().astimezone().tzinfo
            peer = read_peer(PeerFormat(kind), data, self.metrics(), mapping, zone)
        except ImportProblem as problem:
            said = QCoreApplication.translate(
                "ExchangeFacade", "{name}: {problem}. Nothing was imported."
            )
            raise ExchangeProblem(said.format(name=path.name, problem=problem)) from None
        except NotImplementedError:
            said = QCoreApplication.translate(
                "ExchangeFacade", "Importing {kind} files is not part of this version yet."
            )
            raise ExchangeProblem(said.format(kind=kind)) from None
        sha256 = hashlib.sha256(data).hexdigest()
        try:
            refuse_imported_before(self._journal.store, sha256)  # said now, not on Import now
        except JournalError as exc:
            raise ExchangeProblem(str(exc)) from None
        labels = {metric.key: metric.label for metric in self.metrics()}
        return ReadImport(kind, tuple(peer_preview(peer, labels)), peer=peer, sha256=sha256)

    def _read_copy(self, path: Path) -> ReadImport:
        if not path.is_file():
            said = QCoreApplication.translate("ExchangeFacade", "There is no file {path}.")
            raise ExchangeProblem(said.format(path=path))
        try:
            difference = compare_copy(self._journal.store, path)
        except JournalError as exc:  # not a journal, another version, locked
            raise ExchangeProblem(str(exc)) from None
        names = [m.name for m in difference.own_symptoms]
        lines = copy_preview(difference.missing, difference.changed, names, difference.more_records)
        return ReadImport(COPY_FORMAT, tuple(lines), copy=difference)

    def _bytes(self, path: Path) -> bytes:
        try:
            if path.stat().st_size > MAX_IMPORT_BYTES:
                said = QCoreApplication.translate(
                    "ExchangeFacade", "{name} is too large to be an export of a journal."
                )
                raise ExchangeProblem(said.format(name=path.name))
            return path.read_bytes()
        except OSError as exc:
            said = QCoreApplication.translate("ExchangeFacade", "Cannot read {path}: {reason}.")
            raise ExchangeProblem(said.format(path=path, reason=exc.strerror or exc)) from None

    def write(self, read: ReadImport, progress: Progress | None = None) -> str:
        """Add what ``read`` previewed, all or nothing, after a backup.

        Returns:
            What was added, in words, for the status bar.

        Raises:
            ExchangeProblem: it could not be written; nothing was.
        """
        store = self._journal.store
        try:
            if read.own is not None:
                import_own(store, *read.own, progress=progress)
                said = QCoreApplication.translate("ExchangeFacade", "Imported {what}.").format(
                    what=counts_text(read.own[0].counts())
                )
            elif read.peer is not None:
                back_up_before_import(store)
                add_peer_import(store, read.peer, read.sha256)
                count = len(read.peer.checkins)
                said = english_plural(
                    QCoreApplication.translate(
                        "ExchangeFacade", "Imported %n check-in(s).", "", count
                    ),
                    count,
                )
            elif read.copy is not None and read.copy.missing:
                back_up_before_import(store)
                added = add_missing_checkins(store, read.copy)
                said = english_plural(
                    QCoreApplication.translate(
                        "ExchangeFacade",
                        "Added %n check-in(s) from the other copy.",
                        "",
                        len(added),
                    ),
                    len(added),
                )
            else:
                said = QCoreApplication.translate("ExchangeFacade", "Nothing was added.")
        except JournalError as exc:
            raise ExchangeProblem(str(exc)) from None
        self._journal.metrics_changed.emit()
        self._journal.units_changed.emit()
        self._journal.checkins_changed.emit()
        return said
