"""The window's end of the red-flags worker process (:mod:`journal.services.flag_worker`).

The worker is started with the "spawn" method: a fresh interpreter, never a fork of this
one, which holds Qt's threads and would copy them half-way. It talks through two one-way
pipes (no sockets). A thread here waits on the worker's answers, so the UI thread never
blocks on a read; each answer is handed to ``post``, which must be safe to call from any
thread.

The worker reads the journal's file itself, through the store's
:func:`~journal.store.flag_reads.read_journal`, which it is handed at its start.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from journal.child_process import start_child
from journal.services.flag_worker import work
from journal.store.flag_reads import read_journal

STOP_WAIT_S = 2.0


class FlagProcess:
    """One running worker process.

    ``post`` receives ``("process", this process, message)`` for each message the worker
    sends, then for ``("gone",)`` once its end of the pipe closes (it stopped, or died): an
    answer can tell which worker it came from, and one from a worker since replaced is
    dropped.
    """

    def __init__(self, post: Callable[[tuple], None]) -> None:
        self._process, self._outbox, self._answers = start_child(work, "red-flags", read_journal)
        self._reader = threading.Thread(
            target=self._read, args=(post,), name="red-flags-answers", daemon=True
        )
        self._reader.start()

    @property
    def pid(self) -> int | None:
        """The worker's process id."""
        return self._process.pid

    def is_alive(self) -> bool:
        """True while the worker process runs."""
        return self._process.is_alive()

    def _read(self, post: Callable[[tuple], None]) -> None:
        try:
            while True:
                post(("process", self, self._answers.recv()))
        except (EOFError, OSError):
            pass
        finally:
            self._answers.close()
            post(("process", self, ("gone",)))

    def send(self, message: Any) -> bool:
        """Send one message; False when the worker is gone."""
        try:
            self._outbox.send(message)
        except (OSError, ValueError):  # a broken pipe, or an end already closed
            return False
        return True

    def stop(self) -> None:
        """Ask the worker to end, and make sure it did; stopping twice does nothing."""
        self.send(("stop",))
        self._outbox.close()
        self._process.join(STOP_WAIT_S)
        if self._process.is_alive():  # busy past reason, or hung: it is only a worker
            self._process.kill()
            self._process.join(STOP_WAIT_S)
        if self._reader is not threading.current_thread():
            self._reader.join(STOP_WAIT_S)
