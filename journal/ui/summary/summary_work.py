"""Making a summary off the UI thread: the document, and for a PDF its bytes.

A newer request supersedes an older one: each has a generation, the older is told to stop at
its next page, and only the answer of the latest is passed on.
"""

from __future__ import annotations

import sys
import threading
import traceback
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from journal.collector import collector_paused
from journal.printing import summary_pdf
from journal.printing.chart_helper import charts_beside
from journal.services import summary as summary_service
from journal.summary.blocks import Document
from journal.ui.summary.summary_facade import SummaryJob, SummaryReadFailed

# Workers not yet answered, kept alive here: the pool does not own them (autoDelete is off so
# that Python, not Qt, frees them, on the UI thread where their answer object lives), and the
# dialog that started one may close first.
_RUNNING: set[_Worker] = set()


@dataclass(frozen=True)
class Made:
    """A finished summary.

    Attributes:
        job: what it was made from (its photo reader draws it again for print or preview).
        document: the summary's content.
        pdf: the PDF's bytes, when one was asked for.
        pages: the pages of the PDF, when the drawing told them.
    """

    job: SummaryJob
    document: Document
    pdf: bytes | None = None
    pages: int | None = None


@dataclass(frozen=True)
class _Failed:
    message: str


_CANCELLED = object()


def document_of(job: SummaryJob) -> Document:
    """The summary document of ``job``, by the one recipe the command line uses too.

    Reads the journal's records: call it on the worker's thread.
    """
    # Ten years read and their flags found make objects by the hundred thousand and few
    # cycles; a full collection meanwhile would walk the window's own objects too, holding
    # the interpreter lock the window's thread waits for.
    with collector_paused():
        return summary_service.summary_document(
            job.snapshot(),
            job.request,
            job.thresholds,
            job.units,
            job.acknowledgements,
            job.made_at,
        )


class _Answer(QObject):
    """Carries a worker's news back to the UI thread (queued signals).

    Signals:
        progressed: (generation, pages done, pages in all).
        done: (generation, a Made, a _Failed or _CANCELLED).
    """

    progressed = Signal(int, int, int)
    done = Signal(int, object)


class _Worker(QRunnable):
    def __init__(self, generation: int, job: SummaryJob, want_pdf: bool) -> None:
        super().__init__()
        self.setAutoDelete(False)
        self.generation = generation
        self.answer = _Answer()
        self.stop = threading.Event()
        self._job = job
        self._want_pdf = want_pdf
        self._pages: int | None = None

    def _progress(self, done: int, total: int) -> bool:
        self._pages = total
        self.answer.progressed.emit(self.generation, done, total)
        return not self.stop.is_set()

    def _make(self) -> object:
        if not self._want_pdf:
            document = document_of(self._job)
            return _CANCELLED if self.stop.is_set() else Made(self._job, document)
        # Started first, so that its imports run while the journal is read.
        with charts_beside():
            document = document_of(self._job)
            if self.stop.is_set():
                return _CANCELLED
            data = summary_pdf.pdf_bytes(
                document, self._job.request.paper, self._job.photos, self._progress
            )
        return Made(self._job, document, data, self._pages)

    def run(self) -> None:
        try:
            result = self._make()
        except summary_pdf.PrintCancelled:
            result = _CANCELLED
        except SummaryReadFailed as exc:  # read here, on the worker: in the store's words
            result = _Failed(str(exc))
        except Exception as exc:
            # A fault in the program: the details go where a bug report can find them,
            # the dialog says it in one plain line.
            print(traceback.format_exc(), file=sys.stderr, end="")
            said = QCoreApplication.translate("SummaryWork", "a fault in the program ({fault})")
            result = _Failed(said.format(fault=type(exc).__name__))
        self.answer.done.emit(self.generation, result)


class SummaryMaker(QObject):
    """Makes one summary at a time off the UI thread.

    Signals:
        progressed: (pages done, pages in all) of the PDF being drawn.
        made: the latest request is done (a :class:`Made`).
        failed: the latest request failed (a message in plain words).
        cancelled: the latest request stopped when asked to.
    """

    progressed = Signal(int, int)
    made = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._current: _Worker | None = None
        self._started: dict[int, _Worker] = {}

    @property
    def busy(self) -> bool:
        """A request is being made."""
        return self._current is not None

    def start(self, job: SummaryJob, want_pdf: bool) -> None:
        """Make the summary of ``job`` (and its PDF when ``want_pdf``); older requests stop."""
        self.cancel(quietly=True)
        self._generation += 1
        worker = _Worker(self._generation, job, want_pdf)
        worker.answer.progressed.connect(self._on_progressed)
        worker.answer.done.connect(self._on_done)
        self._current = worker
        self._started[worker.generation] = worker
        _RUNNING.add(worker)
        QThreadPool.globalInstance().start(worker)

    def cancel(self, quietly: bool = False) -> None:
        """Stop the request being made; nothing it made is passed on."""
        if self._current is None:
            return
        self._current.stop.set()
        self._current = None
        if not quietly:
            self.cancelled.emit()

    def _on_progressed(self, generation: int, done: int, total: int) -> None:
        if self._current is not None and generation == self._current.generation:
            self.progressed.emit(done, total)

    def _on_done(self, generation: int, result: object) -> None:
        _RUNNING.discard(self._started.pop(generation, None))
        if self._current is None or generation != self._current.generation:
            return  # superseded or cancelled: its answer is moot
        self._current = None
        if isinstance(result, Made):
            self.made.emit(result)
        elif isinstance(result, _Failed):
            self.failed.emit(result.message)
        else:
            self.cancelled.emit()
