"""A slow store operation run off the UI thread, with a progress dialog over the window."""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

Work = Callable[[Callable[[int, int], None]], None]


class _Relay(QObject):
    """Carries the worker thread's news to the UI thread (queued: they live apart)."""

    progressed = Signal(int, int)
    finished = Signal()


def run_with_progress(parent: QWidget | None, title: str, text: str, work: Work) -> None:
    """Run ``work(progress)`` on a thread while a modal progress dialog shows how far it is.

    The window stays drawn meanwhile (the photos are resealed one by one, which takes
    seconds on a big journal); there is no Cancel, since each step is all or nothing and
    stopping half-way would only undo it.

    Raises:
        Exception: whatever ``work`` raised, on the UI thread.
    """
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
    dialog.setCancelButton(None)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    relay = _Relay()
    loop = QEventLoop()
    failure: list[BaseException] = []

    def on_progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)
        said = QCoreApplication.translate("BusyWork", "Photos: {done} of {total}")
        dialog.setLabelText(text + "\n" + said.format(done=done, total=total))

    def run() -> None:
        try:
            work(relay.progressed.emit)
        except BaseException as exc:  # handed to the UI thread, which raises it
            failure.append(exc)
        finally:
            relay.finished.emit()

    relay.progressed.connect(on_progress)
    relay.finished.connect(loop.quit)
    dialog.show()
    worker = threading.Thread(target=run, name="encryption change", daemon=True)
    worker.start()
    loop.exec()
    worker.join()
    dialog.close()
    dialog.deleteLater()
    if failure:
        raise failure[0]
